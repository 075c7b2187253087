/**
 * A city build with its own logo and accent, as learners see it in light
 * mode, dark mode and forced colours, on a wide screen and a phone: axe
 * clean on every page, nothing scrolls sideways, the brand colour applied.
 * Pictures for docs/screenshots.md as in screenshots.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { auditedWalk, DISPLAY_MODES } from './harness/display-modes.js';
import { LmsSession } from './harness/lms-session.js';
import { screenshotFolder } from './harness/screenshot-folder.js';

const shared = browserAndLms({ city: ['test/fixtures/minimal', '--vars', 'test/fixtures/minimal/cities/springfield.yml'] }, ['--disable-partial-raster']);

describe.skipIf(skipBrowser)('a themed city build in Chromium', () => {
  for (const width of [1280, 320]) {
    for (const [mode, options] of Object.entries(DISPLAY_MODES)) {
      test(`${width} px, ${mode}: every page axe clean and no sideways scrolling, by keyboard to the result`, async () => {
        const found = await auditedWalk(shared, 'city', width, options);
        expect(found.pages).toBeGreaterThan(3);
        expect(found.violations).toEqual([]);
        expect(found.tooWide).toEqual([]);
      });
    }
  }

  test('the logo names the city; the accent is the city\'s in light mode and a lighter shade of it in dark mode', async () => {
    const seen: Record<string, unknown> = {};
    for (const scheme of ['light', 'dark'] as const) {
      const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: scheme, reducedMotion: 'reduce' });
      const lms = await LmsSession.launch(shared.server, context, 'city');
      const frame = lms.course();
      seen[scheme] = await frame.evaluate(() => ({
        logo: (document.querySelector('.course-logo') as HTMLImageElement | null)?.alt,
        loaded: (document.querySelector('.course-logo') as HTMLImageElement | null)?.naturalWidth,
        next: getComputedStyle(document.getElementById('cease-next') as HTMLElement).backgroundColor,
        page: getComputedStyle(document.body).backgroundColor,
      }));
      await lms.page.screenshot({ path: join(screenshotFolder, `themed-${scheme}-1280.png`), animations: 'disabled', caret: 'hide' });
      await context.close();
    }
    for (const scheme of ['light', 'dark'] as const) {
      const narrow = await shared.browser.newContext({ viewport: { width: 375, height: 720 }, colorScheme: scheme, reducedMotion: 'reduce' });
      const phone = await LmsSession.launch(shared.server, narrow, 'city');
      await phone.page.screenshot({ path: join(screenshotFolder, `themed-${scheme}-375.png`), animations: 'disabled', caret: 'hide' });
      await narrow.close();
    }

    expect(seen['light']).toEqual({ logo: 'Test City', loaded: 160, next: 'rgb(138, 21, 56)', page: 'rgb(255, 255, 255)' });
    expect(seen['dark']).toMatchObject({ logo: 'Test City', page: 'rgb(18, 18, 18)' });
    expect((seen['dark'] as { next: string }).next).not.toBe('rgb(138, 21, 56)');
  });
});
