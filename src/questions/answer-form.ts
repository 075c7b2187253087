import type { Choice, Question } from '../model/course.js';
import type { UiStrings } from '../model/ui-strings.js';

/**
 * A learner's answer as the suspend state keeps it: a number for every type
 * (a choice bit mask, a matching or ordering arrangement, a scale point) or,
 * for a wrong short answer, its text. 0 and '' mean "not answered".
 */
export type Answer = number | string;

export function isUnanswered(answer: Answer): boolean {
  return answer === 0 || (typeof answer === 'string' && answer.trim() === '');
}

export interface AnswerForm {
  element: HTMLElement;
  /** The answer shown; 0 or '' when none. */
  selected(): Answer;
  select(answer: Answer): void;
  /** Submitted answers cannot change. */
  lock(): void;
}

/** Format-neutral response and correct patterns (see InteractionRecord). */
export interface Tracked {
  response: string[];
  correct: string[];
}

/** The browser side of one question type: its form, how it is marked, tracked and described. */
export interface QuestionBehaviour {
  /** `choices` is the order to show (an assessment may shuffle); `name` is unique on the page. */
  form(question: Question, choices: readonly Choice[], name: string, strings: UiStrings): AnswerForm;
  /** null for a type that is never scored. */
  isCorrect(question: Question, answer: Answer): boolean | null;
  tracked(question: Question, answer: Answer): Tracked;
  /** The answer as the suspend state keeps it (short and still marked the same). */
  kept(question: Question, answer: Answer): Answer;
  /** The answer in words, for the assessment review. */
  describe(question: Question, answer: Answer): string;
  /** The kept answer that takes the most room in the suspend state, for the build's size check. */
  largest(question: Question): Answer;
}

/** A mixed-radix number: digit i (0 ≤ d < base) of `digits` at weight base^i. */
export function packDigits(digits: readonly number[], base: number): number {
  return digits.reduceRight((value, digit) => value * base + digit, 0);
}

export function unpackDigits(value: number, base: number, count: number): number[] {
  const digits: number[] = [];
  for (let rest = value, i = 0; i < count; i++, rest = Math.floor(rest / base)) digits.push(rest % base);
  return digits;
}
