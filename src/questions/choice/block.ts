import type { Choice, QuestionKind } from '../../model/course.js';
import type { QuestionBlock } from '../question-block.js';
import { answerPosition } from './answer-position-rule.js';
import { questionChoices } from './choices-rule.js';
import { isTrueFalse } from './true-false.js';

/** `:::question` with a task list: single choice, multiple response or true-false. */
export const choice: QuestionBlock = {
  directive: 'question',
  options: [],
  list: 'task',
  graded: true,
  rules: [questionChoices, answerPosition],
  render(draft, toHtml) {
    const choices: Choice[] = draft.choices.map((item, index) => ({
      id: String.fromCharCode(97 + index),
      html: toHtml([{ type: 'paragraph', children: item.content as never }]).replace(/^<p>|<\/p>$/g, ''),
      text: item.text,
      correct: item.correct,
    }));
    return { kind: choiceKind(choices), choices };
  },
};

function choiceKind(choices: Choice[]): QuestionKind {
  if (isTrueFalse(choices)) return 'true-false';
  return choices.filter((item) => item.correct).length > 1 ? 'multiple' : 'single';
}
