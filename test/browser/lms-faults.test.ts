/**
 * A failing LMS, in a real browser: no API, refused or throwing writes and
 * commits, the course frame or the whole LMS window closing mid-session.
 * The learner is told calmly, the course keeps working, and the progress
 * is kept in the browser and delivered once the LMS takes it again.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { BrowserLearner } from './harness/learner.js';
import { lookup, LmsSession, type LaunchOptions } from './harness/lms-session.js';

const SAVE_FAILED =
  'We could not reach your learning platform. Your progress is kept in this browser and will be sent when the connection comes back.';
const STANDALONE = 'This course is not connected to a learning platform. Your progress is kept in this browser only.';
const COURSE_KEY = 'cease:cease-municipal:1.0.0';
const COPY_KEY = 'cease:copy:cease-municipal:1.0.0:learner-1';

const shared = browserAndLms({ sample: 'courses/cease-municipal' });
/**
 * A browser profile of its own per test (the tests run concurrently: most of
 * their time is the 2 s commit throttle). `done` closes it and checks that,
 * whatever the LMS did, the course itself never threw.
 */
async function profile(): Promise<{ launch: (options?: LaunchOptions) => Promise<{ lms: LmsSession; learner: BrowserLearner }>; done: () => Promise<void> }> {
  const context: BrowserContext = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const pageErrors: string[] = [];
  context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error.message)));
  return {
    launch: async (options = {}) => {
      const lms = await LmsSession.launch(shared.server, context, 'sample', options);
      return { lms, learner: await BrowserLearner.on(lms.page, lms.course()) };
    },
    done: async () => {
      await context.close();
      expect(pageErrors).toEqual([]);
    },
  };
}

function notices(learner: BrowserLearner): Promise<string> {
  return learner.frame.locator('#cease-notices').innerText();
}

function storage(learner: BrowserLearner, key: string): Promise<string | null> {
  return learner.frame.evaluate((k) => localStorage.getItem(k), key);
}

async function nextScreens(learner: BrowserLearner, count: number): Promise<string> {
  for (let i = 0; i < count; i++) await learner.next();
  return learner.heading();
}

