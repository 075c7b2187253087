/**
 * Every content block (test/fixtures/blocks) as learners meet it: axe clean
 * at 1280 and 320 px in light mode, dark mode and forced colours, nothing
 * wider than a phone, the expandable section opened by keyboard, the image
 * beside its text only where there is room. Pictures for docs/screenshots.md.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { auditedWalk, DISPLAY_MODES } from './harness/display-modes.js';
import { skipToContent } from './harness/keyboard-walk.js';
import { BrowserLearner } from './harness/learner.js';
import { LmsSession } from './harness/lms-session.js';
import { screenshotFolder } from './harness/screenshot-folder.js';

const shared = browserAndLms({ blocks: 'test/fixtures/blocks' }, ['--disable-partial-raster']);

describe.skipIf(skipBrowser)('content blocks in Chromium', () => {
  for (const width of [1280, 320]) {
    for (const [mode, options] of Object.entries(DISPLAY_MODES)) {
      test(`${width} px, ${mode}: every block's page axe clean, no sideways scrolling`, async () => {
        const found = await auditedWalk(shared, 'blocks', width, options);
        expect(found.pages).toBe(6);
        expect(found.violations).toEqual([]);
        expect(found.tooWide).toEqual([]);
      });
    }
  }

  test('keyboard alone opens and closes an expandable section; its content is hidden until then', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const lms = await LmsSession.launch(shared.server, context, 'blocks');
    const learner = await BrowserLearner.on(lms.page, lms.course(), 'keyboard');
    await skipToContent(learner);
    const answer = learner.frame.getByText('You do not need proof');
    expect(await answer.isVisible()).toBe(false);
    await learner.press('Tab');
    expect(await learner.frame.evaluate(() => document.activeElement?.textContent)).toBe('What happens after I call?');
    await learner.press('Enter');
    expect(await answer.isVisible()).toBe(true);
    await learner.press('Space');
    expect(await answer.isVisible()).toBe(false);
    await context.close();
  });

  test('an image sits beside its text at 1280 px and above it at 375 px; pictures of every block', async () => {
    const layout: Record<number, string> = {};
    for (const width of [1280, 375]) {
      const context = await shared.browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
      const lms = await LmsSession.launch(shared.server, context, 'blocks');
      const learner = await BrowserLearner.on(lms.page, lms.course());
      await learner.frame.locator('.block-expand summary').first().click();
      for (const [index, name] of ['expand', 'steps', 'quote', 'figure', 'beside', 'takeaways'].entries()) {
        if (index > 0) await learner.next();
        await learner.frame.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await learner.page.mouse.move(0, 0);
        await learner.page.screenshot({ path: join(screenshotFolder, `block-${name}-${width}.png`), animations: 'disabled', caret: 'hide' });
        if (name === 'beside') {
          layout[width] = await learner.frame.evaluate(() => {
            const image = (document.querySelector('.block-beside-media') as HTMLElement).getBoundingClientRect();
            const text = (document.querySelector('.block-beside-text') as HTMLElement).getBoundingClientRect();
            return text.left >= image.right ? 'beside' : text.top >= image.bottom ? 'below' : 'overlapping';
          });
        }
      }
      await context.close();
    }
    expect(layout).toEqual({ 1280: 'beside', 375: 'below' });
  });
});
