/**
 * Courses finished over several sessions, in either order, and relaunches
 * whose restored state already completes the course. Adapt reported
 * "unknown" when the assessment and the content were finished in different
 * sessions (adapt_framework#2398) and never sent a completion reached while
 * restoring (adapt-contrib-spoor PR #368).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { cleanLaunches } from '../helpers/clean-launches.js';
import type { PlayerCourse } from '../../src/model/player.js';
import type { Learner } from '../helpers/learner.js';
import type { Lms12 } from '../helpers/lms12.js';
import { openCourse2004, type Lms2004 } from '../helpers/lms2004.js';
import { openCourse } from '../helpers/open-course.js';
import { playerFixture } from '../helpers/player-package.js';

let course: PlayerCourse;
let noAssessment: PlayerCourse;
const enrol = cleanLaunches<Lms12 | Lms2004>();

beforeAll(async () => {
  course = await playerFixture('course');
  noAssessment = await playerFixture('no-assessment');
});

/** The same journeys in both editions; `status` reads what the LMS stored as one comparable string. */
const editions = [
  {
    name: 'SCORM 1.2',
    open: async (which: PlayerCourse, cmi?: Record<string, unknown>) => {
      const launched = await openCourse(which, cmi ? { cmi } : {});
      enrol(launched.lms);
      return launched;
    },
    status: (lms: Lms12 | Lms2004) => lms.stored('cmi.core.lesson_status'),
    score: (lms: Lms12 | Lms2004) => lms.stored('cmi.core.score.raw'),
    /** Stored data handed back with the status the LMS lost. */
    lostStatus: (lms: Lms12 | Lms2004) => ({
      core: { entry: 'resume', lesson_status: 'incomplete', lesson_location: lms.stored('cmi.core.lesson_location') },
      suspend_data: lms.stored('cmi.suspend_data'),
    }),
  },
  {
    name: 'SCORM 2004',
    open: async (which: PlayerCourse, cmi?: Record<string, unknown>) => {
      const launched = await openCourse2004(which, cmi ? { cmi } : {});
      enrol(launched.lms);
      return launched;
    },
    status: (lms: Lms12 | Lms2004) => `${lms.stored('cmi.completion_status')}/${lms.stored('cmi.success_status')}`.replace('/unknown', ''),
    score: (lms: Lms12 | Lms2004) => lms.stored('cmi.score.raw'),
    lostStatus: (lms: Lms12 | Lms2004) => ({
      entry: 'resume',
      completion_status: 'incomplete',
      success_status: 'unknown',
      location: lms.stored('cmi.location'),
      suspend_data: lms.stored('cmi.suspend_data'),
    }),
  },
];
const passed = (edition: (typeof editions)[number]) => (edition.name === 'SCORM 1.2' ? 'passed' : 'completed/passed');
const snapshot = (lms: Lms12 | Lms2004) => lms.snapshot() as Record<string, unknown>;
const lessonScreens = (learner: Learner) => {
  learner.open('Welcome');
  while (learner.heading() !== 'Final check') learner.next();
};

describe.each(editions)('completion across sessions, $name', (edition) => {
  test('content in one session, the assessment in the next: incomplete in between, passed at the end', async () => {
    const first = await edition.open(course);
    lessonScreens(first.learner);
    first.lms.close();
    expect(edition.status(first.lms)).toBe('incomplete');

    const second = await edition.open(course, snapshot(first.lms));
    expect(second.learner.heading()).toBe('Final check');
    second.learner.takeAssessment([true, true, false]);
    second.lms.close();
    expect(edition.status(second.lms)).toBe(passed(edition));
    expect(edition.score(second.lms)).toBe('66.67');
  });

  test('a failed assessment in one session, the content and a passing retry in the next', async () => {
    const first = await edition.open(course);
    first.learner.takeAssessment([false, false, false]);
    first.lms.close();
    expect(edition.status(first.lms)).toBe(edition.name === 'SCORM 1.2' ? 'failed' : 'completed/failed');

    const second = await edition.open(course, snapshot(first.lms));
    expect(second.learner.heading()).toBe('Your result');
    lessonScreens(second.learner);
    second.learner.open('Your result');
    second.learner.press(course.strings.retry);
    for (let n = 0; n < 3; n++) {
      second.learner.answer(true);
      second.learner.next();
    }
    second.lms.close();
    expect(edition.status(second.lms)).toBe(passed(edition));
    expect(edition.score(second.lms)).toBe('100');
  });

  test('a course without assessment, half seen in one session and the rest in the next, ends completed', async () => {
    const first = await edition.open(noAssessment);
    first.learner.next();
    first.lms.close();
    expect(edition.status(first.lms)).toBe('incomplete');

    const second = await edition.open(noAssessment, snapshot(first.lms));
    second.learner.visitAll();
    second.lms.close();
    expect(edition.status(second.lms)).toBe('completed');
  });

  test('a relaunch whose restored answers already pass reports passed and the score before the learner does anything', async () => {
    const first = await edition.open(course);
    first.learner.takeAssessment([true, true, true]);
    first.lms.close();

    const second = await edition.open(course, edition.lostStatus(first.lms));
    expect(second.learner.heading()).toBe('Your result');
    second.lms.close();
    expect(edition.status(second.lms)).toBe(passed(edition));
    expect(edition.score(second.lms)).toBe('100');
  });

  test('a relaunch whose restored screens already complete a course without assessment reports completed', async () => {
    const first = await edition.open(noAssessment);
    first.learner.visitAll();
    first.lms.close();

    const second = await edition.open(noAssessment, edition.lostStatus(first.lms));
    // Committed at launch, before any page change or close.
    expect(edition.status(second.lms)).toBe('completed');
  });
});

describe('completion across sessions, SCORM 1.2 only', () => {
  // In 1.2 a passed course relaunches with its data (entry ""), so content can still be finished later.
  test('the assessment passed first, the remaining content in a later session: stays passed with its score', async () => {
    const first = await editions[0]!.open(course);
    first.learner.takeAssessment([true, true, true]);
    first.lms.close();

    const second = await editions[0]!.open(course, snapshot(first.lms));
    lessonScreens(second.learner);
    second.lms.close();
    expect(second.lms.stored('cmi.core.lesson_status')).toBe('passed');
    expect(second.lms.stored('cmi.core.score.raw')).toBe('100');
  });
});
