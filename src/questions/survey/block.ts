import type { Rule } from '../../check/rule.js';
import type { QuestionBlock } from '../question-block.js';
import { choiceOf, digitId, flagOf, questionsOf, reportRepeat } from '../items.js';

/** SCORM 1.2 likert responses are one character (RTE 1.2 §3.4.2.7); `1`–`9` keeps them digits. */
export const MAX_POINTS = 9;

const surveyScale: Rule = {
  id: 'survey-scale',
  description: `A \`:::survey\` block lists a scale of 2–${MAX_POINTS} points, each once; \`required\` is bare or \`="true"\`.`,
  severity: 'error',
  check(draft, report) {
    for (const { lesson, question, name } of questionsOf(draft.lessons, 'survey')) {
      const at = { file: lesson.file, position: question.position };
      if ('required' in question.options && !flagOf(question, 'required')) {
        report(at, `required="${question.options['required']}" is not understood.`, 'Write the attribute alone, e.g. {#confidence required}, or remove it.');
      } else if (question.items.length < 2) {
        report(at, `Survey ${name} has ${question.items.length === 0 ? 'no scale' : 'a scale of one point'}.`,
          'List the scale as a numbered list, e.g. "1. Not at all confident" to "5. Completely confident".');
      } else if (question.items.length > MAX_POINTS) {
        report(at, `Survey ${name} has a scale of ${question.items.length} points; at most ${MAX_POINTS} are allowed.`, 'Use a shorter scale.');
      } else {
        reportRepeat(lesson, question.items, (item) => item.text.toLowerCase(), report, 'The scale point', 'List each point of the scale once.');
      }
    }
  },
};

const surveyGraded: Rule = {
  id: 'survey-graded',
  description: 'A `:::survey` is never scored, so it may not sit in the assessment lesson.',
  severity: 'error',
  check(draft, report) {
    for (const { lesson, question, name } of questionsOf(draft.lessons, 'survey')) {
      if (question.graded) {
        report({ file: lesson.file, position: question.position }, `Survey ${name} is in the assessment, where every question is scored.`,
          'Move the survey to another lesson (before or after the assessment).');
      }
    }
  },
};

/** `:::survey` asks for a rating on a scale (likert): recorded, never scored. */
export const survey: QuestionBlock = {
  directive: 'survey',
  options: ['required'],
  list: 'plain',
  graded: false,
  rules: [surveyScale, surveyGraded],
  render(draft, toHtml) {
    return { kind: 'likert', choices: draft.items.map((item, index) => choiceOf(digitId(index), item.text, toHtml)), required: flagOf(draft, 'required') };
  },
};
