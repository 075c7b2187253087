import { beforeAll, describe, expect, test } from 'vitest';
import type { PlayerCourse } from '../../src/model/player.js';
import { settle } from '../helpers/learner.js';
import type { Lms12, LmsOptions, Placement } from '../helpers/lms12.js';
import { cleanScorm12Launches, noticesOf } from '../helpers/open-course.js';
import { playerFixture } from '../helpers/player-package.js';

let course: PlayerCourse;
const launch = cleanScorm12Launches();

beforeAll(async () => {
  course = await playerFixture('course');
});

const open = (options: LmsOptions = {}) => launch(course, options);


describe('finding the LMS', () => {
  test.each<Placement>(['parent', 'grandparent', 'opener', 'opener-parent', 'behind-foreign-frame'])(
    'finds the API when the LMS window is the %s',
    async (placement) => {
      const { lms, learner } = await open({ placement });
      expect(lms.count('LMSInitialize')).toBe(1);
      expect(lms.stored('cmi.core.lesson_status')).toBe('incomplete');
      expect(noticesOf(learner.document)).toBe('');
    },
  );

  test('runs on its own, with a calm notice, when the only other window is a foreign opener', async () => {
    const { lms, learner } = await open({ placement: 'none', foreignOpener: true });
    expect(lms.calls).toEqual([]);
    expect(noticesOf(learner.document)).toBe(course.strings.standaloneNotice);
    learner.next();
    expect(learner.heading()).toBe('Myths and facts');
  });

  test('runs on its own, saying the LMS could not be reached, when LMSInitialize fails', async () => {
    const { lms, learner } = await open({ failInitialize: true });
    expect(lms.count('LMSInitialize')).toBe(1);
    expect(lms.count('LMSSetValue')).toBe(0);
    expect(noticesOf(learner.document)).toBe(course.strings.lmsUnreachableNotice);
  });
});

