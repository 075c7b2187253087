/**
 * The cover, as learners meet it on every launch: what the course is, who it
 * is from and how long it takes, one button to start, and on a later launch
 * "Continue where you left off" naming the module, with each module's
 * progress. Pictures for docs/screenshots.md (the themed cover is taken by
 * theme.test.ts). Its axe and reflow checks run in every audited walk
 * (content-blocks.test.ts, theme.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { BrowserLearner } from './harness/learner.js';
import { LmsSession } from './harness/lms-session.js';
import { screenshotFolder } from './harness/screenshot-folder.js';

const shared = browserAndLms({ minimal: 'test/fixtures/minimal', blocks: 'test/fixtures/blocks' }, ['--disable-partial-raster']);

const cover = (lms: LmsSession) =>
  lms.course().evaluate(() => ({
    heading: document.querySelector('#cease-main h1')?.textContent,
    facts: document.querySelector('.cover-facts')?.textContent,
    description: document.querySelector('.cover-description')?.textContent,
    button: document.getElementById('cease-start')?.textContent,
    modules: Array.from(document.querySelectorAll('.cover-modules li')).map((item) => item.textContent),
  }));

describe.skipIf(skipBrowser)('the cover in Chromium', () => {
  test('first launch: title, organisation, duration, description and Start; a later launch continues in the module left off', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const first = await LmsSession.launch(shared.server, context, 'minimal');
    expect(await cover(first)).toEqual({
      heading: 'Fixture course for Testville',
      facts: 'Test City · About 10 minutes',
      description: 'A small course the tests build end to end.',
      button: 'Start',
      modules: ['The basics not started', 'Final check not started'],
    });
    const learner = await BrowserLearner.on(first.page, first.course());
    expect(await learner.heading()).toBe('The basics');
    while ((await learner.heading()) !== 'Final check') await learner.next();
    await first.page.evaluate(() => ((document.getElementById('course') as HTMLIFrameElement).src = '/blank.html'));
    await expect.poll(async () => (await first.calls('LMSFinish')).length, { timeout: 5000 }).toBe(1);

    const second = await LmsSession.launch(shared.server, context, 'minimal', { cmi: await first.resumeData() });
    expect(await cover(second)).toMatchObject({
      button: 'Continue where you left off: Final check',
      modules: ['The basics all screens seen', 'Final check all screens seen'],
    });
    const back = await BrowserLearner.on(second.page, second.course(), 'keyboard');
    expect(back.arrivals).toEqual([{ heading: 'Final check', focusOnHeading: true }]);
    await context.close();
  });

  test('a module on the cover is a link to its first screen; Next on the cover goes where its button does', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const lms = await LmsSession.launch(shared.server, context, 'minimal');
    await lms.course().locator('.cover-modules').getByRole('link', { name: 'Final check' }).click();
    expect(await lms.course().locator('#cease-main h1').innerText()).toBe('Final check');
    const again = await LmsSession.launch(shared.server, context, 'minimal');
    expect(await again.course().locator('#cease-prev').getAttribute('aria-disabled')).toBe('true');
    await again.course().locator('#cease-next').click();
    expect(await again.course().locator('#cease-main h1').innerText()).toBe('The basics');
    await context.close();
  });

  test('pictures: the cover at 1280 and 375 px, and in dark mode at 375 px', async () => {
    for (const [width, scheme] of [[1280, 'light'], [375, 'light'], [375, 'dark']] as const) {
      const context = await shared.browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, reducedMotion: 'reduce' });
      const lms = await LmsSession.launch(shared.server, context, 'blocks');
      await lms.page.mouse.move(0, 0);
      await lms.page.screenshot({ path: join(screenshotFolder, `cover-${scheme === 'dark' ? 'dark-' : ''}${width}.png`), animations: 'disabled', caret: 'hide' });
      await context.close();
    }
  });
});
