/**
 * What the LMS ends up holding for every mix of attempt limit, outcome and
 * status policy, in both SCORM editions. An unlimited-attempts assessment
 * once never reported "failed" (adapt-contrib-spoor#262), and Cornerstone
 * needs the score before the status (adapt_framework#2604).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { StatusPolicy } from '../../src/model/course.js';
import type { PlayerCourse } from '../../src/model/player.js';
import type { Learner } from '../helpers/learner.js';
import { openCourse2004 } from '../helpers/lms2004.js';
import { openCourse } from '../helpers/open-course.js';
import { playerFixture } from '../helpers/player-package.js';

type Outcome = 'pass' | 'fail' | 'fail, then pass';

interface Row {
  attempts: number;
  outcome: Outcome;
  policy: StatusPolicy;
  /** cmi.core.lesson_status and cmi.core.exit. */
  scorm12: [string, string];
  /**
   * cmi.completion_status, cmi.success_status and cmi.exit. Under
   * completed-incomplete the course writes no success status; the LMS judges
   * the scaled score against the manifest's pass mark (RTE 4.2.22).
   */
  scorm2004: [string, string, string];
  score: string;
}

// attempts 0 is unlimited; "fail" fails every allowed attempt (two when unlimited).
const MATRIX: Row[] = [
  { attempts: 1, outcome: 'pass', policy: 'passed-failed', scorm12: ['passed', ''], scorm2004: ['completed', 'passed', 'normal'], score: '100' },
  { attempts: 1, outcome: 'fail', policy: 'passed-failed', scorm12: ['failed', ''], scorm2004: ['completed', 'failed', 'normal'], score: '0' },
  { attempts: 2, outcome: 'pass', policy: 'passed-failed', scorm12: ['passed', ''], scorm2004: ['completed', 'passed', 'normal'], score: '100' },
  { attempts: 2, outcome: 'fail', policy: 'passed-failed', scorm12: ['failed', ''], scorm2004: ['completed', 'failed', 'normal'], score: '0' },
  { attempts: 2, outcome: 'fail, then pass', policy: 'passed-failed', scorm12: ['passed', ''], scorm2004: ['completed', 'passed', 'normal'], score: '100' },
  { attempts: 0, outcome: 'pass', policy: 'passed-failed', scorm12: ['passed', ''], scorm2004: ['completed', 'passed', 'normal'], score: '100' },
  { attempts: 0, outcome: 'fail', policy: 'passed-failed', scorm12: ['failed', 'suspend'], scorm2004: ['completed', 'failed', 'suspend'], score: '0' },
  { attempts: 0, outcome: 'fail, then pass', policy: 'passed-failed', scorm12: ['passed', ''], scorm2004: ['completed', 'passed', 'normal'], score: '100' },
  { attempts: 1, outcome: 'pass', policy: 'completed-incomplete', scorm12: ['completed', ''], scorm2004: ['completed', 'passed', 'normal'], score: '100' },
  { attempts: 1, outcome: 'fail', policy: 'completed-incomplete', scorm12: ['incomplete', 'suspend'], scorm2004: ['incomplete', 'failed', 'suspend'], score: '0' },
  { attempts: 2, outcome: 'fail, then pass', policy: 'completed-incomplete', scorm12: ['completed', ''], scorm2004: ['completed', 'passed', 'normal'], score: '100' },
  { attempts: 0, outcome: 'fail', policy: 'completed-incomplete', scorm12: ['incomplete', 'suspend'], scorm2004: ['incomplete', 'failed', 'suspend'], score: '0' },
];

let fixture: PlayerCourse;

beforeAll(async () => {
  fixture = await playerFixture('course');
});

const courses = new Map<string, PlayerCourse>();
/** One course object per variant, so each package folder is written once. */
function variant(row: Row): PlayerCourse {
  const key = `${row.attempts}:${row.policy}`;
  if (!courses.has(key)) courses.set(key, { ...fixture, statusPolicy: row.policy, assessment: { ...fixture.assessment!, attempts: row.attempts } });
  return courses.get(key) as PlayerCourse;
}

/** Plays the outcome; true when the result page still offers a retry at the end. */
function play(learner: Learner, row: Row): boolean {
  const failures = row.outcome === 'pass' ? 0 : row.outcome === 'fail' ? row.attempts || 2 : 1;
  for (let attempt = 0; attempt < failures + (row.outcome === 'fail' ? 0 : 1); attempt++) {
    if (attempt > 0) learner.press(learner.course.strings.retry);
    learner.takeAssessment(attempt < failures ? [false, false, false] : [true, true, true]);
  }
  return [...learner.document.querySelectorAll('button')].some((button) => button.textContent === learner.course.strings.retry);
}

const name = (row: Row) => `${row.attempts === 0 ? 'unlimited' : row.attempts} attempt(s), ${row.outcome}, ${row.policy}`;

describe('status matrix, SCORM 1.2', () => {
  test.each(MATRIX.map((row) => [name(row), row] as const))('%s', async (_name, row) => {
    const { lms, learner } = await openCourse(variant(row));
    const retryOffered = play(learner, row);
    expect(retryOffered).toBe(row.scorm12[1] === 'suspend' && row.attempts !== 1);
    lms.close();
    expect([lms.stored('cmi.core.lesson_status'), lms.stored('cmi.core.exit')]).toEqual(row.scorm12);
    expect(lms.stored('cmi.core.score.raw')).toBe(row.score);
    // Every judged status follows a score write (Cornerstone reads the score when the status arrives).
    const writes = lms.calls.filter((call) => call.name === 'LMSSetValue').map((call) => `${call.args[0]}=${call.args[1]}`);
    writes.forEach((write, index) => {
      if (/^cmi\.core\.lesson_status=(passed|failed|completed)$/.test(write)) {
        expect(writes.slice(0, index).some((earlier) => earlier.startsWith('cmi.core.score.raw='))).toBe(true);
      }
    });
    expect(lms.violations).toEqual([]);
    expect(lms.pageErrors).toEqual([]);
  });
});

describe('status matrix, SCORM 2004', () => {
  test.each(MATRIX.map((row) => [name(row), row] as const))('%s', async (_name, row) => {
    const { lms, learner } = await openCourse2004(variant(row));
    play(learner, row);
    lms.close();
    expect([lms.stored('cmi.completion_status'), lms.stored('cmi.success_status'), lms.stored('cmi.exit')]).toEqual(row.scorm2004);
    expect(lms.stored('cmi.score.raw')).toBe(row.score);
    expect(lms.stored('adl.nav.request')).toBe(row.scorm2004[2] === 'suspend' ? 'suspendAll' : 'exitAll');
    const successWrites = lms.writes().filter((write) => write.startsWith('cmi.success_status='));
    if (row.policy === 'completed-incomplete') expect(successWrites).toEqual([]);
    // Scaled score before any judged status.
    const writes = lms.writes();
    writes.forEach((write, index) => {
      if (/^cmi\.(success_status=(passed|failed)|completion_status=completed)$/.test(write)) {
        expect(writes.slice(0, index).some((earlier) => earlier.startsWith('cmi.score.scaled='))).toBe(true);
      }
    });
    expect(lms.violations).toEqual([]);
    expect(lms.pageErrors).toEqual([]);
  });
});
