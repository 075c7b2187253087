/** Whole journeys through the sample course, shared by the mouse and keyboard tests. */
import { expect } from 'vitest';
import type { BrowserLearner } from './learner.js';
import type { LmsSession } from './lms-session.js';

/** The decisions a learner meets who takes the best choice at each, scenario by scenario. */
function bestPaths(learner: BrowserLearner): string[] {
  return (learner.course.scenarios ?? []).flatMap((scenario) => {
    const met: string[] = [];
    for (let index = 0; index >= 0 && met.length < scenario.decisions.length; ) {
      const decision = scenario.decisions[index];
      if (!decision) break;
      met.push(decision.id);
      index = decision.choices.find((choice) => choice.rating === 'best')?.next ?? -1;
    }
    return met;
  });
}

/**
 * Fails the first attempt, retries and passes, then exits, checking what the
 * LMS stored at each step. The learner decides mouse or keyboard.
 */
export async function failRetryPass(lms: LmsSession, learner: BrowserLearner, onPage?: Parameters<BrowserLearner['toResult']>[1]): Promise<void> {
  await learner.toResult(() => false, onPage);
  expect(await learner.frame.locator('#cease-main').innerText()).toContain('You did not pass this time.');
  expect(await learner.frame.locator('#cease-nav-hint').innerText()).toBe('This is the last screen.');
  // Commits are throttled (at most one per 2 s), so the LMS has it within seconds.
  await expect.poll(() => lms.value('cmi.core.lesson_status'), { timeout: 5000 }).toBe('failed');
  expect(await lms.value('cmi.core.score.raw')).toBe('0');

  await learner.next('#cease-main .result button');
  expect(await learner.heading()).toBe('Question 1 of 10');
  await learner.toResult(() => true);
  expect(await learner.frame.locator('#cease-main').innerText()).toContain('You passed.');
  expect(await learner.frame.locator('#cease-nav-hint').innerText()).toBe('You have completed this course. You can exit now.');
  await learner.activate('#cease-exit');
  expect(await learner.heading()).toBe('You have left the course');

  expect(await lms.value('cmi.core.lesson_status')).toBe('passed');
  expect(await lms.value('cmi.core.score.raw')).toBe('100');
  expect(await lms.value('cmi.core.exit')).toBe('');
  const interactions = await lms.interactions();
  const graded = interactions.filter((i) => i.weighting === '1');
  expect(graded).toHaveLength(20);
  expect(graded.slice(0, 10).every((i) => i.result === 'wrong')).toBe(true);
  expect(graded.slice(10).every((i) => i.result === 'correct')).toBe(true);
  // Knowledge checks are journaled once each, in course order, with weight 0.
  const checks = learner.course.questions.filter((q) => !q.graded).map((q) => q.id);
  const practice = interactions.filter((i) => i.weighting === '0');
  expect(practice.filter((i) => checks.includes(i.id as string)).map((i) => i.id)).toEqual(checks);
  // So is each decision of the practice scenarios the walk played by their best choices: correct, in order.
  expect(practice.filter((i) => !checks.includes(i.id as string)).map((i) => [i.id, i.type, i.result])).toEqual(bestPaths(learner).map((id) => [id, 'choice', 'correct']));
  expect(learner.arrivals.filter((arrival) => !arrival.focusOnHeading)).toEqual([]);
}

