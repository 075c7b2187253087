import type { Rule } from '../../check/rule.js';
import type { QuestionBlock } from '../question-block.js';
import { flagOf, questionsOf, reportRepeat } from '../items.js';
import { normalise } from './normalise.js';

/** SCORM 2004 keeps at most 5 correct-response patterns for fill-in (RTE 4th Ed. §4.2.9.2, SPM). */
export const MAX_ACCEPTED = 5;
/** A fill-in pattern string holds at most 250 characters (RTE 4th Ed. §4.2.9.2). */
export const MAX_ACCEPTED_LENGTH = 250;

const shortAnswerAccepted: Rule = {
  id: 'short-answer-accepted',
  description: `A \`:::short-answer\` block lists 1–${MAX_ACCEPTED} accepted answers of at most ${MAX_ACCEPTED_LENGTH} characters, none the same as another once case and spaces are ignored; \`case-sensitive\` is bare or \`="true"\`.`,
  severity: 'error',
  check(draft, report) {
    for (const { lesson, question, name } of questionsOf(draft.lessons, 'short-answer')) {
      const at = { file: lesson.file, position: question.position };
      const caseMatters = flagOf(question, 'case-sensitive');
      const long = question.items.find((item) => item.text.length > MAX_ACCEPTED_LENGTH || item.text.trim() === '');
      if ('case-sensitive' in question.options && !caseMatters) {
        report(at, `case-sensitive="${question.options['case-sensitive']}" is not understood.`, 'Write the attribute alone, e.g. {#code case-sensitive}, or remove it.');
      } else if (question.items.length === 0) {
        report(at, `Short-answer question ${name} has no accepted answers.`, 'List the answers you accept below the question, one per line: "- 911".');
      } else if (question.items.length > MAX_ACCEPTED) {
        report(at, `Short-answer question ${name} lists ${question.items.length} accepted answers; at most ${MAX_ACCEPTED} are allowed.`,
          'Keep the most likely answers; case and extra spaces are already ignored.');
      } else if (long) {
        report({ file: lesson.file, position: long.position }, long.text.trim() === '' ? 'An accepted answer is empty.' : `An accepted answer is ${long.text.length} characters long; at most ${MAX_ACCEPTED_LENGTH} are allowed.`,
          'Accept a short phrase; ask for longer text in a survey or elsewhere.');
      } else {
        reportRepeat(lesson, question.items, (item) => normalise(item.text, caseMatters), report, 'The accepted answer',
          'Case and spaces are ignored when comparing, so list each answer once.');
      }
    }
  },
};

/** `:::short-answer` asks for typed text; the list holds the accepted answers. */
export const shortAnswer: QuestionBlock = {
  directive: 'short-answer',
  options: ['case-sensitive'],
  list: 'plain',
  graded: true,
  rules: [shortAnswerAccepted],
  render(draft) {
    return { kind: 'fill-in', choices: [], accepted: draft.items.map((item) => item.text.trim()), caseMatters: flagOf(draft, 'case-sensitive') };
  },
};
