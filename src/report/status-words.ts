import { wordKey } from './normalise.js';

/** Where a person is with the course, worst to best; a person's best row counts. */
export type Progress = 'not-started' | 'started' | 'failed' | 'done';
export const PROGRESS_RANK: Record<Progress, number> = { 'not-started': 0, started: 1, failed: 2, done: 3 };

/**
 * The spellings LMS exports use for SCORM's lesson_status and
 * completion/success status (SCORM 1.2 RTE §3.4.2.1.3, SCORM 2004
 * RTE §4.2.4, §4.2.22) and the words LMSs print for them. "Failed" is not done:
 * the learner finished but did not pass, so the course is not complete.
 */
const USUAL: Record<Progress, readonly string[]> = {
  done: ['completed', 'complete', 'passed', 'pass', 'satisfied', 'finished', 'done', 'completed passed', 'passed completed'],
  failed: ['failed', 'fail', 'not passed', 'completed failed'],
  started: ['incomplete', 'in progress', 'inprogress', 'started', 'attempted', 'browsed', 'not complete', 'not completed', 'unknown'],
  'not-started': ['not started', 'not attempted', 'notstarted', 'not begun', 'enrolled', 'registered', 'assigned', ''],
};

/** The status words known to this report: the usual ones plus the mapping file's. */
export function statusWords(extra: Partial<Record<Progress, readonly string[] | undefined>>): Map<string, Progress> {
  const words = new Map<string, Progress>();
  for (const progress of Object.keys(USUAL) as Progress[]) {
    for (const word of [...USUAL[progress], ...(extra[progress] ?? [])]) words.set(wordKey(word), progress);
  }
  return words;
}

/** Employment statuses: anything here but a "left" word counts the person in. */
const LEFT = ['terminated', 'inactive', 'separated', 'retired', 'left', 'resigned', 'former', 'deceased', 'withdrawn', 'term', 'no longer employed'];
const ACTIVE = ['active', 'a', 'employed', 'current', 'on leave', 'leave', 'leave of absence', 'loa', 'full time', 'part time', 'seasonal', 'temporary', 'probation', 'new hire', ''];

export function employmentWords(extra: { active?: readonly string[]; left?: readonly string[] }): Map<string, 'active' | 'left'> {
  const words = new Map<string, 'active' | 'left'>();
  for (const word of [...ACTIVE, ...(extra.active ?? [])]) words.set(wordKey(word), 'active');
  for (const word of [...LEFT, ...(extra.left ?? [])]) words.set(wordKey(word), 'left');
  return words;
}
