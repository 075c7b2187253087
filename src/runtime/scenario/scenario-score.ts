import type { Scenario } from '../../model/scenario.js';
import { creditOf, isFinished, type ScenarioProgress } from './scenario-progress.js';

/**
 * The assessment score with graded scenarios: each scenario counts as one
 * item worth its credit (0–1), beside the drawn questions worth 1 each.
 * `questionScore` is the questions' own score (0–100, two decimals), so the
 * number answered right is recovered exactly by rounding.
 */
export function scoreWithScenarios(questionScore: number, drawn: number, credits: readonly number[]): number {
  if (credits.length === 0) return questionScore;
  const right = Math.round((questionScore * drawn) / 100);
  const earned = right + credits.reduce((sum, credit) => sum + credit, 0);
  return Math.round((earned * 10000) / (drawn + credits.length)) / 100;
}

/** Graded scenarios with their progress, in course order. */
export function gradedScenarios(scenarios: readonly Scenario[], progressOf: (scenario: Scenario) => ScenarioProgress): { scenario: Scenario; progress: ScenarioProgress }[] {
  return scenarios.filter((scenario) => scenario.graded).map((scenario) => ({ scenario, progress: progressOf(scenario) }));
}

/** Every graded scenario has been played to its end in this attempt. */
export function gradedFinished(graded: readonly { scenario: Scenario; progress: ScenarioProgress }[]): boolean {
  return graded.every(({ scenario, progress }) => isFinished(scenario, progress));
}

export { creditOf };
