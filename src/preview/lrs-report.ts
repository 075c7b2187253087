import type { LrsDocument } from './lrs-documents.js';
import type { LaunchRecord, LaunchTarget } from './lrs-launch.js';
import { registrationOf, type Statement } from './lrs-statements.js';
import type { PreviewLrs } from './preview-lrs.js';

/** What an LMS reading this registration's statements would conclude. */
export interface DerivedStatus {
  completion: 'not attempted' | 'incomplete' | 'completed';
  success: 'unknown' | 'passed' | 'failed';
  /** Scaled score as a percentage, from the latest statement with a score. */
  score: number | null;
  /** The latest progressed value (0–100). */
  progress: number | null;
  /** cmi5 §13.1.4 moveOn, and whether this registration meets it; null for xAPI. */
  moveOn: string | null;
  satisfied: boolean | null;
}

export interface RegistrationReport {
  registration: string;
  launches: LaunchRecord[];
  status: DerivedStatus;
  /** Oldest first, with what the LRS added (stored). */
  statements: { stored: string; statement: Statement }[];
  documents: { id: string; activityId: string; kind: string; contentType: string; bytes: number; updated: string }[];
}

const PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';

/** Everything the inspector shows for one registration: statements, derived status, State documents and their sizes. */
export function registrationReport(lrs: PreviewLrs, registration: string, target: Pick<LaunchTarget, 'moveOn'> | null, launches: LaunchRecord[]): RegistrationReport {
  const statements = lrs.statements.all().filter(({ statement }) => registrationOf(statement) === registration);
  const documents = lrs.documents.all().filter((d) => d.registration === registration);
  return {
    registration,
    launches,
    status: deriveStatus(statements.map((s) => s.statement), target?.moveOn ?? null),
    statements: statements.map(({ stored, statement }) => ({ stored, statement })),
    documents: documents.sort(byId).map((d) => ({ id: d.id, activityId: d.activityId, kind: d.kind, contentType: d.contentType, bytes: d.body.length, updated: d.updated })),
  };
}

export function deriveStatus(statements: readonly Statement[], moveOn: string | null): DerivedStatus {
  const verb = (s: Statement) => String((s['verb'] as { id?: string } | undefined)?.id ?? '').replace(/^.*\//, '');
  const result = (s: Statement) => (s['result'] ?? {}) as { completion?: boolean; score?: { scaled?: number }; extensions?: Record<string, unknown> };
  const status: DerivedStatus = { completion: statements.length ? 'incomplete' : 'not attempted', success: 'unknown', score: null, progress: null, moveOn, satisfied: null };
  for (const statement of statements) {
    const name = verb(statement);
    if (name === 'completed' || result(statement).completion === true) status.completion = 'completed';
    if (name === 'passed' || name === 'failed') status.success = name;
    const scaled = result(statement).score?.scaled;
    if (typeof scaled === 'number') status.score = Math.round(scaled * 10000) / 100;
    const progress = result(statement).extensions?.[PROGRESS];
    if (typeof progress === 'number') status.progress = progress;
  }
  if (moveOn) status.satisfied = satisfies(moveOn, status.completion === 'completed', statements.some((s) => verb(s) === 'passed'));
  return status;
}

/** cmi5 §13.1.4: which judgments meet each moveOn value. */
function satisfies(moveOn: string, completed: boolean, passed: boolean): boolean {
  switch (moveOn) {
    case 'Completed': return completed;
    case 'Passed': return passed;
    case 'CompletedAndPassed': return completed && passed;
    case 'CompletedOrPassed': return completed || passed;
    default: return true;
  }
}

function byId(a: LrsDocument, b: LrsDocument): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
