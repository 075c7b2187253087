import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, pageWidth } from './harness/audit.js';
import { launchBrowser, skipBrowser } from './harness/browser.js';
import { builtPackage } from './harness/built-course.js';
import { failRetryPass } from './harness/journeys.js';
import { BrowserLearner, type PageKind } from './harness/learner.js';
import { LmsServer } from './harness/lms-server.js';
import { LmsSession } from './harness/lms-session.js';

let browser: Browser;
let server: LmsServer;

beforeAll(async () => {
  server = await new LmsServer().start();
  server.addPackage('sample', await builtPackage('courses/cease-municipal'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Tab reaches the skip link first; Enter on it moves focus past the contents to the page. */
async function skipToContent(learner: BrowserLearner): Promise<void> {
  await learner.press('Tab');
  expect(await learner.frame.evaluate(() => document.activeElement?.id)).toBe('cease-skip');
  await learner.press('Enter');
  expect(await learner.frame.evaluate(() => document.activeElement?.id)).toBe('cease-main');
}

/** Next, then Shift+Tab from Next to Previous and Enter: back on the first page, focus on its heading. */
async function previousByShiftTab(learner: BrowserLearner): Promise<void> {
  const first = await learner.heading();
  await learner.next();
  expect(await learner.heading()).not.toBe(first);
  await learner.tabTo('#cease-next');
  await learner.press('Shift+Tab');
  expect(await learner.frame.evaluate(() => document.activeElement?.id)).toBe('cease-prev');
  await learner.next('#cease-prev');
  expect(await learner.heading()).toBe(first);
}

/** axe and reflow on each page as the walk leaves it: knowledge checks answered (feedback shown), questions submitted. */
function auditor(learner: BrowserLearner, width: number) {
  const found = { pages: 0, kinds: new Set<PageKind>(), violations: [] as string[], tooWide: [] as string[], liveFeedback: 0 };
  const audit = async (kind: PageKind) => {
    found.pages++;
    found.kinds.add(kind);
    const where = `${width}px "${await learner.heading()}"`;
    found.violations.push(...(await axeViolations(learner.frame, where)));
    if ((await pageWidth(learner.frame)) > width) found.tooWide.push(where);
    // Feedback must be announced: it sits in a polite live region that existed before it was filled.
    found.liveFeedback += await learner.frame
      .locator('#cease-main .feedback-title')
      .evaluateAll((titles) => titles.filter((title) => title.closest('[aria-live="polite"]')).length);
  };
  return { found, audit };
}

describe.skipIf(skipBrowser)('accessibility in Chromium, keyboard only', () => {
  test('1280 px: the course completed by keyboard (fail, retry, pass); every page of the first attempt passes axe (WCAG 2.1 A/AA, best practice); focus lands on each heading; focused controls show a ring', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const lms = await LmsSession.launch(server, context, 'sample');
    const learner = await BrowserLearner.on(lms.page, lms.course(), 'keyboard');
    await skipToContent(learner);
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

  test('320 px with reduced motion: no sideways scrolling, axe clean, focus never hidden under the footer, no animation', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
    const lms = await LmsSession.launch(server, context, 'sample');
    const learner = await BrowserLearner.on(lms.page, lms.course(), 'keyboard');
    await skipToContent(learner);
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
    const context = await browser.newContext({ viewport: { width: 800, height: 600 }, forcedColors: 'active' });
    const lms = await LmsSession.launch(server, context, 'sample');
    const learner = await BrowserLearner.on(lms.page, lms.course(), 'keyboard');
    await skipToContent(learner);
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
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
        document.head.append(style);
      }),
    );
    const lms = await LmsSession.launch(server, context, 'sample');
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

  test('the audit is not blind: axe reports a low-contrast, unlabelled control when one is added', async () => {
    const context = await browser.newContext();
    const lms = await LmsSession.launch(server, context, 'sample');
    await lms.course().evaluate(() => {
      const main = document.getElementById('cease-main') as HTMLElement;
      main.insertAdjacentHTML('beforeend', '<p style="color:#bbb;background:#fff">faint</p><input type="text">');
    });
    const violations = await axeViolations(lms.course(), 'broken');
    await context.close();
    expect(violations.map((line) => line.split(':')[1]?.trim())).toEqual(expect.arrayContaining(['color-contrast', 'label']));
  });
});
