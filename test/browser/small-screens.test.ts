import { describe, expect, test } from 'vitest';
import { pageWidth } from './harness/audit.js';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { auditor } from './harness/keyboard-walk.js';
import { BrowserLearner } from './harness/learner.js';
import { LmsSession } from './harness/lms-session.js';

const shared = browserAndLms({ sample: 'courses/cease-municipal' });

describe.skipIf(skipBrowser)('accessibility in Chromium on small screens and with system settings', () => {
  test('320 px with reduced motion: no sideways scrolling, axe clean, focus never hidden under the footer, no animation', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
    const lms = await LmsSession.launch(shared.server, context, 'sample');
    const learner = await BrowserLearner.on(lms.page, lms.course(), 'keyboard');
    const { found, audit } = auditor(learner, 320);
    await learner.toResult(() => false, audit);
    const transition = await learner.frame.locator('#cease-progress-bar span').evaluate((bar) => getComputedStyle(bar).transitionDuration);
    await context.close();

    expect(found.pages).toBeGreaterThan(60);
    expect(found.tooWide).toEqual([]);
    expect(found.violations).toEqual([]);
    expect(learner.arrivals.filter((arrival) => !arrival.focusOnHeading)).toEqual([]);
    expect(learner.focused.filter((focus) => !focus.ring)).toEqual([]);
    expect(learner.focused.filter((focus) => focus.obscured)).toEqual([]);
    expect(transition).toBe('0s');
  });

  test('forced colours (Windows High Contrast): the progress bar still shows how far the learner is', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 800, height: 600 }, forcedColors: 'active' });
    const lms = await LmsSession.launch(shared.server, context, 'sample');
    const learner = await BrowserLearner.on(lms.page, lms.course(), 'keyboard');
    await learner.next();
    const colours = await learner.frame.locator('#cease-progress-bar').evaluate((bar) => [
      getComputedStyle(bar).backgroundColor,
      getComputedStyle(bar.firstElementChild as Element).backgroundColor,
      matchMedia('(forced-colors: active)').matches,
    ]);
    await context.close();
    expect(colours[2]).toBe(true);
    expect(colours[1]).not.toBe(colours[0]);
  });

  test('320 px with the text spacing of WCAG 1.4.12 on every page of the first module: nothing overflows or is cut off', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
        document.head.append(style);
      }),
    );
    const lms = await LmsSession.launch(shared.server, context, 'sample');
    const learner = await BrowserLearner.on(lms.page, lms.course());
    const problems: string[] = [];
    const firstModule = learner.course.modules[0]?.screens.length ?? 0;
    for (let screen = 0; screen < firstModule; screen++) {
      if (screen > 0) await learner.next();
      await learner.answerChecks(true);
      const where = await learner.heading();
      if ((await pageWidth(learner.frame)) > 320) problems.push(`${where}: wider than 320 px`);
      const clipped = await learner.frame.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((element) => element.offsetParent !== null && element.textContent?.trim())
          .filter((element) => {
            const style = getComputedStyle(element);
            const hides = (value: string) => value === 'hidden' || value === 'clip';
            return (hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1) || (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1);
          })
          .map((element) => `${element.tagName}.${element.className}`),
      );
      problems.push(...clipped.map((element) => `${where}: ${element} cuts off its text`));
    }
    await context.close();
    expect(firstModule).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

});
