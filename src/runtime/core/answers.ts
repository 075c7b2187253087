import type { Question } from '../../model/course.js';
import type { InteractionRecord } from '../transport/transport.js';

/**
 * An answer is a bit mask over a question's choices in source order (bit i =
 * choice i). At most 26 choices (a–z), so it fits a 32-bit integer, and the
 * suspend state stores it as one small number.
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

/** Right only when exactly the correct set is chosen (multiple response included). */
export function isCorrect(question: Question, mask: number): boolean {
  return mask === correctMask(question);
}

export function interactionFor(question: Question, mask: number, latencyMs: number, now: number): InteractionRecord {
  return {
    id: question.id,
    type: question.kind === 'true-false' ? 'true-false' : 'choice',
    description: question.promptText,
    response: choiceIdsOf(question, mask),
    correct: choiceIdsOf(question, correctMask(question)),
    result: isCorrect(question, mask) ? 'correct' : 'incorrect',
    weighting: question.graded ? 1 : 0,
    latencyMs: Math.max(0, latencyMs),
    timestamp: now,
  };
}
