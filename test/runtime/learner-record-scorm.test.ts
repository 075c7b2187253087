import { beforeAll, describe, expect, test } from 'vitest';
import type { PlayerCourse } from '../../src/model/player.js';
import { settle } from '../helpers/learner.js';
import type { Cmi, Lms12, LmsOptions } from '../helpers/lms12.js';
import { cleanScorm12Launches, noticesOf } from '../helpers/open-course.js';
import { playerFixture } from '../helpers/player-package.js';

let course: PlayerCourse;
const launch = cleanScorm12Launches();

beforeAll(async () => {
  course = await playerFixture('course');
});

const open = (options: LmsOptions = {}) => launch(course, options);

const writes = (lms: Lms12) => lms.calls.filter((call) => call.name === 'LMSSetValue' || call.name === 'LMSCommit' || call.name === 'LMSFinish');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the LMS holds after a learner passed with 100 % and left on the result page. */
async function passedRecord(): Promise<Cmi> {
  const { lms, learner } = await open();
  learner.next();
  learner.choose('kc-anyone', ['a']);
  learner.check('kc-anyone');
  learner.takeAssessment([true, true, true]);
  lms.close();
  expect(lms.stored('cmi.core.lesson_status')).toBe('passed');
  return lms.snapshot();
}

describe('a SCORM 1.2 LMS whose data cannot be read after LMSInitialize', () => {
  test.each(['throw', 'error'] as const)('when every read fails (%s), writes nothing over a pass and tells the learner', async (fault) => {
    const cmi = await passedRecord();
    const { lms, learner } = await open({ cmi, failGetValue: () => fault });
    expect(lms.count('LMSInitialize')).toBe(1);
    expect(noticesOf(learner.document)).toBe(course.strings.lmsUnreachableNotice);
    learner.next();
    learner.exit();
    await settle();
    expect(writes(lms)).toEqual([]);
    expect(lms.stored('cmi.core.lesson_status')).toBe('passed');
    expect(lms.stored('cmi.core.score.raw')).toBe('100');
    expect(lms.stored('cmi.suspend_data')).toBe(String((cmi['suspend_data'] as string | undefined) ?? ''));
  });

  test('when reads fail only until the bridge has filled its cache, waits and resumes the pass', async () => {
    const cmi = await passedRecord();
    const { lms, learner } = await open({ cmi, failGetValue: (_element, read) => (read < 3 ? 'error' : undefined) });
    expect(learner.heading()).toBe(course.strings.resultTitle);
    expect(noticesOf(learner.document)).toBe('');
    learner.exit();
    expect(lms.stored('cmi.core.lesson_status')).toBe('passed');
    expect(lms.calls.filter((call) => call.name === 'LMSSetValue' && call.args[0] === 'cmi.core.lesson_status').map((call) => call.args[1])).not.toContain('incomplete');
  });
});

describe('a browser copy older than what the LMS holds', () => {
  test('a copy left on computer A never rolls back a pass made on computer B', async () => {
    // Session 1, computer A: the LMS stops saving after the first screen.
    let failing = false;
    const a1 = await open({ failCommit: () => (failing ? 'false' : undefined) });
    a1.learner.next();
    await settle();
    failing = true;
    a1.learner.choose('kc-anyone', ['b']);
    a1.learner.check('kc-anyone');
    a1.learner.next();
    // Commits come at most every 2 s.
    await wait(2100);
    await settle();
    expect(noticesOf(a1.learner.document)).toBe(course.strings.saveFailedNotice);
    a1.lms.close();
    const computerA = a1.lms.localStorage();
    expect(Object.keys(computerA).some((key) => key.startsWith('cease:'))).toBe(true);

    // Session 2, computer B: passes.
    const b = await open({ cmi: a1.lms.snapshot() });
    b.learner.takeAssessment([true, true, true]);
    b.lms.close();
    expect(b.lms.stored('cmi.core.lesson_status')).toBe('passed');

    // Session 3, back on A: B's result stands.
    const a3 = await open({ cmi: b.lms.snapshot(), localStorage: computerA });
    expect(a3.learner.heading()).toBe(course.strings.resultTitle);
    expect(a3.learner.text()).toContain('100%');
    a3.lms.close();
    expect(a3.lms.stored('cmi.core.lesson_status')).toBe('passed');
    expect(a3.lms.stored('cmi.core.score.raw')).toBe('100');
    expect(a3.lms.stored('cmi.core.lesson_location')).toBe(b.lms.stored('cmi.core.lesson_location'));
    // What session 1 did on A alone is kept too: merging never loses a checked answer.
    const again = await open({ cmi: a3.lms.snapshot() });
    again.learner.open('Myths and facts');
    expect(again.learner.checked('kc-anyone')).toEqual(['b']);
  });

  test('a copy from before the LMS started a new attempt is dropped', async () => {
    const first = await open();
    first.learner.next();
    first.lms.close();
    // Session 2 resumes, but the LMS refuses the progress (and so does its LMSFinish).
    const second = await open({ cmi: first.lms.snapshot(), failSetValue: (element) => (element === 'cmi.suspend_data' ? 'false' : undefined) });
    second.learner.takeAssessment([true, true, true]);
    second.lms.close();
    expect(Object.keys(second.lms.localStorage()).some((key) => key.startsWith('cease:'))).toBe(true);

    // The LMS resets the learner (a new attempt): nothing of the old one may come back.
    const fresh = await open({ localStorage: second.lms.localStorage() });
    expect(fresh.learner.heading()).toBe('Welcome');
    fresh.lms.close();
    expect(fresh.lms.stored('cmi.core.lesson_status')).toBe('incomplete');
    expect(fresh.lms.stored('cmi.core.score.raw')).toBe('');
  });
});

