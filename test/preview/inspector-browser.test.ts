/**
 * The preview in Chromium: the course plays against scorm-again inside the
 * inspector page, the inspector shows what the LMS received, its controls
 * work by keyboard, and a save relaunches the learner where they were.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
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
    // The cover; opening it already marks the course incomplete.
    await expect.poll(() => frame.locator('h1').innerText()).toBe('Fixture course for Testville');
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

/**
 * xAPI and cmi5 in the preview: the course talks to the preview's LRS, and
 * the inspector lists each statement as it arrives, the status an LMS would
 * derive and the State documents; a save relaunches the same registration.
 */
for (const format of ['xapi', 'cmi5'] as const) {
  describe.skipIf(skipBrowser)(`cease preview --format ${format} in a browser`, () => {
    const scratch = scratchDir();
    let course: string;
    let preview: RunningCli & { url: string };
    let browser: Browser;
    let page: Page;
    const model = (label: string) => page.locator(`#model dt:text-is("${label}") + dd`);
    const statements = () => page.locator('#statements').innerText();
    const frame = () => page.frameLocator('#course');

    beforeAll(async () => {
      course = copyFixture('minimal', scratch.dir);
      preview = await startPreviewCli(course, ['--format', format]);
      browser = await launchBrowser();
      page = await browser.newPage();
      await page.goto(preview.url);
    });
    afterAll(async () => {
      await browser?.close();
      await preview?.stop('SIGKILL');
      scratch.cleanup();
    });

    it('shows the initialized statement, the derived status and the State documents', async () => {
      await expect.poll(statements).toMatch(/launch 1 \(new learner\)[\s\S]*initialized Fixture course for Testville/);
      await frame().locator('#cease-start').click();
      await expect.poll(() => frame().locator('h1').innerText()).toBe('The basics');
      await expect.poll(() => model('Completion').innerText()).toBe('incomplete');
      await expect.poll(() => model('Registration').innerText()).toMatch(/^[0-9a-f-]{36}$/);
      if (format === 'cmi5') {
        expect(await model('Move on').innerText()).toBe('CompletedAndPassed');
        await expect.poll(() => page.locator('#documents').innerText()).toMatch(/LMS\.LaunchData\s+\d+ bytes/);
      }
      expect(await page.locator('#inspector-heading').innerText()).toBe('What the LRS receives');
    });

    it('shows the answered statement of a knowledge check, its JSON unfolding from the keyboard', async () => {
      for (const heading of ['Spotting the signs', 'Check yourself']) {
        await frame().locator('#cease-next').click();
        await expect.poll(() => frame().locator('h1').innerText()).toBe(heading);
      }
      await frame().getByLabel('True').check();
      await frame().getByRole('button', { name: 'Check answer' }).click();
      const answered = page.locator('#statements li', { hasText: 'answered' });
      await expect.poll(() => answered.count()).toBe(1);
      expect(await answered.innerText()).toContain('response "true", success');
      await answered.locator('summary').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => answered.locator('pre').isVisible()).toBe(true);
      const json = JSON.parse(await answered.locator('pre').innerText()) as { object: { id: string }; context: { registration: string } };
      expect(json.object.id).toMatch(/\/questions\/kc-any-community$/);
      expect(json.context.registration).toBe(await model('Registration').innerText());
      await expect.poll(() => page.locator('#documents').innerText()).toMatch(/https:\/\/cease\.invalid\/state\/progress\s+\d+ bytes/);

      // Later statements are added below it: the one being read stays where it is, open.
      await answered.evaluate((item) => item.setAttribute('data-read', 'yes'));
      await frame().locator('#cease-next').click();
      await expect.poll(statements).toMatch(/experienced Who to call/);
      expect(await page.locator('#statements li[data-read="yes"] pre').isVisible()).toBe(true);
    });

    it('has an accessible inspector: no axe violations with a statement unfolded', async () => {
      expect(await axeViolations(page.mainFrame(), `${format} inspector`)).toEqual([]);
    });

    it('relaunches the same registration after a save, back on the bookmarked screen', async () => {
      const registration = await model('Registration').innerText();
      appendFileSync(join(course, '02-final.md'), '\nGood luck.\n');
      await expect.poll(statements, { timeout: 20_000 }).toMatch(/terminated[\s\S]*launch 2 \(resume\)[\s\S]*initialized/);
      await expect.poll(() => frame().locator('#cease-start').innerText()).toBe('Continue where you left off: The basics');
      await frame().locator('#cease-start').click();
      await expect.poll(() => frame().locator('h1').innerText()).toBe('Who to call');
      expect(await model('Registration').innerText()).toBe(registration);
      if (format === 'cmi5') await expect.poll(() => model('Launch').innerText()).toMatch(/^2, session [0-9a-f-]{36}$/);
    });

    it('shows the diagnostics in the course frame while a save breaks the course, and relaunches on the fix', async () => {
      const lesson = join(course, '01-basics.md');
      const good = readFileSync(lesson, 'utf8');
      writeFileSync(lesson, good.replace(':::question{#kc-any-community}', ':::question'));
      await expect.poll(() => frame().locator('h1').innerText(), { timeout: 20_000 }).toBe('The course has 1 error');
      writeFileSync(lesson, good);
      await expect.poll(statements, { timeout: 20_000 }).toMatch(/launch 3 \(resume\)[\s\S]*initialized/);
      await expect.poll(() => frame().locator('#cease-start').innerText()).toBe('Continue where you left off: The basics');
      await frame().locator('#cease-start').click();
      await expect.poll(() => frame().locator('h1').innerText()).toBe('Who to call');
    });

    it('resets the learner: a new registration from the start', async () => {
      const registration = await model('Registration').innerText();
      await page.locator('#reset').press('Enter');
      await expect.poll(() => model('Registration').innerText()).not.toBe(registration);
      await expect.poll(statements).toMatch(/^— launch 1 \(new learner\) —\n[\s\S]*initialized/);
      await frame().locator('#cease-start').click();
      await expect.poll(() => frame().locator('h1').innerText()).toBe('The basics');
    });
  });
}
