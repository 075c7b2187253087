import { describe, expect, test } from 'vitest';
import type { Rating, Scenario } from '../../../src/model/scenario.js';
import { decodeState, emptyState, encodeState } from '../../../src/runtime/core/progress-state.js';
import { choose, creditOf, goOn, isFinished, newProgress, restart, stageOf } from '../../../src/runtime/scenario/scenario-progress.js';
import { scoreWithScenarios } from '../../../src/runtime/scenario/scenario-score.js';

/** Two decisions; "b" at the second leads back to the first (a loop with a way out). */
function scenario(graded: boolean): Scenario {
  const choice = (id: string, rating: Rating, next: number) => ({ id, html: id, text: `choice ${id}`, rating, feedbackHtml: `<p>${rating}</p>`, next });
  return {
    id: 'desk',
    graded,
    introHtml: '<p>Intro</p>',
    decisions: [
      { id: 'desk-1', title: 'A visitor', promptHtml: '', promptText: 'A visitor', choices: [choice('a', 'best', 1), choice('b', 'harmful', 1), choice('c', 'acceptable', -1)] },
      { id: 'desk-2', title: 'Later', promptHtml: '', promptText: 'Later', choices: [choice('a', 'best', -1), choice('b', 'harmful', 0)] },
    ],
  };
}

const shapeOf = (s: Scenario) => ({ screens: 1, questions: 0, pool: 0, draw: 0, scenarios: [{ graded: s.graded, next: s.decisions.map((d) => d.choices.map((c) => c.next)) }] });

describe('a learner\'s way through a scenario', () => {
  test('each choice shows its consequence, then the next decision, then the end; only first choices are recorded', () => {
    const s = scenario(false);
    const progress = newProgress(s);
    expect(stageOf(s, progress)).toEqual({ kind: 'decision', decision: 0 });
    const first = choose(s, progress, 1, 1500, 1000);
    expect(first).toMatchObject({ id: 'desk-1', type: 'choice', response: ['b'], correct: ['a'], result: 'incorrect', weighting: 0, latencyMs: 1500, description: 'A visitor' });
    expect(first?.choices).toEqual([{ id: 'a', text: 'choice a' }, { id: 'b', text: 'choice b' }, { id: 'c', text: 'choice c' }]);
    expect(stageOf(s, progress)).toMatchObject({ kind: 'consequence', decision: 0, choice: { id: 'b' } });
    goOn(s, progress);
    expect(stageOf(s, progress)).toEqual({ kind: 'decision', decision: 1 });
    // Back to the first decision: the path goes back to it, and it is not recorded again.
    expect(choose(s, progress, 1, 0, 0)).toMatchObject({ id: 'desk-2', result: 'incorrect' });
    goOn(s, progress);
    expect(progress.picks).toEqual([]);
    expect(stageOf(s, progress)).toEqual({ kind: 'decision', decision: 0 });
    expect(choose(s, progress, 2, 0, 0)).toBeNull();
    goOn(s, progress);
    expect(stageOf(s, progress)).toEqual({ kind: 'end' });
    expect(isFinished(s, progress)).toBe(true);
    // The first choices count: harmful at both decisions.
    expect(creditOf(s, progress)).toBe(0);
  });

  test('an acceptable choice is recorded as neutral; a restarted practice run records nothing', () => {
    const s = scenario(false);
    const progress = newProgress(s);
    expect(choose(s, progress, 2, 0, 0)).toMatchObject({ result: 'neutral' });
    expect(isFinished(s, progress)).toBe(true);
    expect(creditOf(s, progress)).toBe(0.5);
    restart(s, progress);
    expect(stageOf(s, progress)).toEqual({ kind: 'decision', decision: 0 });
    expect(choose(s, progress, 0, 0, 0)).toBeNull();
  });

  test('a graded scenario is recorded with weighting 1 and counts as one item of the score', () => {
    const s = scenario(true);
    const progress = newProgress(s);
    expect(choose(s, progress, 0, 0, 0)).toMatchObject({ result: 'correct', weighting: 1 });
    goOn(s, progress);
    choose(s, progress, 0, 0, 0);
    expect(creditOf(s, progress)).toBe(1);
    // 1 of 2 questions right (50%) plus one scenario at full credit: 2 of 3.
    expect(scoreWithScenarios(50, 2, [1])).toBe(66.67);
    expect(scoreWithScenarios(50, 2, [])).toBe(50);
    expect(scoreWithScenarios(100, 1, [0.5])).toBe(75);
  });
});

describe('scenario progress in the resume data', () => {
  test('reads back exactly, mid-path at a consequence', () => {
    const s = scenario(true);
    const state = emptyState(shapeOf(s));
    const progress = newProgress(s);
    choose(s, progress, 0, 0, 0);
    state.scenarios?.set(0, progress);
    const decoded = decodeState(encodeState(state, 4096), shapeOf(s));
    expect(decoded?.scenarios?.get(0)).toEqual(progress);
  });

  test('a state written before scenarios existed still reads, with no scenario progress', () => {
    const s = scenario(false);
    const old = emptyState({ screens: 1, questions: 0, pool: 0, draw: 0 });
    old.visited[0] = true;
    const decoded = decodeState(encodeState(old, 4096), shapeOf(s));
    expect(decoded?.visited).toEqual([true]);
    expect(decoded?.scenarios?.size).toBe(0);
  });

  test('progress that does not fit the scenario (another number of decisions, a choice it lacks) is refused', () => {
    const s = scenario(false);
    const state = emptyState(shapeOf(s));
    state.scenarios?.set(0, { ...newProgress(s), first: [1, 2, 3] });
    expect(decodeState(encodeState(state, 4096), shapeOf(s))).toBeNull();
    state.scenarios?.set(0, { ...newProgress(s), picks: [7] });
    expect(decodeState(encodeState(state, 4096), shapeOf(s))).toBeNull();
  });

  test('over the limit, practice paths are dropped before anything else; graded ones are kept', () => {
    const practice = scenario(false);
    const state = emptyState(shapeOf(practice));
    state.scenarios?.set(0, { ...newProgress(practice), picks: [0] });
    const full = encodeState(state, Infinity);
    const dropped = decodeState(encodeState(state, full.length - 1), shapeOf(practice));
    expect(dropped?.scenarios?.size).toBe(0);
    const graded = scenario(true);
    state.scenarios?.set(0, { ...newProgress(graded), picks: [0] });
    expect(decodeState(encodeState(state, full.length - 1), shapeOf(graded))?.scenarios?.get(0)?.picks).toEqual([0]);
  });
});
