import type { Assessment, Choice, Question } from '../../model/course.js';
import type { Answer } from '../../questions/answer-form.js';
import { isCorrect } from './answers.js';
import { seededRandom, shuffled } from './seeded-random.js';

/** One learner's assessment: the current attempt plus what earlier attempts left behind. */
export interface AssessmentState {
  /** 1 for the first attempt. */
  attempt: number;
  /** Seed of this attempt's draw and choice order. */
  seed: number;
  /** Pool indexes (into Assessment.questionIds) asked in this attempt, in order. */
  drawn: number[];
  /** Answers to the questions submitted so far, in order; answers can only be given in order. */
  answers: Answer[];
  /** Best score (0–100) of the finished attempts, or null before the first one ends. */
  best: number | null;
}

export function startAttempt(assessment: Assessment, previous: AssessmentState | null, seed: number): AssessmentState {
  const random = seededRandom(seed);
  const always = assessment.always ?? [];
  const drawn = [...always];
  if (assessment.blueprint) {
    // Each tag's count, less the always-included questions that carry the tag.
    for (const quota of assessment.blueprint) {
      const open = quota.pool.filter((index) => !always.includes(index));
      drawn.push(...shuffled(open, random).slice(0, quota.count - (quota.pool.length - open.length)));
    }
  } else {
    const open = assessment.questionIds.map((_, index) => index).filter((index) => !always.includes(index));
    drawn.push(...shuffled(open, random).slice(0, assessment.draw - always.length));
  }
  // A random subset, asked in the author's order; `shuffle` is about choices.
  drawn.sort((a, b) => a - b);
  return { attempt: (previous?.attempt ?? 0) + 1, seed, drawn, answers: [], best: previous?.best ?? null };
}

/** Choices as shown in one slot: shuffled per attempt when asked, except True/False, which keeps its natural order. */
export function choiceOrder(question: Question, state: AssessmentState, slot: number, shuffle: boolean): Choice[] {
  if (!shuffle || question.kind === 'true-false') return question.choices;
  return shuffled(question.choices, seededRandom((state.seed ^ Math.imul(slot + 1, 0x9e3779b1)) >>> 0));
}

export function attemptFinished(state: AssessmentState): boolean {
  return state.answers.length === state.drawn.length;
}

/** Correct answers of the drawn questions × 100 / drawn, to two decimals. */
export function attemptScore(state: AssessmentState, pool: readonly Question[]): number {
  const right = state.answers.filter((mask, slot) => {
    const question = pool[state.drawn[slot] ?? -1];
    return question !== undefined && isCorrect(question, mask);
  }).length;
  return state.drawn.length === 0 ? 0 : Math.round((right * 10000) / state.drawn.length) / 100;
}

/** Keeps a finished attempt's score when it beats the earlier ones. */
export function recordScore(state: AssessmentState, score: number): void {
  state.best = state.best === null ? score : Math.max(state.best, score);
}

/** Attempts still allowed after the current one; Infinity when unlimited (attempts 0). */
export function attemptsLeft(assessment: Assessment, state: AssessmentState): number {
  return assessment.attempts === 0 ? Infinity : Math.max(0, assessment.attempts - state.attempt);
}
