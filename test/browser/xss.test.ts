/**
 * test/fixtures/xss puts script and markup in every text an author controls
 * (course.yml title, description, organization and variables; lesson and
 * screen titles, raw HTML, javascript: and data: links, an SVG asset with
 * a script, question prompts, choices and feedback). In Chromium, through
 * every page and every link, none of it may run: `top.__xss` stays unset
 * and no dialog opens.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { BrowserLearner } from './harness/learner.js';
import { LmsSession } from './harness/lms-session.js';

const shared = browserAndLms({ xss: 'test/fixtures/xss' });

async function ranAnything(lms: LmsSession): Promise<unknown[]> {
  const flags = [await lms.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)];
  for (const frame of lms.page.mainFrame().childFrames()) flags.push(await frame.evaluate(() => (window as unknown as { __xss?: unknown }).__xss).catch(() => undefined));
  return flags.filter((flag) => flag !== undefined);
}

describe.skipIf(skipBrowser)('hostile course text in Chromium', () => {
  test('no script from the course runs on any page, link, image, question, feedback or result', async () => {
    const context: BrowserContext = await shared.browser.newContext();
    const dialogs: string[] = [];
    context.on('page', (page) => page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss())));
    const lms = await LmsSession.launch(shared.server, context, 'xss');
    const learner = await BrowserLearner.on(lms.page, lms.course());
    const frame = learner.frame;

    // The title is text, in the page and in the tab.
    expect(await frame.locator('.course-title').innerText()).toContain("<script>top.__xss='title'</script>");
    expect(await frame.title()).toContain('<script>');

    let clicked = 0;
    let svgShown = false;
    await learner.toResult(
      () => true,
      async () => {
        // Every link on the page, followed by mouse; a navigation away would fail the heading check below.
        for (const link of await frame.locator('#cease-main a').all()) {
          const heading = await learner.heading();
          await link.click({ modifiers: [] }).catch(() => undefined);
          clicked++;
          expect(await learner.heading()).toBe(heading);
        }
        for (const clickable of await frame.locator('#cease-main [onclick], #cease-main form button').all()) await clickable.click();
        const svg = frame.locator('#cease-main img[src$="evil.svg"]');
        if ((await svg.count()) > 0) {
          await expect.poll(() => svg.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
          svgShown = true;
        }
      },
    );
    expect(await frame.locator('#cease-main').innerText()).toContain('You passed.');
    expect(svgShown).toBe(true);
    expect(clicked).toBeGreaterThan(0);
    expect(await ranAnything(lms)).toEqual([]);
    expect(dialogs).toEqual([]);
    // No frame was added by the course (the srcdoc iframe was removed).
    expect(lms.page.frames()).toHaveLength(2);

    // The detector works: markup injected by hand does run and is seen.
    await frame.evaluate(() => document.body.insertAdjacentHTML('beforeend', `<img src="x" onerror="top.__xss='control'">`));
    await expect.poll(() => ranAnything(lms)).toEqual(['control']);
    await context.close();
  });
});
