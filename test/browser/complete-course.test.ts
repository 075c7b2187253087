import type { BrowserContext } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { failRetryPass } from './harness/journeys.js';
import { BrowserLearner } from './harness/learner.js';
import { LmsSession } from './harness/lms-session.js';

const shared = browserAndLms({ sample: 'courses/cease-municipal' });
let context: BrowserContext;
beforeEach(async () => {
  context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterEach(async () => {
  await context?.close();
});

describe.skipIf(skipBrowser)('the sample course in Chromium', () => {
  test('by mouse: every screen, a failed attempt, a retry and a pass, as the LMS records them', async () => {
    const lms = await LmsSession.launch(shared.server, context, 'sample');
    const learner = await BrowserLearner.on(lms.page, lms.course(), 'mouse');
    expect(await learner.heading()).toBe('Why this matters: CEASE and sex trafficking');
    await failRetryPass(lms, learner);
    expect(learner.arrivals.length).toBeGreaterThan(70);
  });
});
