import { questionForm } from '../../runtime/view/question-form.js';
import { choiceIdsOf } from '../choice/mask.js';
import { choiceTexts } from '../choice/runtime.js';
import type { QuestionBehaviour } from '../answer-form.js';

/** A scale as radio buttons (one bit of a choice mask); there is no right answer to mark. */
export const surveyBehaviour: QuestionBehaviour = {
  form: (question, choices, name, strings) => questionForm(question, choices, name, strings),
  isCorrect: () => null,
  tracked: (question, answer) => ({ response: choiceIdsOf(question, Number(answer)), correct: [] }),
  kept: (_, answer) => answer,
  describe: (question, answer) => choiceTexts(question, Number(answer)),
  largest: (question) => 2 ** (question.choices.length - 1),
};
