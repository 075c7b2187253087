import { describe, expect, test } from 'vitest';
import { axeViolations } from './harness/audit.js';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { failRetryPass } from './harness/journeys.js';
import { auditor, previousByShiftTab } from './harness/keyboard-walk.js';
import { BrowserLearner } from './harness/learner.js';
import { LmsSession } from './harness/lms-session.js';

const shared = browserAndLms({ sample: 'courses/cease-municipal' });

describe.skipIf(skipBrowser)('accessibility in Chromium, keyboard only', () => {
  test('1280 px: the course completed by keyboard (fail, retry, pass); every page of the first attempt passes axe (WCAG 2.1 A/AA, best practice); focus lands on each heading; focused controls show a ring', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const lms = await LmsSession.launch(shared.server, context, 'sample');
    const learner = await BrowserLearner.on(lms.page, lms.course(), 'keyboard');
    await previousByShiftTab(learner);
    const { found, audit } = auditor(learner, 1280);
    await failRetryPass(lms, learner, audit);
    await context.close();

    expect(found.pages).toBeGreaterThan(60);
    expect([...found.kinds].sort()).toEqual(['question', 'result', 'screen']);
    expect(found.violations).toEqual([]);
    expect(found.tooWide).toEqual([]);
    expect(found.liveFeedback).toBe(learner.course.questions.filter((q) => !q.graded).length);
    expect(learner.arrivals.length).toBeGreaterThan(60);
    expect(learner.arrivals.filter((arrival) => !arrival.focusOnHeading)).toEqual([]);
    expect(learner.focused.length).toBeGreaterThan(80);
    expect(learner.focused.filter((focus) => !focus.ring)).toEqual([]);
    expect(learner.focused.filter((focus) => focus.obscured)).toEqual([]);
  });

  test('the audit is not blind: axe reports a low-contrast, unlabelled control when one is added', async () => {
    const context = await shared.browser.newContext();
    const lms = await LmsSession.launch(shared.server, context, 'sample');
    await lms.course().evaluate(() => {
      const main = document.getElementById('cease-main') as HTMLElement;
      main.insertAdjacentHTML('beforeend', '<p style="color:#bbb;background:#fff">faint</p><input type="text">');
    });
    const violations = await axeViolations(lms.course(), 'broken');
    await context.close();
    expect(violations.map((line) => line.split(':')[1]?.trim())).toEqual(expect.arrayContaining(['color-contrast', 'label']));
  });
});
