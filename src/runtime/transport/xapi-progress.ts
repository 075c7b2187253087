import type { CourseStatus } from './transport.js';

/** The State API document that carries the bookmark between sessions (one per learner, course and registration). */
export interface ProgressDocument {
  location: string;
  suspendData: string;
  status: CourseStatus;
  /** Best score reported (0–100), or null. */
  score: number | null;
}

export const PROGRESS_STATE_ID = 'https://cease.invalid/state/progress';

export function emptyProgress(): ProgressDocument {
  return { location: '', suspendData: '', status: { completion: 'not-attempted', success: 'unknown' }, score: null };
}

/** A document from the LRS, or null when it is not ours or is damaged. */
export function progressFrom(value: unknown): ProgressDocument | null {
  const doc = value as Partial<ProgressDocument> | null;
  if (!doc || typeof doc.location !== 'string' || typeof doc.suspendData !== 'string' || !doc.status) return null;
  return { location: doc.location, suspendData: doc.suspendData, status: doc.status, score: typeof doc.score === 'number' ? doc.score : null };
}
