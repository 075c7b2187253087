import type { Scenario } from '../model/scenario.js';
import type { ScenarioProgress } from '../runtime/scenario/scenario-progress.js';

/**
 * The most resume data each scenario can need: a path through every
 * decision (the player takes a path back when it meets a decision again, so
 * it never holds more), each pick and first choice the largest the scenario
 * has, and both flags set.
 */
export function largestScenarioProgress(scenarios: readonly Scenario[]): Map<number, ScenarioProgress> {
  return new Map(scenarios.map((scenario, index) => {
    const largest = Math.max(...scenario.decisions.map((decision) => decision.choices.length));
    return [index, {
      picks: scenario.decisions.map(() => largest - 1),
      first: scenario.decisions.map(() => largest),
      atConsequence: true,
      restarted: true,
      graded: scenario.graded,
    }];
  }));
}
