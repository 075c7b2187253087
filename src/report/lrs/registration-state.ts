import type { Progress } from '../status-words.js';

const ADL = 'http://adlnet.gov/expapi/verbs/';
/** The verbs a registration's result is read from: ADL's and cmi5's satisfied (cmi5 §9.3.9), sent by the LMS. */
export const VERBS = {
  completed: `${ADL}completed`,
  passed: `${ADL}passed`,
  failed: `${ADL}failed`,
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
} as const;
export const VOIDED = `${ADL}voided`;
export type VerbName = keyof typeof VERBS;

const BIT: Record<VerbName, number> = { completed: 1, passed: 2, failed: 4, satisfied: 8 };

/** What one registration (one enrolment or attempt) of one person has shown so far. */
export interface RegistrationState {
  person: number;
  verbs: number;
  /** Earliest day of each verb (NaN: not seen, or undated). */
  completed: number;
  passed: number;
  satisfied: number;
}

export function newRegistration(person: number): RegistrationState {
  return { person, verbs: 0, completed: NaN, passed: NaN, satisfied: NaN };
}

export function noteVerb(state: RegistrationState, verb: VerbName, day: number): void {
  state.verbs |= BIT[verb];
  if (verb !== 'failed' && !(state[verb] <= day)) state[verb] = day;
}

/** The first day the registration was done: by the earliest of the statements that make it done. */
export function doneDay(state: RegistrationState): number {
  const completedCounts = (state.verbs & BIT.failed) === 0;
  const days = [state.satisfied, state.passed, completedCounts ? state.completed : NaN].filter((day) => !Number.isNaN(day));
  return days.length ? Math.min(...days) : NaN;
}

/**
 * A registration is done when the LMS judged it satisfied (cmi5 §9.3.9), the
 * learner passed, or completed without failing, which is how an LMS export's
 * single status reads (SCORM 1.2 lesson_status "failed" is not complete).
 */
export function progressOf(state: RegistrationState): Progress {
  const has = (verb: VerbName) => (state.verbs & BIT[verb]) !== 0;
  if (has('satisfied') || has('passed') || (has('completed') && !has('failed'))) return 'done';
  return has('failed') ? 'failed' : 'started';
}
