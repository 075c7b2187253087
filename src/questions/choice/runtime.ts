import type { Question } from '../../model/course.js';
import { choiceIdsOf, correctMask } from './mask.js';
import { questionForm } from '../../runtime/view/question-form.js';
import type { QuestionBehaviour } from '../answer-form.js';

/** Choice texts of a mask, for the review. */
export function choiceTexts(question: Question, mask: number): string {
  const ids = choiceIdsOf(question, Number(mask));
  return question.choices.filter((item) => ids.includes(item.id)).map((item) => item.text).join('; ');
}

/** Single, multiple and true-false: the answer is a bit mask over the choices. */
export const choiceBehaviour: QuestionBehaviour = {
  form: (question, choices, name, strings) => questionForm(question, choices, name, strings),
  isCorrect: (question, answer) => answer === correctMask(question),
  tracked: (question, answer) => ({ response: choiceIdsOf(question, Number(answer)), correct: choiceIdsOf(question, correctMask(question)) }),
  kept: (_, answer) => answer,
  describe: (question, answer) => choiceTexts(question, Number(answer)),
  largest: (question) => 2 ** question.choices.length - 1,
};
