import type { Rule } from '../../check/rule.js';
import type { QuestionBlock } from '../question-block.js';
import { choiceOf, letterId, questionsOf, reportRepeat } from '../items.js';

/** Steps are scrambled and put back by moving; past nine that is tedious, and the answer must fit one number. */
export const MAX_STEPS = 9;

const orderingSteps: Rule = {
  id: 'ordering-steps',
  description: `An \`:::ordering\` block lists 2–${MAX_STEPS} steps in the right order, each step once.`,
  severity: 'error',
  check(draft, report) {
    for (const { lesson, question, name } of questionsOf(draft.lessons, 'ordering')) {
      const at = { file: lesson.file, position: question.position };
      if (question.items.length < 2) {
        report(at, `Ordering question ${name} has ${question.items.length === 0 ? 'no steps' : 'only one step'}.`,
          'List at least two steps in the right order as a numbered list: "1. first", "2. second".');
      } else if (question.items.length > MAX_STEPS) {
        report(at, `Ordering question ${name} has ${question.items.length} steps; at most ${MAX_STEPS} are allowed.`, 'Split it into two questions.');
      } else {
        reportRepeat(lesson, question.items, (item) => item.text.toLowerCase(), report, 'The step',
          'Each step must read differently, or the learner cannot tell which goes where.');
      }
    }
  },
};

/** `:::ordering` lists steps in the right order; the learner gets them scrambled. Step ids are `a`, `b`, … in the right order. */
export const ordering: QuestionBlock = {
  directive: 'ordering',
  options: [],
  list: 'plain',
  graded: true,
  rules: [orderingSteps],
  render(draft, toHtml) {
    return { kind: 'sequencing', choices: draft.items.map((item, index) => choiceOf(letterId(index), item.text, toHtml)) };
  },
};
