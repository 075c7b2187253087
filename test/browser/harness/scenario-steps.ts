/**
 * Walks a branching scenario as a learner does, by mouse or by keyboard
 * alone: pick a choice, press Decide, read the consequence, go on.
 */
import type { BrowserLearner } from './learner.js';

/** The heading focus is on, or '' when focus is elsewhere. */
export function focusedHeading(learner: BrowserLearner): Promise<string> {
  return learner.frame.evaluate(() => (document.activeElement?.tagName === 'H2' ? document.activeElement.textContent ?? '' : ''));
}

/** Picks a choice of a decision and presses Decide; returns the heading focus moved to. */
export async function decide(learner: BrowserLearner, decisionId: string, choice: string): Promise<string> {
  await learner.choose(decisionId, [choice]);
  await learner.activate('.scenario-decision button');
  return focusedHeading(learner);
}

/** Leaves a consequence for the next decision or the end; returns the heading focus moved to. */
export async function goOn(learner: BrowserLearner): Promise<string> {
  await learner.activate('.scenario-consequence button');
  return focusedHeading(learner);
}
