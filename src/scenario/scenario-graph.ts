import type { CourseDraft, LessonDraft } from '../model/draft.js';
import { SCENARIO_END, type ScenarioChoiceDraft, type ScenarioDraft } from '../model/scenario.js';
import { isEndTarget, targetKey } from './parse-scenario.js';

/** Where a choice leads: a decision index, SCENARIO_END, or null when its target names nothing. */
export function choiceTarget(scenario: ScenarioDraft, choice: ScenarioChoiceDraft): number | null {
  if (choice.target === null) return null;
  if (isEndTarget(choice.target)) return SCENARIO_END;
  const key = targetKey(choice.target);
  const index = scenario.decisions.findIndex((decision) => targetKey(decision.title) === key);
  return index >= 0 ? index : null;
}

/** Some choice leads to `→ End`. */
export function hasEnd(scenario: ScenarioDraft): boolean {
  return scenario.decisions.some((decision) => decision.choices.some((choice) => choiceTarget(scenario, choice) === SCENARIO_END));
}

/** Decision indexes each decision's choices lead to (ends and unknown targets left out). */
function edges(scenario: ScenarioDraft): number[][] {
  return scenario.decisions.map((decision) =>
    decision.choices.map((choice) => choiceTarget(scenario, choice)).filter((next): next is number => next !== null && next >= 0),
  );
}

/** Decisions the learner can reach from the first one. */
export function reachableDecisions(scenario: ScenarioDraft): Set<number> {
  return reachedFrom(edges(scenario), scenario.decisions.length > 0 ? [0] : []);
}

/** Every decision some sequence of choices leads to from `starts` (the starts included). */
function reachedFrom(next: number[][], starts: number[]): Set<number> {
  const seen = new Set<number>();
  const stack = [...starts];
  while (stack.length > 0) {
    const index = stack.pop() as number;
    if (seen.has(index)) continue;
    seen.add(index);
    stack.push(...(next[index] ?? []));
  }
  return seen;
}

/** Decisions from which some sequence of choices reaches the end. */
export function decisionsWithAWayOut(scenario: ScenarioDraft): Set<number> {
  const next = edges(scenario);
  const out = new Set<number>();
  scenario.decisions.forEach((decision, index) => {
    if (decision.choices.some((choice) => choiceTarget(scenario, choice) === SCENARIO_END)) out.add(index);
  });
  // Grows until stable: a decision with a choice into the set is in it.
  for (let grew = true; grew; ) {
    grew = false;
    next.forEach((targets, index) => {
      if (out.has(index) || !targets.some((target) => out.has(target))) return;
      out.add(index);
      grew = true;
    });
  }
  return out;
}

/**
 * Groups of reachable decisions that lead only among themselves and never
 * to the end: a learner who enters one goes round for ever. Each group is
 * listed once, by its decisions in source order.
 */
export function trappingCycles(scenario: ScenarioDraft): number[][] {
  const next = edges(scenario);
  const reachable = reachableDecisions(scenario);
  const out = decisionsWithAWayOut(scenario);
  const trapped = [...reachable].filter((index) => !out.has(index)).sort((a, b) => a - b);
  // Where one or more choices lead from a decision: it is on a cycle when it reaches itself.
  const reaches = (from: number) => reachedFrom(next, next[from] ?? []);
  const groups: number[][] = [];
  const grouped = new Set<number>();
  for (const index of trapped) {
    if (grouped.has(index)) continue;
    const fromHere = reaches(index);
    if (!fromHere.has(index)) continue;
    const group = trapped.filter((other) => other === index || (fromHere.has(other) && reaches(other).has(index)));
    group.forEach((member) => grouped.add(member));
    groups.push(group);
  }
  return groups;
}

/** Every scenario of the course with its lesson, in course order. */
export function scenariosOf(draft: CourseDraft): { lesson: LessonDraft; scenario: ScenarioDraft }[] {
  return draft.lessons.flatMap((lesson) => (lesson.scenarios ?? []).map((scenario) => ({ lesson, scenario })));
}

/** `Scenario "plow-driver"` or `This scenario`, for messages. */
export function scenarioName(scenario: ScenarioDraft): string {
  return scenario.id ? `Scenario "${scenario.id}"` : 'This scenario';
}
