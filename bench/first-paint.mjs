// Time to the first screen of a built package in headless Chromium: from
// navigation start to the frame after the player put its first screen into
// <main>, at 1× and at a slowed CPU (CDP Emulation.setCPUThrottlingRate, as a
// low-end phone or a busy city PC).
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
export async function firstPaint(zipPath, folder, rates, runs) {
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
        await page.addInitScript(watchFirstScreen);
        await page.goto(url, { waitUntil: 'commit' });
        times.push(await page.evaluate(() => window.__firstScreen));
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
