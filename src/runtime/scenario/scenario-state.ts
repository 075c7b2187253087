import type { ScenarioProgress } from './scenario-progress.js';

/** What the resume data must match: whether the scenario is graded, and where each decision's choices lead (-1: the end). */
export interface ScenarioShape {
  graded: boolean;
  next: number[][];
}

/**
 * The scenarios' part of the resume data, after the knowledge checks (a
 * state without it, written before scenarios existed, reads as none):
 *
 *   count, then per scenario with progress: scenario index minus the
 *     previous one, flags (1 = at a consequence, 2 = restarted), the picks
 *     (count, each choice index), the first choices (count, each index + 1)
 */
export function writeScenarios(number: (value: number) => void, scenarios: [number, ScenarioProgress][]): void {
  number(scenarios.length);
  let previous = 0;
  for (const [index, progress] of scenarios) {
    number(index - previous);
    number((progress.atConsequence ? 1 : 0) | (progress.restarted ? 2 : 0));
    for (const list of [progress.picks, progress.first]) {
      number(list.length);
      list.forEach((value) => number(value));
    }
    previous = index;
  }
}

/** Reads what writeScenarios wrote; null when it does not fit the course's scenarios. */
export function readScenarios(
  reader: { number(): number; list(): number[]; done(): boolean },
  shapes: readonly ScenarioShape[],
): Map<number, ScenarioProgress> | null {
  const scenarios = new Map<number, ScenarioProgress>();
  if (reader.done()) return scenarios;
  let index = 0;
  for (let count = reader.number(); count > 0; count--) {
    index += reader.number();
    const flags = reader.number();
    const picks = reader.list();
    const first = reader.list();
    const shape = shapes[index];
    if (!shape || !fits(shape, picks, first)) return null;
    scenarios.set(index, { picks, first, atConsequence: (flags & 1) !== 0, restarted: (flags & 2) !== 0, graded: shape.graded });
  }
  return scenarios;
}

/**
 * The first choices match the scenario's decisions and the picks stay within
 * its choices; a path a changed course no longer has shows its first
 * decision again (scenario-progress follows picks defensively).
 */
function fits(shape: ScenarioShape, picks: number[], first: number[]): boolean {
  const most = Math.max(...shape.next.map((choices) => choices.length));
  return first.length === shape.next.length && picks.length <= first.length && [...picks, ...first].every((pick) => pick <= most);
}
