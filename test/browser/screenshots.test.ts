/**
 * Takes the pictures of docs/screenshots.md: a content screen, a knowledge
 * check with its feedback and the result page, at 1280 px and at 320 px. It
 * compares no pixels (fonts differ between machines); it fails only when a
 * page cannot be reached. The draw is seeded so the same course gives the
 * same pictures on one machine. The pictures go to a scratch folder, so a
 * test run never changes tracked files; `UPDATE_SCREENSHOTS=1 npx vitest run
 * test/browser/screenshots.test.ts` writes them to docs/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { BrowserLearner } from './harness/learner.js';
import { LmsSession } from './harness/lms-session.js';
import { screenshotFolder } from './harness/screenshot-folder.js';

const OUT = screenshotFolder;
// Partial raster repaints only what changed, and the rounded end of the
// full progress bar then came out in either of two ways from run to run.
const shared = browserAndLms({ sample: 'courses/cease-municipal' }, ['--disable-partial-raster']);

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
});

/** The runtime seeds each attempt from getRandomValues; a fixed sequence fixes the draw and choice order. */
function fixedRandom(): void {
  let next = 7;
  Object.defineProperty(Crypto.prototype, 'getRandomValues', {
    value: <T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint32Array) for (let i = 0; i < array.length; i++) array[i] = next = (next * 1103515245 + 12345) >>> 0;
      return array;
    },
  });
}

async function contextAt(width: number, height: number): Promise<BrowserContext> {
  const context = await shared.browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
  await context.addInitScript(fixedRandom);
  return context;
}

async function shoot(learner: BrowserLearner, name: string, width: number, heading: string): Promise<void> {
  expect(await learner.heading()).toBe(heading);
  // No caret or hover state in the picture: focus and pointer leave the page first.
  await learner.frame.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await learner.page.mouse.move(0, 0);
  await learner.page.screenshot({ path: join(OUT, `${name}-${width}.png`), animations: 'disabled', caret: 'hide' });
}

/** Follows a contents entry; on a phone the learner opens the contents first and closes them after. */
async function openEntry(learner: BrowserLearner, title: string): Promise<void> {
  const details = learner.frame.locator('#cease-toc-details');
  const wasOpen = await details.evaluate((element) => (element as HTMLDetailsElement).open);
  if (!wasOpen) await learner.frame.locator('#cease-toc-summary').click();
  await learner.frame.getByRole('link', { name: title, exact: true }).click();
  if (!wasOpen) await learner.frame.locator('#cease-toc-summary').click();
  await learner.frame.evaluate(() => window.scrollTo(0, 0));
}

async function showFeedback(learner: BrowserLearner): Promise<void> {
  await learner.answerChecks(true);
  await learner.frame.locator('#cease-main .feedback').evaluate((feedback) => feedback.scrollIntoView({ block: 'end' }));
}

describe.skipIf(skipBrowser)('screenshots for docs/screenshots.md', () => {
  test('a content screen, a knowledge check with feedback and the result, at 1280 px and 320 px', async () => {
    const wide = await contextAt(1280, 720);
    const lms = await LmsSession.launch(shared.server, wide, 'sample');
    const learner = await BrowserLearner.on(lms.page, lms.course());
    await openEntry(learner, 'What CEASE is');
    await shoot(learner, 'content', 1280, 'What CEASE is');
    await openEntry(learner, 'Check: something of value');
    await showFeedback(learner);
    await shoot(learner, 'question-feedback', 1280, 'Check: something of value');
    await openEntry(learner, 'Final check');
    await learner.toResult((slot) => slot % 3 !== 0);
    await shoot(learner, 'result', 1280, 'Your result');
    await learner.activate('#cease-exit');
    const resume = await lms.resumeData();
    await wide.close();

    // The phone picks up where the wide screen left off: the result, and the answered check.
    const narrow = await contextAt(320, 640);
    const phone = await BrowserLearner.on(...(await launchOn(narrow, resume)));
    await phone.frame.evaluate(() => window.scrollTo(0, 0));
    await shoot(phone, 'result', 320, 'Your result');
    await openEntry(phone, 'What CEASE is');
    await shoot(phone, 'content', 320, 'What CEASE is');
    await openEntry(phone, 'Check: something of value');
    await phone.frame.locator('#cease-main .feedback').evaluate((feedback) => feedback.scrollIntoView({ block: 'end' }));
    await shoot(phone, 'question-feedback', 320, 'Check: something of value');
    await narrow.close();
  });
});

async function launchOn(context: BrowserContext, cmi: Record<string, unknown>) {
  const lms = await LmsSession.launch(shared.server, context, 'sample', { cmi });
  return [lms.page, lms.course()] as const;
}
