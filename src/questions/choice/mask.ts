import type { Question } from '../../model/course.js';

/**
 * A choice answer is a bit mask over a question's choices in source order
 * (bit i = choice i). At most 26 choices (a–z), so it fits a 32-bit integer,
 * and the suspend state stores it as one small number. Surveys use it too,
 * with one bit set.
 */
export function maskOf(question: Question, choiceIds: readonly string[]): number {
  return question.choices.reduce((mask, choice, index) => (choiceIds.includes(choice.id) ? mask | (1 << index) : mask), 0);
}

export function choiceIdsOf(question: Question, mask: number): string[] {
  return question.choices.filter((_, index) => mask & (1 << index)).map((choice) => choice.id);
}

export function correctMask(question: Question): number {
  return maskOf(question, question.choices.filter((choice) => choice.correct).map((choice) => choice.id));
}
