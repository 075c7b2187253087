import type { Rule } from '../../check/rule.js';
import { questionsOf } from '../items.js';

/** SCORM 1.2 encodes each choice as one character a–z (RTE 1.2 §3.4.2.7), hence 26. */
const MAX_CHOICES = 26;

export const questionChoices: Rule = {
  id: 'question-choices',
  description: 'A question has 2–26 task-list choices (`- [ ]`), at least one marked correct with `[x]`.',
  severity: 'error',
  check(draft, report) {
    for (const { lesson, question } of questionsOf(draft.lessons, 'question')) {
      const at = { file: lesson.file, position: question.position };
      const name = question.id ? `Question "${question.id}"` : 'Question';
      if (question.choices.length === 0 && question.prompt.some((node) => node.type === 'list')) {
        report(at, `${name} has no choices: its list has no [ ] boxes, so it reads as part of the prompt.`,
          'Write each choice with a box: "- [ ] wrong" and "- [x] right".');
      } else if (question.choices.length < 2) {
        report(at, `${name} has ${question.choices.length === 0 ? 'no choices' : 'only one choice'}.`,
          'List at least two choices as a task list: "- [ ] wrong" and "- [x] right".');
      } else if (question.choices.length > MAX_CHOICES) {
        report(at, `${name} has ${question.choices.length} choices; at most ${MAX_CHOICES} are allowed.`,
          'Split it into several questions.');
      } else if (!question.choices.some((choice) => choice.correct)) {
        report(at, `${name} has no correct choice.`, 'Mark the correct choice(s) with [x].');
      }
    }
  },
};
