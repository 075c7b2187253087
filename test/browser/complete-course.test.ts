import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, test } from 'vitest';
import { launchBrowser, skipBrowser } from './harness/browser.js';
import { builtPackage } from './harness/built-course.js';
import { BrowserLearner } from './harness/learner.js';
import { LmsServer } from './harness/lms-server.js';
import { LmsSession } from './harness/lms-session.js';

let browser: Browser;
let server: LmsServer;
let context: BrowserContext;

beforeAll(async () => {
  server = await new LmsServer().start();
  server.addPackage('sample', await builtPackage('courses/cease-municipal'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterEach(async () => {
  await context?.close();
});

/** Tab first reaches the skip link; Enter jumps past the contents; Next, then Shift+Tab and Enter on Previous, come back. */
async function skipToContentAndBack(learner: BrowserLearner): Promise<void> {
  const first = await learner.heading();
  await learner.press('Tab');
  expect(await learner.frame.evaluate(() => document.activeElement?.id)).toBe('cease-skip');
  await learner.press('Enter');
  expect(await learner.frame.evaluate(() => document.activeElement?.id)).toBe('cease-main');
  await learner.next();
  const second = await learner.heading();
  expect(second).not.toBe(first);
  await learner.tabTo('#cease-next');
  await learner.press('Shift+Tab');
  expect(await learner.frame.evaluate(() => document.activeElement?.id)).toBe('cease-prev');
  await learner.press('Enter');
  expect(await learner.heading()).toBe(first);
}

describe.skipIf(skipBrowser)('the sample course in Chromium', () => {
  for (const by of ['mouse', 'keyboard'] as const) {
    test(`by ${by}: fails the assessment, retries, passes, and the LMS holds each step`, async () => {
      const lms = await LmsSession.launch(server, context, 'sample');
      const learner = await BrowserLearner.on(lms.page, lms.course(), by);
      if (by === 'keyboard') await skipToContentAndBack(learner);
      await learner.toResult(() => false);
      expect(await learner.frame.locator('#cease-main').innerText()).toContain('You did not pass this time.');
      // Commits are throttled (at most one per 2 s), so the LMS has it within seconds.
      await expect.poll(() => lms.value('cmi.core.lesson_status'), { timeout: 5000 }).toBe('failed');
      expect(await lms.value('cmi.core.score.raw')).toBe('0');

      await learner.next('#cease-main .result button');
      expect(await learner.heading()).toBe('Question 1 of 10');
      await learner.toResult(() => true);
      expect(await learner.frame.locator('#cease-main').innerText()).toContain('You passed.');
      await learner.activate('#cease-exit');
      expect(await learner.heading()).toBe('You have left the course');

      expect(await lms.value('cmi.core.lesson_status')).toBe('passed');
      expect(await lms.value('cmi.core.score.raw')).toBe('100');
      expect(await lms.value('cmi.core.exit')).toBe('');
      const interactions = await lms.interactions();
      const graded = interactions.filter((i) => i.weighting === '1');
      expect(graded).toHaveLength(20);
      expect(graded.slice(0, 10).every((i) => i.result === 'wrong')).toBe(true);
      expect(graded.slice(10).every((i) => i.result === 'correct')).toBe(true);
      expect(learner.arrivals.length).toBeGreaterThan(60);
      expect(learner.arrivals.filter((arrival) => !arrival.focusOnHeading)).toEqual([]);
      if (by === 'keyboard') {
        expect(learner.focused.length).toBeGreaterThan(100);
        expect(learner.focused.filter((focus) => !focus.ring || focus.obscured)).toEqual([]);
      }
      const checks = learner.course.questions.filter((q) => !q.graded).map((q) => q.id);
      expect(interactions.filter((i) => i.weighting === '0').map((i) => i.id)).toEqual(checks);
    });
  }
});