describe('LMSs that implement less or fail', () => {
  test('keeps tracking when the LMS lacks lesson_mode, credit, mastery_score, student_id and interactions', async () => {
    const unimplemented = ['cmi.core.lesson_mode', 'cmi.core.credit', 'cmi.student_data.mastery_score', 'cmi.core.student_id', 'cmi.interactions._count'];
    const { lms, learner } = await open({ unimplemented });
    learner.takeAssessment([true, true, true]);
    learner.exit();
    expect(lms.stored('cmi.core.lesson_status')).toBe('passed');
    expect(lms.stored('cmi.core.score.raw')).toBe('100');
    expect(lms.calls.filter((call) => call.name === 'LMSSetValue' && call.args[0]?.startsWith('cmi.interactions.'))).toEqual([]);
  });

  test('only reads elements a 1.2 LMS lets content read, and only after LMSInitialize', async () => {
    const { lms, learner } = await open();
    learner.takeAssessment([true, false, true]);
    learner.exit();
    expect(lms.calls[0]?.name).toBe('LMSInitialize');
    const read = lms.calls.filter((call) => call.name === 'LMSGetValue').map((call) => call.args[0]);
    for (const element of read) expect(element).not.toMatch(/exit|session_time|interactions\.\d/);
  });

  test('carries on quietly when the LMS refuses interactions', async () => {
    const { lms, learner } = await open({ failSetValue: (element) => (element.startsWith('cmi.interactions.') ? 'false' : undefined) });
    learner.takeAssessment([true, true, true]);
    await settle();
    expect(noticesOf(learner.document)).toBe('');
    expect(learner.heading()).toBe('Your result');
    learner.exit();
    expect(lms.stored('cmi.core.lesson_status')).toBe('passed');
  });

  test('carries on when LMSSetValue throws, tells the learner calmly and keeps progress in the browser for the next launch', async () => {
    let broken = true;
    const first = await open({ failSetValue: (element) => (broken && element === 'cmi.suspend_data' ? 'throw' : undefined) });
    await settle();
    expect(noticesOf(first.learner.document)).toBe(course.strings.saveFailedNotice);
    first.learner.next();
    first.learner.next();
    expect(first.learner.heading()).toBe('First steps');
    expect(first.lms.warnings.join('\n')).toContain('cmi.suspend_data');
    first.lms.close();
    broken = false;

    const second = await open({ cmi: first.lms.snapshot(), localStorage: first.lms.localStorage() });
    expect(second.learner.heading()).toBe('First steps');
    await settle();
    // The LMS now has it, so the browser copy is gone.
    expect(second.lms.stored('cmi.suspend_data')).not.toBe('');
    expect(Object.keys(second.lms.localStorage())).toEqual([]);
  });

  test('shows the saving notice while commits fail and removes it once they succeed again', async () => {
    let failing = true;
    const { lms, learner } = await open({ failCommit: () => (failing ? 'false' : undefined) });
    await settle();
    expect(noticesOf(learner.document)).toBe(course.strings.saveFailedNotice);
    failing = false;
    learner.next();
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await settle();
    expect(noticesOf(learner.document)).toBe('');
    expect(lms.stored('cmi.core.lesson_location')).toBe('m1s2');
  });

  test('delivers the progress and clears the notice on its own once the LMS recovers, while the learner is still reading', async () => {
    let failing = true;
    const { lms, learner } = await open({ failCommit: () => (failing ? 'false' : undefined) });
    await settle();
    expect(noticesOf(learner.document)).toBe(course.strings.saveFailedNotice);
    failing = false;
    // No click, no key: the learner is reading. The retry comes 2 s after the failure.
    await new Promise((resolve) => setTimeout(resolve, 2300));
    await settle();
    expect(noticesOf(learner.document)).toBe('');
    expect(lms.stored('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.stored('cmi.core.lesson_location')).toBe('m1s1');
  });

  test('writes an answer again when the LMS refused it, so the report still lists every answer', async () => {
    let refuse = true;
    const { lms, learner } = await open({ failSetValue: (element) => (refuse && element.startsWith('cmi.interactions.') ? 'false' : undefined) });
    learner.next();
    learner.choose('kc-anyone', ['a']);
    learner.check('kc-anyone');
    refuse = false;
    learner.exit();
    expect(lms.interactions().map((i) => [i.id, i.student_response, i.result])).toEqual([['kc-anyone', 't', 'correct']]);
  });

  test('still finishes when the LMS throws on the last commit', async () => {
    let commits = 0;
    const { lms, learner } = await open({ failCommit: () => (++commits > 1 ? 'throw' : undefined) });
    learner.next();
    learner.exit();
    expect(lms.count('LMSFinish')).toBe(1);
    expect(lms.stored('cmi.core.lesson_location')).toBe('m1s2');
  });
});

describe('commits and finishing', () => {
  test('commits at most once per two seconds however fast the learner answers', async () => {
    const { lms, learner } = await open();
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    expect(lms.count('LMSCommit')).toBe(1);
    await wait(800);
    learner.next();
    learner.choose('kc-anyone', ['a']);
    learner.check('kc-anyone');
    learner.next();
    learner.choose('kc-first-step', ['b']);
    learner.check('kc-first-step');
    expect(lms.count('LMSCommit')).toBe(1);
    // Per answer: the eight interaction fields plus what changed, never the whole progress again.
    const perAnswer = lms.calls.slice(lms.calls.findLastIndex((call) => call.args[1] === 'kc-first-step'));
    expect(perAnswer.filter((call) => call.name === 'LMSSetValue').length).toBeLessThanOrEqual(9);
    await wait(1600);
    expect(lms.count('LMSCommit')).toBe(2);
    expect(lms.stored('cmi.core.lesson_location')).toBe('m2s1');
    expect(lms.interactions().map((i) => i.id)).toEqual(['kc-anyone', 'kc-first-step']);
    learner.next();
    expect(lms.count('LMSCommit')).toBe(2);
    learner.exit();
    expect(lms.count('LMSCommit')).toBe(3);
    expect(lms.stored('cmi.core.lesson_location')).toBe('m2s2');
  });

  test('commits pending changes when the page is hidden', async () => {
    const { lms, learner } = await open();
    learner.next();
    expect(lms.stored('cmi.core.lesson_location')).toBe('m1s1');
    Object.defineProperty(learner.document, 'visibilityState', { value: 'hidden', configurable: true });
    learner.document.dispatchEvent(new learner.window.Event('visibilitychange'));
    expect(lms.stored('cmi.core.lesson_location')).toBe('m1s2');
    expect(lms.count('LMSFinish')).toBe(0);
  });

  test('Exit saves, finishes once and tells the learner they can close the window', async () => {
    const { lms, learner } = await open();
    learner.next();
    learner.exit();
    expect(learner.heading()).toBe(course.strings.exitedTitle);
    expect(learner.text()).toContain(course.strings.exitedBody);
    expect(learner.document.activeElement?.textContent).toBe(course.strings.exitedTitle);
    // Nothing left to navigate to.
    expect(['cease-toc', 'cease-prev', 'cease-next', 'cease-exit'].map((id) => learner.document.getElementById(id)?.hidden)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(lms.stored('cmi.core.exit')).toBe('suspend');
    expect(lms.stored('cmi.core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(lms.stored('cmi.core.lesson_location')).toBe('m1s2');
    lms.close();
    expect(lms.count('LMSFinish')).toBe(1);
    expect(lms.calls.find((call) => call.name === 'LMSFinish')?.args).toEqual(['']);
    expect(lms.count('LMSInitialize')).toBe(1);
  });

  test('finishes once when the page goes away, and never on unload', async () => {
    const { lms, learner } = await open();
    learner.window.dispatchEvent(new learner.window.Event('unload'));
    learner.window.dispatchEvent(new learner.window.Event('beforeunload'));
    expect(lms.count('LMSFinish')).toBe(0);
    lms.close();
    expect(lms.count('LMSFinish')).toBe(1);
  });
});
