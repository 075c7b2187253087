import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { launchBrowser, skipBrowser } from './harness/browser.js';
import { builtPackage } from './harness/built-course.js';
import { failRetryPass } from './harness/journeys.js';
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

describe.skipIf(skipBrowser)('the sample course in Chromium', () => {
  test('by mouse: every screen, a failed attempt, a retry and a pass, as the LMS records them', async () => {
    const lms = await LmsSession.launch(server, context, 'sample');
    const learner = await BrowserLearner.on(lms.page, lms.course(), 'mouse');
    expect(await learner.heading()).toBe('Why this matters: CEASE and sex trafficking');
    await failRetryPass(lms, learner);
    expect(learner.arrivals.length).toBeGreaterThan(70);
  });
});
