import type { BrowserContext } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { BrowserLearner } from './harness/learner.js';
import { LmsSession } from './harness/lms-session.js';

const shared = browserAndLms({ sample: 'courses/cease-municipal' });
let context: BrowserContext;
beforeEach(async () => {
  context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterEach(async () => {
  await context?.close();
});

async function openEntry(learner: BrowserLearner, title: string): Promise<void> {
  await learner.frame.getByRole('link', { name: title, exact: true }).click();
  expect(await learner.heading()).toBe(title === 'Question 5' ? 'Question 5 of 10' : title);
}

/** The LMS takes the course frame away, as when the learner closes the course window. */
async function closeCourseFrame(lms: LmsSession): Promise<void> {
  await lms.page.evaluate(() => ((document.getElementById('course') as HTMLIFrameElement).src = '/blank.html'));
  // exit = suspend is committed early (so an abrupt end still resumes); LMSFinish marks the end of the session.
  await expect.poll(async () => (await lms.calls('LMSFinish')).length, { timeout: 5000 }).toBe(1);
  expect(await lms.value('cmi.core.exit')).toBe('suspend');
}

describe.skipIf(skipBrowser)('leaving halfway and coming back, in Chromium', () => {
  test('the relaunch (entry resume) opens on the bookmarked question with every earlier answer kept', async () => {
    const first = await LmsSession.launch(shared.server, context, 'sample');
    const learner = await BrowserLearner.on(first.page, first.course());
    await openEntry(learner, 'Check: something of value');
    const [checkId] = await learner.questionIds();
    const wrongCheck = learner.answerFor(checkId as string, false);
    await learner.answerChecks(false);
    await openEntry(learner, 'Final check');
    const given: { id: string; answer: string[] }[] = [];
    for (let slot = 0; slot < 4; slot++) {
      await learner.next();
      const [id] = await learner.questionIds();
      given.push({ id: id as string, answer: learner.answerFor(id as string, true) });
      await learner.submitAnswer(true);
    }
    await learner.next();
    expect(await learner.heading()).toBe('Question 5 of 10');
    await closeCourseFrame(first);
    expect(await first.value('cmi.core.lesson_location')).toBe('m8q5');
    expect(await first.value('cmi.core.lesson_status')).toBe('incomplete');

    const resume = await first.resumeData();
    expect(resume).toMatchObject({ core: { entry: 'resume', lesson_location: 'm8q5' } });
    const second = await LmsSession.launch(shared.server, context, 'sample', { cmi: resume });
    const back = await BrowserLearner.on(second.page, second.course());
    expect(await back.heading()).toBe('Question 5 of 10');
    const fifth = (await back.questionIds())[0] as string;

    // Question 4: the submitted answer, locked.
    await back.activate('#cease-prev');
    expect(await back.heading()).toBe('Question 4 of 10');
    const fourth = given[3] as { id: string; answer: string[] };
    expect(await back.questionIds()).toEqual([fourth.id]);
    const inputs = back.frame.locator(`fieldset[data-question="${fourth.id}"] input`);
    expect(await inputs.evaluateAll((list) => list.filter((i) => (i as HTMLInputElement).checked).map((i) => (i as HTMLInputElement).value).sort())).toEqual(fourth.answer);
    expect(await inputs.evaluateAll((list) => list.every((i) => (i as HTMLInputElement).disabled))).toBe(true);

    // The knowledge check: the wrong answer and its feedback, as left.
    await openEntry(back, 'Check: something of value');
    const checked = back.frame.locator(`fieldset[data-question="${checkId}"] input:checked`);
    expect(await checked.evaluateAll((list) => list.map((i) => (i as HTMLInputElement).value).sort())).toEqual(wrongCheck);
    expect(await back.feedback(checkId as string)).toContain('Not quite');

    // The same draw goes on: question 5 is the one shown before leaving.
    await openEntry(back, 'Question 5');
    expect(await back.questionIds()).toEqual([fifth]);
    await back.toResult(() => true);
    expect(await back.frame.locator('#cease-main').innerText()).toContain('Your score: 100%');
    await back.activate('#cease-exit');
    expect(await second.value('cmi.core.lesson_status')).toBe('passed');
    const graded = (await second.interactions()).filter((i) => i.weighting === '1');
    expect(graded.map((i) => i.id)).toHaveLength(10);
    expect(new Set(graded.map((i) => i.id)).size).toBe(10);
  });
});
