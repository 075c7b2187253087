/**
 * A course of 1,000 modules opens without reading every module: a module's
 * screens are read from the page only when one of them is shown. The
 * package is opened from disk, as the player runs with no LMS.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PlayerCourse } from '../../src/model/player.js';
import { generatedCourse } from '../helpers/generated-course.js';
import { writePlayerPackage } from '../helpers/player-package.js';
import { launchBrowser, skipBrowser } from './harness/browser.js';

const MODULES = 1000;
let course: PlayerCourse;
let url: string;
let browser: Browser;

beforeAll(async () => {
  if (skipBrowser) return;
  course = generatedCourse({ screens: MODULES * 10, checks: 0, pool: 0 });
  url = pathToFileURL(join(await writePlayerPackage(course), 'index.html')).href;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Runs in the page before its scripts: what the first frame with a screen in <main> holds, and every course data element the page reads. */
function watchFirstFrame(): void {
  const reads: string[] = [];
  const byId = Document.prototype.getElementById;
  Document.prototype.getElementById = function (this: Document, id: string) {
    if (id.startsWith('cease-screens-')) reads.push(id);
    return byId.call(this, id);
  };
  const nextBox = () => {
    const box = document.getElementById('cease-next')?.getBoundingClientRect();
    return box ? [box.x, box.y, box.width, box.height] : [];
  };
  Object.assign(window, { screensRead: reads, nextBox });
  Object.assign(window, {
    firstFrame: new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('#cease-main h1')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const items = document.querySelectorAll('.cover-modules li');
          resolve({
            heading: document.querySelector('#cease-main h1')?.textContent,
            contentsLinks: document.querySelectorAll('#cease-toc-list a').length,
            coverModules: items.length,
            windowFull: (items[items.length - 1]?.getBoundingClientRect().top ?? 0) > innerHeight,
            next: nextBox(),
          });
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    }),
  });
}

async function open(width: number): Promise<{ page: Page; first: Record<string, unknown> }> {
  const context = await browser.newContext({ viewport: { width, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(watchFirstFrame);
  await page.goto(url, { waitUntil: 'commit' });
  const first = await page.evaluate(() => (window as unknown as { firstFrame: Promise<Record<string, unknown>> }).firstFrame);
  return { page, first };
}

const screensRead = (page: Page) => page.evaluate(() => (window as unknown as { screensRead: string[] }).screensRead);

describe.skipIf(skipBrowser)(`the first screen of a ${MODULES}-module course in Chromium`, () => {
  test('reads a module\'s screens from the page only when one of them is shown', async () => {
    const { page } = await open(1280);
    expect(await screensRead(page)).toEqual([]);
    await page.locator('#cease-next').click();
    expect(await page.locator('#cease-main h1').textContent()).toBe('Screen 1');
    expect(await page.locator('#cease-main').textContent()).toContain('Text 1');
    await page.getByRole('link', { name: 'Screen 5001', exact: true }).click();
    expect(await page.locator('#cease-main').textContent()).toContain('Text 5001');
    expect(new Set(await screensRead(page))).toEqual(new Set(['cease-screens-1', 'cease-screens-501']));
    await page.context().close();
  });
});