describe.skipIf(skipBrowser).concurrent('when the LMS fails, in Chromium', () => {
  test('no API anywhere: a calm notice, and progress kept in this browser for the next visit', async ({ expect }) => {
    const { launch, done } = await profile();
    const { lms, learner } = await launch({ api: false });
    expect(await notices(learner)).toBe(STANDALONE);
    expect(await learner.frame.locator('#cease-notices').getAttribute('role')).toBe('status');
    const reached = await nextScreens(learner, 3);
    await learner.answerChecks(true);
    // Saved at the next commit, at most 2 s later (commits are throttled).
    await expect.poll(async () => JSON.parse((await storage(learner, COURSE_KEY)) ?? '{}').location, { timeout: 5000 }).toBe('m1s4');

    const again = await launch({ api: false, page: lms.page });
    expect(await again.learner.heading()).toBe(reached);
    await done();
  });

  // The last column: whether an answer given during the fault reaches the
  // interaction journal. Refused writes lose it (interactions are written
  // once, never replayed; docs/reliability.md); a failed commit does not,
  // since the values were already set.
  const faults: [string, LaunchOptions][] = [
    ['LMSSetValue returns "false"', { failSetValue: { '*': 'false' } }],
    ['LMSSetValue throws', { failSetValue: { '*': 'throw' } }],
    ['LMSCommit returns "false"', { failCommit: 'false' }],
    ['LMSCommit throws', { failCommit: 'throw' }],
  ];
  for (const [fault, options] of faults) {
    test(`${fault}: the learner is told, goes on, and the LMS gets the progress when it recovers`, async ({ expect }) => {
      const { launch, done } = await profile();
      const { lms, learner } = await launch(options);
      const backupKey = COPY_KEY;
      await learner.next();
      await expect.poll(() => notices(learner)).toBe(SAVE_FAILED);
      // The course keeps working while the LMS refuses: pages, answers, focus.
      const reached = await nextScreens(learner, 3);
      await learner.answerChecks(true);
      expect(learner.arrivals.every((arrival) => arrival.focusOnHeading)).toBe(true);
      await expect.poll(async () => JSON.parse((await storage(learner, backupKey)) ?? '{}').location, { timeout: 5000 }).toBe('m1s5');

      await lms.setFaults({ failSetValue: {}, failCommit: null });
      const later = await nextScreens(learner, 1);
      await expect.poll(() => lms.value('cmi.core.lesson_location'), { timeout: 5000 }).toBe('m1s6');
      expect(later).not.toBe(reached);
      // The notice goes with the first save that had no refusal in it (the
      // player retries on its own; here the learner's next step comes first).
      await nextScreens(learner, 1);
      await expect.poll(() => notices(learner), { timeout: 5000 }).toBe('');
      await expect.poll(() => lms.value('cmi.core.lesson_location'), { timeout: 5000 }).toBe('m1s7');
      expect(await storage(learner, backupKey)).toBeNull();
      expect(await lms.value('cmi.suspend_data')).not.toBe('');
      // The answer given while the LMS refused is written again, not lost.
      expect((await lms.interactions()).map((i) => i.id)).toContain('something-of-value');
      await done();
    });
  }

  test('the LMS closes the course frame mid-session: pagehide finishes once, with the bookmark and exit suspend', async ({ expect }) => {
    const { launch, done } = await profile();
    const { lms, learner } = await launch();
    await nextScreens(learner, 5);
    await lms.page.evaluate(() => ((document.getElementById('course') as HTMLIFrameElement).src = '/blank.html'));
    await expect.poll(async () => (await lms.calls('LMSFinish')).length, { timeout: 5000 }).toBe(1);
    expect(await lms.value('cmi.core.lesson_location')).toBe('m1s6');
    expect(await lms.value('cmi.core.exit')).toBe('suspend');
    expect(await lms.value('cmi.core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    await done();
  });

  test('the whole LMS window closes while commits fail: LMSFinish still delivers the bookmark', async ({ expect }) => {
    const { launch, done } = await profile();
    const { lms, learner } = await launch({ failCommit: 'false' });
    await nextScreens(learner, 4);
    await expect.poll(() => notices(learner)).toBe(SAVE_FAILED);
    await lms.page.close({ runBeforeUnload: false });
    const record = await lms.delivered();
    expect(lookup(record.cmi, 'cmi.core.lesson_location')).toBe('m1s5');
    expect(lookup(record.cmi, 'cmi.core.exit')).toBe('suspend');
    await done();
  });

  test('the LMS takes nothing, not even LMSFinish, before the frame closes: the next launch resumes from the browser copy and delivers it', async ({ expect }) => {
    const { launch, done } = await profile();
    const { lms, learner } = await launch({ failCommit: 'false', failFinish: 'false' });
    await nextScreens(learner, 4);
    await expect.poll(() => notices(learner)).toBe(SAVE_FAILED);
    await lms.page.evaluate(() => ((document.getElementById('course') as HTMLIFrameElement).src = '/blank.html'));
    await expect.poll(async () => (await lms.calls('LMSFinish')).length).toBe(1);
    expect(await lms.value('cmi.core.lesson_location')).toBe('');

    // The LMS launches as if nothing had happened; this browser knows better.
    const next = await launch({ cmi: await lms.resumeData() });
    expect(await next.learner.heading()).toBe(headingOf(next.learner, 'm1s5'));
    await expect.poll(() => next.lms.value('cmi.core.lesson_location'), { timeout: 5000 }).toBe('m1s5');
    expect(await storage(next.learner, COPY_KEY)).toBeNull();
    await done();
  });
});

function headingOf(learner: BrowserLearner, screenId: string): string {
  const screen = learner.course.modules.flatMap((module) => module.screens).find((candidate) => candidate.id === screenId);
  return screen?.title ?? '';
}
