import type { Question } from '../../model/course.js';
import type { Answer } from '../../questions/answer-form.js';
import { behaviourOf } from '../../questions/runtime.js';
import type { InteractionRecord } from '../transport/transport.js';

/** Right only when the answer is exactly right (every choice of a multiple response, every pair, the whole order); a survey never is. */
export function isCorrect(question: Question, answer: Answer): boolean {
  return behaviourOf(question).isCorrect(question, answer) === true;
}

export function interactionFor(question: Question, answer: Answer, latencyMs: number, now: number): InteractionRecord {
  const behaviour = behaviourOf(question);
  const verdict = behaviour.isCorrect(question, answer);
  const { response, correct } = behaviour.tracked(question, answer);
  return {
    id: question.id,
    type: interactionType(question),
    description: question.promptText,
    response,
    correct,
    result: verdict === null ? 'neutral' : verdict ? 'correct' : 'incorrect',
    ...(question.kind === 'fill-in' ? { caseMatters: question.caseMatters === true } : {}),
    weighting: question.graded ? 1 : 0,
    latencyMs: Math.max(0, latencyMs),
    timestamp: now,
  };
}

function interactionType(question: Question): InteractionRecord['type'] {
  if (question.kind === 'single' || question.kind === 'multiple') return 'choice';
  return question.kind;
}
