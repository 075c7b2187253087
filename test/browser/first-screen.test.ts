/**
 * A course of 1,000 modules opens on a screen the learner can use at once:
 * the first frame shows the cover without waiting for the long contents and
 * module list, which fill in after it without moving the buttons; and a
 * module's screens are read from the page only when one of them is shown.
 * The package is opened from disk, as the player runs with no LMS.
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
/** Modules of 10 screens each: a 1,000-module course, and one whose cover is shorter than the window but whose contents are not. */
const urls = new Map<number, string>();
let browser: Browser;

beforeAll(async () => {
  if (skipBrowser) return;
  for (const modules of [MODULES, 3]) {
    const course: PlayerCourse = generatedCourse({ screens: modules * 10, checks: 0, pool: 0 });
    urls.set(modules, pathToFileURL(join(await writePlayerPackage(course), 'index.html')).href);
  }
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

async function open(modules: number): Promise<{ page: Page; first: Record<string, unknown> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(watchFirstFrame);
  await page.goto(urls.get(modules) ?? '', { waitUntil: 'commit' });
  const first = await page.evaluate(() => (window as unknown as { firstFrame: Promise<Record<string, unknown>> }).firstFrame);
  return { page, first };
}

const screensRead = (page: Page) => page.evaluate(() => (window as unknown as { screensRead: string[] }).screensRead);

/** Waits for every screen of the course to be in the contents; then what the page holds. */
async function filledIn(page: Page, modules: number) {
  await page.waitForFunction((total) => document.querySelectorAll('#cease-toc-list a').length === total, modules * 10);
  return page.evaluate(() => ({
    modules: document.querySelectorAll('#cease-toc-list .toc-module').length,
    coverModules: [...document.querySelectorAll('.cover-modules li')].map((item) => item.textContent),
    next: (window as unknown as { nextBox: () => number[] }).nextBox(),
  }));
}

/** Where Next is painted: layout may differ by a 64th of a pixel after the page grew below the window. */
function expectSamePlace(box: number[], first: number[]): void {
  expect(box).toHaveLength(4);
  first.forEach((edge, index) => expect(box[index]).toBeCloseTo(edge, 1));
}

describe.skipIf(skipBrowser)(`the first screen of a ${MODULES}-module course in Chromium`, () => {
  test('is painted before the contents and the rest of the module list are built; they then list everything, and Next has not moved', async () => {
    const { page, first } = await open(MODULES);
    expect(first).toMatchObject({ heading: 'Generated course', contentsLinks: 0, windowFull: true });
    expect(first['coverModules']).toBeLessThan(MODULES);
    const filled = await filledIn(page, MODULES);
    expect(filled.modules).toBe(MODULES);
    expect(filled.coverModules).toHaveLength(MODULES);
    expect(filled.coverModules.at(-1)).toBe(`Module ${MODULES} not started`);
    expectSamePlace(filled.next, first['next'] as number[]);
    await page.locator('#cease-next').click();
    expect(await page.locator('#cease-main h1').textContent()).toBe('Screen 1');
    await page.context().close();
  });

  test('keeps Next at the bottom of the window when the contents that fill in are longer than a short cover', async () => {
    const { page, first } = await open(3);
    expect(first).toMatchObject({ contentsLinks: 0, coverModules: 3, windowFull: false });
    expect((first['next'] as number[])[1]).toBeGreaterThan(600);
    const filled = await filledIn(page, 3);
    expect(filled.modules).toBe(3);
    expectSamePlace(filled.next, first['next'] as number[]);
    await page.context().close();
  });

  test('reads a module\'s screens from the page only when one of them is shown', async () => {
    const { page } = await open(MODULES);
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
