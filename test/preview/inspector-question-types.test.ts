/**
 * The preview inspector shows the new question types as the platform
 * receives them: the SCORM 1.2 interactions table with the response and
 * the correct patterns, and the xAPI answered statement with its
 * interaction type and patterns. One Chromium for both previews.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, skipBrowser } from '../browser/harness/browser.js';
import { copyFixture, scratchDir } from '../helpers/cli.js';
import { startPreviewCli, type RunningCli } from './preview-process.js';

/** Opens the course, saves the required survey, then matches every situation right and checks it. */
async function answerMatching(frame: FrameLocator): Promise<void> {
  // Past the cover: Next leads where its start button does.
  await expect.poll(() => frame.locator('h1').innerText()).toBe('Every question type');
  await frame.locator('#cease-next').click();
  await expect.poll(() => frame.locator('h1').innerText()).toBe('Before you start');
  await frame.getByLabel('Somewhat confident').check();
  await frame.getByRole('button', { name: 'Save answer' }).click();
  await frame.locator('#cease-next').click();
  await expect.poll(() => frame.locator('h1').innerText()).toBe('Who to call');
  for (const [item, answer] of [['Someone is in immediate danger', '911'], ['You have a tip about possible trafficking', 'The hotline'], ['You have a question about city policy', 'Your supervisor']]) {
    await frame.getByLabel(item as string).selectOption({ label: answer as string });
  }
  await frame.getByRole('button', { name: 'Check answer' }).click();
}

describe.skipIf(skipBrowser)('the preview inspector with every question type', () => {
  const scratch = scratchDir();
  const previews: (RunningCli & { url: string })[] = [];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    for (const preview of previews) await preview.stop('SIGKILL');
    scratch.cleanup();
  });

  it('SCORM 1.2: the interactions table lists the survey and the matching with type, response, correct pattern, result and weight', async () => {
    const preview = await startPreviewCli(copyFixture('question-types', `${scratch.dir}/scorm12`));
    previews.push(preview);
    await page.goto(preview.url);
    await answerMatching(page.frameLocator('#course'));
    const rows = () => page.locator('#interactions tbody tr').evaluateAll((list) => list.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)));
    await expect.poll(rows).toEqual([
      ['0', 'confidence-before', 'likert', '3', '', 'neutral', '0'],
      ['1', 'who-to-call', 'matching', '1.a,2.b,3.c', '1.a,2.b,3.c', 'correct', '0'],
    ]);
  });

  it('xAPI: the answered statement shows its interaction type, correct pattern and response as the LRS received them', async () => {
    const preview = await startPreviewCli(copyFixture('question-types', `${scratch.dir}/xapi`), ['--format', 'xapi']);
    previews.push(preview);
    await page.goto(preview.url);
    await answerMatching(page.frameLocator('#course'));
    const answered = page.locator('#statements li', { hasText: 'answered' });
    await expect.poll(() => answered.count()).toBe(2);
    expect(await answered.nth(0).innerText()).toContain('(likert) → response "3"');
    expect(await answered.nth(1).innerText()).toContain('(matching, correct "1[.]a[,]2[.]b[,]3[.]c") → response "1[.]a[,]2[.]b[,]3[.]c", success');
  });
});
