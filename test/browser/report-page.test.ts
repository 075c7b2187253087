/**
 * The HTML page of `cease report --html` in Chromium: no axe-core violations
 * (WCAG 2.1 A and AA, best practice) at 1280 px and 320 px, no sideways
 * scrolling on a phone or on A4 or Letter paper, no request to any server,
 * and each chart's numbers in the table beneath it. Takes the picture in
 * docs/screenshots.md: into a scratch folder, or docs/screenshots/ with
 * UPDATE_SCREENSHOTS=1.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { citySample } from '../report/city-sample.js';
import { reportWorkspace } from '../report/report-files.js';
import { axeViolations, pageWidth } from './harness/audit.js';
import { launchBrowser, skipBrowser } from './harness/browser.js';

const OUT = process.env['UPDATE_SCREENSHOTS'] ? join(repoRoot, 'docs/screenshots') : await mkdtemp(join(tmpdir(), 'cease-screenshots-'));

describe.skipIf(skipBrowser)('the cease report HTML page', () => {
  const work = reportWorkspace();
  let browser: Browser;
  let figures: Record<string, any>;
  let page: string;
  beforeAll(async () => {
    const sample = citySample();
    work.write('employees.csv', sample.roster);
    work.write('export.csv', sample.completions);
    const run = await work.report(['--roster', 'employees.csv', '--completions', 'export.csv', '--as-of', '2025-02-28', '--html', 'report.html', '--json']);
    expect(run.code, run.stderr).toBe(0);
    figures = JSON.parse(run.stdout) as Record<string, any>;
    page = pathToFileURL(join(work.dir, 'report.html')).href;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    work.cleanup();
  });

  it('has no axe violations at 1280 px and 320 px, fits a phone, and asks no server for anything', async () => {
    for (const width of [1280, 320]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
      const tab = await context.newPage();
      const requests: string[] = [];
      tab.on('request', (request) => requests.push(request.url()));
      await tab.goto(page);
      expect(await axeViolations(tab.mainFrame(), `${width} px`)).toEqual([]);
      expect(await pageWidth(tab.mainFrame())).toBeLessThanOrEqual(width);
      expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
      if (width === 1280) await tab.screenshot({ path: join(OUT, 'report-1280.png'), fullPage: true, animations: 'disabled' });
      await context.close();
    }
  });

  it('prints within the margins of A4 and Letter', async () => {
    // 210 mm (A4) less two 15 mm margins is 180 mm: 680 px at 96 px per inch; Letter is wider.
    const context = await browser.newContext({ viewport: { width: 680, height: 1000 } });
    const tab = await context.newPage();
    await tab.goto(page);
    await tab.emulateMedia({ media: 'print' });
    expect(await pageWidth(tab.mainFrame())).toBeLessThanOrEqual(680);
    for (const format of ['A4', 'Letter']) expect((await tab.pdf({ format })).subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

  it('shows under each chart a table with the same numbers as --json', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(page);
    const rows = await tab.locator('table').first().locator('tbody tr').allInnerTexts();
    expect(rows.map((row) => row.split('\t'))).toEqual(
      figures['departments'].map((d: { name: string; done: number; employees: number; percent: number; needed: number; met: boolean }) =>
        [d.name, String(d.done), String(d.employees), `${(Math.floor(d.percent * 10) / 10).toFixed(1)} %`, d.met ? 'met' : String(d.needed)]),
    );
    const months = await tab.locator('table').nth(1).locator('tbody tr').count();
    expect(months).toBe(figures['timeline'].length);
    expect(await tab.locator('svg[role="img"]').count()).toBe(3);
    expect(readFileSync(join(work.dir, 'report.html'), 'utf8')).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    await context.close();
  });
});
