/**
 * Every content block (test/fixtures/blocks) as learners meet it: axe clean
 * at 1280 and 320 px in light mode, dark mode and forced colours (the cover
 * too), nothing wider than a phone, the expandable section and the reveal
 * cards worked by keyboard, a clip that waits to be played and plays from the
 * keyboard, the image beside its text only where there is room. Pictures for
 * docs/screenshots.md.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { auditedWalk, DISPLAY_MODES } from './harness/display-modes.js';
import { BrowserLearner } from './harness/learner.js';
import { LmsSession } from './harness/lms-session.js';
import { screenshotFolder } from './harness/screenshot-folder.js';

const shared = browserAndLms({ blocks: 'test/fixtures/blocks' }, ['--disable-partial-raster']);

/** A keyboard learner at 1280 px, moved on by Next to the screen with this heading. */
async function keyboardLearnerOn(heading: string) {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const lms = await LmsSession.launch(shared.server, context, 'blocks');
  const learner = await BrowserLearner.on(lms.page, lms.course(), 'keyboard');
  while ((await learner.heading()) !== heading) await learner.next();
  return { context, learner };
}

describe.skipIf(skipBrowser)('content blocks in Chromium', () => {
  for (const width of [1280, 320]) {
    for (const [mode, options] of Object.entries(DISPLAY_MODES)) {
      test(`${width} px, ${mode}: every block's page axe clean, no sideways scrolling`, async () => {
        const found = await auditedWalk(shared, 'blocks', width, options);
        // The cover and the nine blocks' screens.
        expect(found.pages).toBe(10);
        expect(found.violations).toEqual([]);
        expect(found.tooWide).toEqual([]);
      });
    }
  }

  test('keyboard alone opens and closes an expandable section; its content is hidden until then', async () => {
    const { context, learner } = await keyboardLearnerOn('Content blocks');
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

  test('keyboard alone turns a reveal card over and back; its state is exposed, its back hidden until then', async () => {
    const { context, learner } = await keyboardLearnerOn('Check what you know');
    const back = learner.frame.getByText('Anyone: any age');
    const card = () => learner.frame.evaluate(() => {
      const front = document.activeElement as HTMLElement;
      return { role: front.tagName, name: front.textContent, expanded: front.getAttribute('aria-expanded') };
    });
    expect(await back.isVisible()).toBe(false);
    await learner.tabTo('.block-reveal-front');
    expect(await card()).toEqual({ role: 'BUTTON', name: 'Who can be trafficked?Turn over', expanded: 'false' });
    await learner.press('Enter');
    expect(await back.isVisible()).toBe(true);
    expect(await card()).toMatchObject({ expanded: 'true' });
    await learner.press('Space');
    expect(await back.isVisible()).toBe(false);
    expect(await card()).toMatchObject({ expanded: 'false' });
    await context.close();
  });

  test('a video waits to be played, has its captions and poster, and plays to its end from the keyboard', async () => {
    const { context, learner } = await keyboardLearnerOn('Watch');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const state = () => learner.frame.locator('video').evaluate((video: HTMLVideoElement) => ({
      paused: video.paused,
      ended: video.ended,
      captions: Array.from(video.textTracks).map((track) => `${track.kind} ${track.mode}`),
      poster: video.getAttribute('poster'),
      autoplay: video.autoplay,
    }));
    expect(await state()).toEqual({ paused: true, ended: false, captions: ['captions showing'], poster: 'assets/hotline-call.png', autoplay: false });
    await learner.tabTo('video');
    await learner.press('Space');
    await expect.poll(async () => (await state()).ended, { timeout: 10_000 }).toBe(true);
    await context.close();
  });

  test('an image sits beside its text at 1280 px and above it at 375 px; pictures of every block', async () => {
    const layout: Record<number, string> = {};
    for (const width of [1280, 375]) {
      const context = await shared.browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
      const lms = await LmsSession.launch(shared.server, context, 'blocks');
      const learner = await BrowserLearner.on(lms.page, lms.course());
      await learner.frame.locator('.block-expand summary').first().click();
      for (const [index, name] of ['expand', 'steps', 'quote', 'figure', 'beside', 'takeaways', 'reveal', 'video', 'audio'].entries()) {
        if (index > 0) await learner.next();
        if (name === 'reveal') await learner.frame.locator('.block-reveal-front').first().click();
        if (name === 'video' || name === 'audio') await learner.frame.locator(name).evaluate((clip) => new Promise((resolve) => ((clip as HTMLMediaElement).readyState >= 1 ? resolve(null) : clip.addEventListener('loadedmetadata', resolve))));
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