describe('progress made while the LMS could not be reached at launch', () => {
  async function offlinePass() {
    const offline = await open({ failInitialize: true });
    expect(noticesOf(offline.learner.document)).toBe(course.strings.lmsUnreachableNotice);
    offline.learner.next();
    offline.learner.choose('kc-anyone', ['a']);
    offline.learner.check('kc-anyone');
    offline.learner.takeAssessment([true, true, false]);
    offline.learner.previous();
    offline.lms.close();
    expect(writes(offline.lms)).toEqual([]);
    return offline.lms.localStorage();
  }

  test('is delivered by the next launch once the learner says it is theirs: status, score, answers and bookmark', async () => {
    const storage = await offlinePass();
    const online = await open({ localStorage: storage });
    expect(online.learner.heading()).toBe(course.strings.claimTitle);
    online.learner.press(course.strings.claimYes);
    await settle();
    expect(online.learner.heading()).toBe('Question 3 of 3');
    online.lms.close();
    expect(online.lms.stored('cmi.core.lesson_status')).toBe('passed');
    expect(online.lms.stored('cmi.core.score.raw')).toBe('66.67');
    expect(online.lms.stored('cmi.core.lesson_location')).toBe('m3q3');
    expect(online.lms.interactions().map((i) => i.id)).toHaveLength(4);

    // Delivered once: the copy is gone, and the next launch simply resumes.
    const later = await open({ cmi: online.lms.snapshot(), localStorage: online.lms.localStorage() });
    expect(later.learner.heading()).toBe('Question 3 of 3');
    later.lms.close();
    expect(later.lms.interactions()).toHaveLength(4);
  });

  test('once claimed, is the learner\'s own: a failed first save does not leave it to be offered or sent a second time', async () => {
    const storage = await offlinePass();
    const failing = await open({ localStorage: storage, failSetValue: (element) => (element === 'cmi.suspend_data' ? 'false' : undefined) });
    failing.learner.press(course.strings.claimYes);
    await settle();
    failing.lms.close();

    const working = await open({ cmi: failing.lms.snapshot(), localStorage: failing.lms.localStorage() });
    expect(working.learner.heading()).toBe('Question 3 of 3');
    working.lms.close();
    const answers = working.lms.interactions().length;

    const later = await open({ cmi: working.lms.snapshot(), localStorage: working.lms.localStorage() });
    expect(later.learner.heading()).not.toBe(course.strings.claimTitle);
    later.lms.close();
    expect(later.lms.interactions()).toHaveLength(answers);
  });

  test('is not sent when the learner says it is not theirs (a shared computer)', async () => {
    const storage = await offlinePass();
    const online = await open({ localStorage: storage });
    online.learner.press(course.strings.claimNo);
    await settle();
    expect(online.learner.heading()).toBe('Welcome');
    online.lms.close();
    expect(online.lms.stored('cmi.core.lesson_status')).toBe('incomplete');
    expect(online.lms.interactions()).toEqual([]);
  });
});

test('waits no longer than it must: a working LMS is read at once', async () => {
  const started = Date.now();
  await open();
  expect(Date.now() - started).toBeLessThan(1500);
  await wait(0);
});
