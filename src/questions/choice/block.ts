import type { Choice, QuestionKind } from '../../model/course.js';
import type { QuestionBlock } from '../question-block.js';

/** Exactly two choices reading True/False (in any course language) make a true-false item. */
const TRUE_FALSE = new Set(['true|false', 'verdadero|falso', 'vrai|faux', 'wahr|falsch']);

/**
 * `:::question` with a task list: single choice, multiple response or
 * true-false. Its rules (question-choices, answer-position) are in
 * check/rules, as they were before the other types existed.
 */
export const choice: QuestionBlock = {
  directive: 'question',
  options: [],
  list: 'task',
  graded: true,
  rules: [],
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
  const correct = choices.filter((item) => item.correct).length;
  const pair = choices.map((item) => item.text.toLowerCase()).join('|');
  if (choices.length === 2 && correct === 1 && TRUE_FALSE.has(pair)) return 'true-false';
  return correct > 1 ? 'multiple' : 'single';
}
