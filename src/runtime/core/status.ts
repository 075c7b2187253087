import type { StatusPolicy } from '../../model/course.js';
import type { CourseStatus } from '../transport/transport.js';

export interface StatusInput {
  policy: StatusPolicy;
  hasAssessment: boolean;
  allScreensVisited: boolean;
  /** Best finished-attempt score, or null. */
  best: number | null;
  masteryScore: number;
}

/**
 * The status the learner's progress earns. Without an assessment: completed
 * once every screen was seen. With one: passed or failed once an attempt is
 * finished, judged on the best score; under `completed-incomplete` a pass is
 * reported as completed and a fail as incomplete instead.
 */
export function earnedStatus(input: StatusInput): CourseStatus {
  if (!input.hasAssessment) {
    return { completion: input.allScreensVisited ? 'completed' : 'incomplete', success: 'unknown' };
  }
  if (input.best === null) return { completion: 'incomplete', success: 'unknown' };
  const passed = input.best >= input.masteryScore;
  if (input.policy === 'completed-incomplete') {
    return { completion: passed ? 'completed' : 'incomplete', success: 'unknown' };
  }
  return { completion: 'completed', success: passed ? 'passed' : 'failed' };
}

/**
 * Status only moves forward (LMSs keep the last value written, and a revisit
 * must not undo a completion): completed never returns to incomplete, passed
 * never becomes failed. Failed may become passed: a later attempt that passes
 * is the learner's real result, and each failed attempt is reported as failed
 * right away so the LMS knows even when attempts are unlimited.
 */
export function laterStatus(earlier: CourseStatus, next: CourseStatus): CourseStatus {
  const completion =
    earlier.completion === 'completed' || next.completion === 'completed'
      ? 'completed'
      : earlier.completion === 'incomplete' || next.completion === 'incomplete'
        ? 'incomplete'
        : 'not-attempted';
  const success = earlier.success === 'passed' || next.success === 'unknown' ? earlier.success : next.success;
  return { completion, success };
}

export function sameStatus(a: CourseStatus, b: CourseStatus): boolean {
  return a.completion === b.completion && a.success === b.success;
}
