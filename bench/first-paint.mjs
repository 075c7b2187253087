// Time to the first screen of a built package in headless Chromium: from
// navigation start to the frame after the player put its first screen into
// <main>; and of a page change, from a click on Next to the frame showing the
// next screen. At 1× and at a slowed CPU (CDP Emulation.setCPUThrottlingRate,
// as a low-end phone or a busy city PC).
import AdmZip from 'adm-zip';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CEASE_CHROMIUM ?? '/usr/bin/chromium';

// Runs in the page before its scripts: notes when <main> first holds a
// screen, then when the frame showing it has been painted.
const watchFirstScreen = `
  window.__firstScreen = new Promise((resolve) => {
    const seen = () => {
      const main = document.getElementById('cease-main');
      return main && [...main.children].some((child) => child.tagName !== 'NOSCRIPT');
    };
    const painted = () => requestAnimationFrame(() => { const channel = new MessageChannel(); channel.port1.onmessage = () => resolve(performance.now()); channel.port2.postMessage(0); });
    const observer = new MutationObserver(() => { if (seen()) { observer.disconnect(); painted(); } });
    observer.observe(document, { childList: true, subtree: true });
  });`;

/** Median ms to the first painted screen of the zip's index.html, per CPU slow-down rate. */
export function firstPaint(zipPath, folder, rates, runs) {
  return medianPerRate(zipPath, folder, rates, runs, async (page, url) => {
    await page.addInitScript(watchFirstScreen);
    await page.goto(url, { waitUntil: 'commit' });
    return [await page.evaluate(() => window.__firstScreen)];
  });
}

// Runs in the page: clicks Next, then resolves with the ms until the frame
// showing the next screen has been painted (as watchFirstScreen above).
const timeNext = () =>
  new Promise((resolve) => {
    const start = performance.now();
    document.getElementById('cease-next').click();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(0);
    });
  });

/**
 * Median ms from a click on Next to the next screen painted, per CPU
 * slow-down rate: each of `runs` page loads passes the cover once the
 * contents are filled in, then goes `clicks` times Next through the first modules.
 */
export function pageChange(zipPath, folder, rates, runs, clicks = 8) {
  return medianPerRate(zipPath, folder, rates, runs, async (page, url) => {
    await page.goto(url);
    await page.waitForSelector('#cease-toc-list a', { state: 'attached' });
    await page.evaluate(timeNext);
    const times = [];
    for (let click = 0; click < clicks; click++) times.push(await page.evaluate(timeNext));
    return times;
  });
}

/** Opens the zip's index.html `runs` times per CPU slow-down rate (CDP Emulation.setCPUThrottlingRate), each in a fresh context; the median of what `measure` returns, per rate. */
async function medianPerRate(zipPath, folder, rates, runs, measure) {
  if (!existsSync(CHROMIUM)) return null;
  new AdmZip(zipPath).extractAllTo(folder, true);
  const url = pathToFileURL(join(folder, 'index.html')).href;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const result = {};
    for (const rate of rates) {
      const times = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        times.push(...(await measure(page, url)));
        await context.close();
      }
      times.sort((a, b) => a - b);
      result[rate] = times[Math.floor(times.length / 2)];
    }
    return result;
  } finally {
    await browser.close();
  }
}
