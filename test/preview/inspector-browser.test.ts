/**
 * The preview in Chromium: the course plays against scorm-again inside the
 * inspector page, the inspector shows what the LMS received, its controls
 * work by keyboard, and a save relaunches the learner where they were.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../browser/harness/audit.js';
import { launchBrowser, skipBrowser } from '../browser/harness/browser.js';
import { formats } from '../../src/package/formats.js';
import { copyFixture, scratchDir } from '../helpers/cli.js';
import { startPreviewCli, type RunningCli } from './preview-process.js';

describe.skipIf(skipBrowser)('cease preview in a browser', () => {
  const scratch = scratchDir();
  let course: string;
  let preview: RunningCli & { url: string };
  let browser: Browser;
  let page: Page;
  const model = (label: string) => page.locator(`#model dt:text-is("${label}") + dd`);
  const calls = () => page.locator('#calls').innerText();

  beforeAll(async () => {
    course = copyFixture('minimal', scratch.dir);
    preview = await startPreviewCli(course);
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(preview.url);
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop('SIGKILL');
    scratch.cleanup();
  });

  it('shows the course calling the simulated LMS and the data model it sets', async () => {
    await expect.poll(calls).toContain('LMSInitialize("") → "true"');
    await expect.poll(() => model('Entry').innerText()).toBe('ab-initio');
    await expect.poll(() => model('Status').innerText()).toBe('incomplete');
    const frame = page.frameLocator('#course');
    await expect.poll(() => frame.locator('h1').innerText()).toBe('The basics');
    await expect.poll(() => page.locator('#suspend-text').innerText()).toMatch(/^\d+ of 4096 characters$/);
    expect(await page.locator('#build').innerText()).toContain('Build 1 (scorm12)');
  });

  it('has an accessible inspector: no axe violations, every control reachable by keyboard', async () => {
    expect(await axeViolations(page.mainFrame(), 'inspector')).toEqual([]);
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Relaunch as resume');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reset learner');
  });

  it('relaunches as the same learner after a save, with entry "resume"', async () => {
    appendFileSync(join(course, '02-final.md'), '\nGood luck.\n');
    await expect.poll(calls, { timeout: 20_000 }).toContain('launch 2 (resume)');
    await expect.poll(() => model('Entry').innerText()).toBe('resume');
    expect(await page.locator('#announce').innerText()).toContain('Rebuilt after a change');
  });

  it('resets the learner from the keyboard: a new attempt from the start', async () => {
    await page.locator('#reset').focus();
    await page.keyboard.press('Enter');
    await expect.poll(calls).toContain('launch 3 (new learner)');
    await expect.poll(() => model('Entry').innerText()).toBe('ab-initio');
    expect(await page.locator('#announce').innerText()).toContain('Learner reset');
  });

  it.skipIf(!formats.has('scorm2004'))('switches to SCORM 2004: API_1484_11 and its 64000-character suspend_data limit', async () => {
    await page.selectOption('#format', 'scorm2004');
    await page.locator('#switch-format button').press('Enter');
    await page.waitForURL(/format=scorm2004/);
    await expect.poll(calls).toMatch(/^Initialize\(""\) → "true"/m);
    await expect.poll(() => model('Completion').innerText()).toBe('incomplete');
    await expect.poll(() => page.locator('#suspend-text').innerText()).toMatch(/^\d+ of 64000 characters$/);
  });
});
