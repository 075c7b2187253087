import type { Rule } from '../../check/rule.js';
import type { QuestionBlock } from '../question-block.js';
import { choiceOf, digitId, letterId, questionsOf, reportRepeat } from '../items.js';
import { pairOf } from './pairs.js';

/** SCORM 1.2 matching takes single-character sources (RTE 1.2 §3.4.2.7); `1`–`9` keeps them digits. */
export const MAX_PAIRS = 9;

const matchingPairs: Rule = {
  id: 'matching-pairs',
  description: `A \`:::matching\` block lists 2–${MAX_PAIRS} items, each written "item → answer", with no item listed twice.`,
  severity: 'error',
  check(draft, report) {
    for (const { lesson, question, name } of questionsOf(draft.lessons, 'matching')) {
      const at = { file: lesson.file, position: question.position };
      const unpaired = question.items.find((item) => {
        const pair = pairOf(item);
        return !pair || pair.item === '' || pair.answer === '';
      });
      if (unpaired) {
        report({ file: lesson.file, position: unpaired.position }, `"${unpaired.text}" in matching question ${name} has no "→" between an item and its answer.`,
          'Write each pair as "- item → answer" (or "->").');
      } else if (question.items.length < 2) {
        report(at, `Matching question ${name} has ${question.items.length === 0 ? 'no pairs' : 'only one pair'}.`,
          'List at least two pairs, one per line: "- item → answer".');
      } else if (question.items.length > MAX_PAIRS) {
        report(at, `Matching question ${name} has ${question.items.length} pairs; at most ${MAX_PAIRS} are allowed.`, 'Split it into two questions.');
      } else {
        reportRepeat(lesson, question.items, (item) => pairOf(item)?.item.toLowerCase() ?? '', report, 'The item',
          'List each item once; two items may share an answer.');
      }
    }
  },
};

/**
 * `:::matching` pairs items with answers. Items get ids `1`, `2`, …; the
 * distinct answers, in order of first use, get `a`, `b`, …, so the SCORM 1.2
 * response `1.a,2.c` is made of single characters.
 */
export const matching: QuestionBlock = {
  directive: 'matching',
  options: [],
  list: 'plain',
  graded: true,
  rules: [matchingPairs],
  render(draft, toHtml) {
    const pairs = draft.items.map((item) => pairOf(item) ?? { item: item.text, answer: '' });
    const answers = [...new Set(pairs.map((pair) => pair.answer))];
    const targets = answers.map((answer, index) => choiceOf(letterId(index), answer, toHtml));
    const choices = pairs.map((pair, index) => ({ ...choiceOf(digitId(index), pair.item, toHtml), match: letterId(answers.indexOf(pair.answer)) }));
    return { kind: 'matching', choices, targets };
  },
};
