/**
 * The learner's record in a real browser: a SCORM 1.2 LMS (scorm-again in
 * the LMS window) whose data cannot be read or that refuses to start, and a
 * cmi5 LMS whose window is really reloaded after its session ended.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Cmi5Registration } from '../helpers/cmi5-registration.js';
import { TestLrs } from '../helpers/lrs.js';
import { axeViolations } from './harness/audit.js';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { BrowserLearner } from './harness/learner.js';
import { LmsSession, type LaunchOptions } from './harness/lms-session.js';

const shared = browserAndLms({ sample: 'courses/cease-municipal' });

async function launchIn(context: BrowserContext, options: LaunchOptions = {}) {
  const lms = await LmsSession.launch(shared.server, context, 'sample', options);
  return { lms, learner: await BrowserLearner.on(lms.page, lms.course()) };
}

const notices = (learner: BrowserLearner) => learner.frame.locator('#cease-notices').innerText();

describe.skipIf(skipBrowser).concurrent('the SCORM 1.2 record in Chromium', () => {
  test('what the LMS holds cannot be read after LMSInitialize: a pass is never written over', async ({ expect }) => {
    const context = await shared.browser.newContext();
    const held = { core: { entry: 'resume', lesson_status: 'passed', lesson_location: 'm2s1', score: { raw: '90', min: '0', max: '100' } }, suspend_data: '' };
    const { lms, learner } = await launchIn(context, { cmi: held, failGetValue: 'error' });
    expect(await notices(learner)).toBe(learner.course.strings.lmsUnreachableNotice);
    await learner.next();
    await lms.page.evaluate(() => ((document.getElementById('course') as HTMLIFrameElement).src = '/blank.html'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await lms.calls('LMSSetValue')).toEqual([]);
    expect(await lms.calls('LMSCommit')).toEqual([]);
    expect(await lms.calls('LMSFinish')).toEqual([]);
    await context.close();
  });

  test('progress made while LMSInitialize was refused is delivered by the next launch once the learner claims it', async ({ expect }) => {
    const context = await shared.browser.newContext();
    const offline = await launchIn(context, { failInitialize: true });
    expect(await notices(offline.learner)).toBe(offline.learner.course.strings.lmsUnreachableNotice);
    for (let i = 0; i < 3; i++) await offline.learner.next();
    await offline.learner.answerChecks(true);
    const reached = await offline.learner.heading();
    await offline.lms.page.evaluate(() => ((document.getElementById('course') as HTMLIFrameElement).src = '/blank.html'));

    const online = await launchIn(context, { page: offline.lms.page });
    const strings = online.learner.course.strings;
    expect(await online.learner.heading()).toBe(strings.claimTitle);
    expect(await axeViolations(online.learner.frame, 'the question whether kept progress is yours')).toEqual([]);
    await online.learner.click(`#cease-main button:text-is("${strings.claimYes}")`);
    await expect.poll(() => online.learner.heading()).toBe(reached);
    await expect.poll(() => online.lms.value('cmi.core.lesson_location'), { timeout: 5000 }).toBe('m1s4');
    expect(await online.lms.value('cmi.suspend_data')).not.toBe('');
    expect(await notices(online.learner)).toBe('');
    await context.close();
  });
});

describe.skipIf(skipBrowser)('the cmi5 record in Chromium', () => {
  const lrs = new TestLrs();
  const lms = new Cmi5Registration(lrs, { objectType: 'Agent', account: { homePage: 'https://lms.test', name: 'learner-3' }, name: 'Ana Ruiz' });
  let page: Page;

  beforeAll(async () => {
    await lrs.start();
    const { builtPackage } = await import('./harness/built-course.js');
    shared.server.addPackage('cmi5', await builtPackage('test/fixtures/minimal', '--format', 'cmi5'));
  });
  afterAll(() => lrs.stop());

  const launchUrl = () => `${shared.server.origin}/course/cmi5/index.html?${new URLSearchParams(lms.launch()).toString()}`;

  test('a reload after the session ended says at once that the window no longer records; the next launch records the pass once', async () => {
    page = await shared.browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(launchUrl());
    const learner = await BrowserLearner.on(page, page.mainFrame());
    await learner.next();
    await learner.next();
    const bookmark = await learner.heading();

    // A real reload: pagehide sends terminated, the same URL loads again.
    await page.reload();
    await page.waitForSelector('#cease-main h1');
    const strings = learner.course.strings;
    expect(await page.locator('#cease-main h1').innerText()).toBe(strings.sessionEndedTitle);
    expect(await page.locator('#cease-main').innerText()).toContain(strings.sessionEndedBody);
    expect(await page.locator('#cease-next').isVisible()).toBe(false);
    expect(await axeViolations(page.mainFrame(), 'the window that no longer records')).toEqual([]);
    await expect.poll(() => lrs.verbs().filter((verb) => verb === 'terminated').length, { timeout: 5000 }).toBe(1);
    const before = lrs.statements.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(lrs.statements.length).toBe(before);

    // Opened again from the LMS: a new session, on the bookmark, and the pass recorded.
    await page.goto(launchUrl());
    const again = await BrowserLearner.on(page, page.mainFrame());
    expect(await again.heading()).toBe(bookmark);
    await again.toResult(() => true);
    await again.click('#cease-exit');
    await expect.poll(() => lrs.verbs().filter((verb) => verb === 'terminated').length, { timeout: 10000 }).toBe(2);
    expect(lrs.verbs().filter((verb) => verb === 'passed')).toHaveLength(1);
    expect(lrs.verbs().filter((verb) => verb === 'completed')).toHaveLength(1);
    expect(lrs.refusals).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
