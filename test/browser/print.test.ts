/**
 * A learner prints a screen, e.g. the hotline numbers to pin up: the screen
 * alone, black on white even from a dark screen, no controls, on one page
 * of US Letter and of A4, expandable sections printed open, reveal cards
 * with both sides.
 */
import { describe, expect, test } from 'vitest';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { LmsSession } from './harness/lms-session.js';

const shared = browserAndLms({ sample: 'courses/cease-municipal', blocks: 'test/fixtures/blocks' });

/** Pages of a PDF: one `/Type /Page` object each (`/Pages` is the tree). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/** The course page on its own (no LMS frame around it), as a browser prints it. */
async function coursePage(name: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme });
  const lms = await LmsSession.launch(shared.server, context, name);
  const page = await context.newPage();
  await page.goto(lms.course().url());
  await page.locator('#cease-start').click();
  return { context, page };
}

describe.skipIf(skipBrowser)('printing a screen in Chromium', () => {
  test('the hotline screen prints on one page of Letter and of A4, black on white from a dark screen, without contents or buttons', async () => {
    const { context, page } = await coursePage('sample', 'dark');
    await page.getByRole('link', { name: 'National Human Trafficking Hotline', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('#cease-main h1')?.textContent === 'National Human Trafficking Hotline');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      hidden: ['#cease-toc', 'footer', '.progress', '#cease-skip'].map((selector) => getComputedStyle(document.querySelector(selector) as Element).display),
      text: getComputedStyle(document.body).color,
      page: getComputedStyle(document.body).backgroundColor,
      hotline: document.getElementById('cease-main')?.textContent?.includes('1-888-373-7888'),
    }));
    const letter = await page.pdf({ format: 'Letter' });
    const a4 = await page.pdf({ format: 'A4' });
    await context.close();
    expect(shown).toEqual({ hidden: ['none', 'none', 'none', 'none'], text: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)', hotline: true });
    expect([pageCount(letter), pageCount(a4)]).toEqual([1, 1]);
  });

  test('expandable sections open for printing', async () => {
    const { context, page } = await coursePage('blocks');
    const open = () => page.locator('#cease-main details').evaluateAll((all) => all.map((details) => (details as HTMLDetailsElement).open));
    expect(await open()).toEqual([false, false]);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await open()).toEqual([true, true]);
    await context.close();
  });

  test('reveal cards print with their backs showing, without the "Turn over" hint', async () => {
    const { context, page } = await coursePage('blocks');
    await page.getByRole('link', { name: 'Check what you know', exact: true }).click();
    const shown = () => page.evaluate(() => Array.from(document.querySelectorAll('.block-reveal-back, .block-reveal-hint')).map((part) => getComputedStyle(part).display));
    expect(await shown()).toEqual(['block', 'none', 'block', 'none']);
    await page.emulateMedia({ media: 'print' });
    expect(await shown()).toEqual(['none', 'block', 'none', 'block']);
    await context.close();
  });
});
