import type { CourseStatus } from './transport.js';

/** The State API document that carries the bookmark between sessions (one per learner, course and registration). */
export interface ProgressDocument {
  location: string;
  suspendData: string;
  status: CourseStatus;
  /** Best score reported (0–100), or null. */
  score: number | null;
  /** Results (`completed`, `passed`) already sent for this registration; one held but not sent is sent by the next session. */
  reported: string[];
}

export const PROGRESS_STATE_ID = 'https://cease.invalid/state/progress';

export function emptyProgress(): ProgressDocument {
  return { location: '', suspendData: '', status: { completion: 'not-attempted', success: 'unknown' }, score: null, reported: [] };
}

/** A document from the LRS, or null when it is not ours or is damaged. */
export function progressFrom(value: unknown): ProgressDocument | null {
  const doc = value as Partial<ProgressDocument> | null;
  if (!doc || typeof doc.location !== 'string' || typeof doc.suspendData !== 'string' || !doc.status) return null;
  const reported = Array.isArray(doc.reported) ? doc.reported.filter((verb) => typeof verb === 'string') : [];
  return { location: doc.location, suspendData: doc.suspendData, status: doc.status, score: typeof doc.score === 'number' ? doc.score : null, reported };
}
