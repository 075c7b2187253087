import { SCENARIO_END, type Rating, type Scenario, type ScenarioChoice } from '../../model/scenario.js';
import type { InteractionRecord } from '../transport/transport.js';

/** One learner's way through one scenario, as the resume data keeps it. */
export interface ScenarioProgress {
  /** Choice index made at each decision on the path, in order; the decisions follow from the choices. */
  picks: number[];
  /** The last choice's consequence is on screen; false once the learner went on. */
  atConsequence: boolean;
  /** A practice scenario the learner started again: later runs are practice only, never recorded. */
  restarted: boolean;
  /** Per decision, the first choice made in this run or assessment attempt: choice index + 1, 0 when not reached. */
  first: number[];
  /** Graded (inside the assessment); not stored, it comes from the course. */
  graded: boolean;
}

/** Where the learner is: at a decision, looking at a choice's consequence, or at the end. */
export type ScenarioStage =
  | { kind: 'decision'; decision: number }
  | { kind: 'consequence'; decision: number; choice: ScenarioChoice }
  | { kind: 'end' };

/** How each rating is recorded: acceptable is neither right nor wrong. */
const RESULT: Record<Rating, InteractionRecord['result']> = { best: 'correct', acceptable: 'neutral', harmful: 'incorrect' };

/** Credit per rating: the share of a point a decision earns toward the assessment score. */
const CREDIT: Record<Rating, number> = { best: 1, acceptable: 0.5, harmful: 0 };

export function newProgress(scenario: Scenario): ScenarioProgress {
  return { picks: [], atConsequence: false, restarted: false, first: scenario.decisions.map(() => 0), graded: scenario.graded };
}

/** The decisions the picks went through, in order (the last pick's decision last). */
export function pathOf(scenario: Scenario, picks: readonly number[]): number[] {
  const path: number[] = [];
  let decision = 0;
  for (const pick of picks) {
    path.push(decision);
    decision = scenario.decisions[decision]?.choices[pick]?.next ?? SCENARIO_END;
  }
  return path;
}

export function stageOf(scenario: Scenario, progress: ScenarioProgress): ScenarioStage {
  const { last, choice } = lastChoice(scenario, progress);
  if (last === undefined || !choice) return { kind: 'decision', decision: 0 };
  if (progress.atConsequence) return { kind: 'consequence', decision: last, choice };
  return choice.next === SCENARIO_END ? { kind: 'end' } : { kind: 'decision', decision: choice.next };
}

/** The learner made a choice: the answer to record with the platform, when this one counts. */
export function choose(scenario: Scenario, progress: ScenarioProgress, pick: number, latencyMs: number, now: number): InteractionRecord | null {
  const stage = stageOf(scenario, progress);
  if (stage.kind !== 'decision') return null;
  const decision = scenario.decisions[stage.decision];
  const choice = decision?.choices[pick];
  if (!decision || !choice) return null;
  progress.picks.push(pick);
  progress.atConsequence = true;
  // Only the first choice at each decision counts: going round again is practice.
  const firstHere = progress.first[stage.decision] === 0;
  if (firstHere) progress.first[stage.decision] = pick + 1;
  if (!firstHere || progress.restarted) return null;
  const best = decision.choices.filter((each) => each.rating === 'best').map((each) => each.id);
  return {
    id: decision.id,
    type: 'choice',
    description: decision.promptText,
    response: [choice.id],
    correct: best,
    result: RESULT[choice.rating],
    weighting: scenario.graded ? 1 : 0,
    latencyMs: Math.max(0, latencyMs),
    timestamp: now,
    choices: decision.choices.map(({ id, text }) => ({ id, text })),
  };
}

/**
 * The learner read the consequence and goes on. A choice that leads back to
 * a decision already on the path takes the path back to it, so the path
 * never holds a decision twice and the resume data stays bounded.
 */
export function goOn(scenario: Scenario, progress: ScenarioProgress): void {
  if (!progress.atConsequence) return;
  progress.atConsequence = false;
  const next = stageOf(scenario, progress);
  if (next.kind !== 'decision') return;
  const earlier = pathOf(scenario, progress.picks).indexOf(next.decision);
  if (earlier >= 0) progress.picks.splice(earlier);
}

/** Starts a practice scenario again; its answers were recorded the first time. */
export function restart(scenario: Scenario, progress: ScenarioProgress): void {
  Object.assign(progress, newProgress(scenario), { restarted: progress.restarted || progress.picks.length > 0 });
}

/** A choice that leads to the end has been made. */
export function isFinished(scenario: Scenario, progress: ScenarioProgress): boolean {
  return lastChoice(scenario, progress).choice?.next === SCENARIO_END;
}

/** The decision of the latest pick and the choice made there; both undefined before the first pick. */
function lastChoice(scenario: Scenario, progress: ScenarioProgress): { last: number | undefined; choice: ScenarioChoice | undefined } {
  const path = pathOf(scenario, progress.picks);
  const last = path[path.length - 1];
  const pick = progress.picks[progress.picks.length - 1];
  return { last, choice: last === undefined || pick === undefined ? undefined : scenario.decisions[last]?.choices[pick] };
}

/** 0–1: the mean credit of the first choice at each decision reached (best 1, acceptable ½, harmful 0). */
export function creditOf(scenario: Scenario, progress: ScenarioProgress): number {
  const ratings = progress.first.flatMap((pick, decision) => (pick > 0 ? [scenario.decisions[decision]?.choices[pick - 1]?.rating ?? 'harmful'] : []));
  return ratings.length === 0 ? 0 : ratings.reduce((sum, rating) => sum + CREDIT[rating], 0) / ratings.length;
}
