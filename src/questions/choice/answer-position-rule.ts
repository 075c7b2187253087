import type { Rule } from '../../check/rule.js';
import type { QuestionDraft } from '../../model/draft.js';
import { isTrueFalse } from './true-false.js';

/** With three choices, two checks share a position one time in three by chance; three checks, one in nine. */
const MIN_QUESTIONS = 3;

function isSingleChoice(question: QuestionDraft): boolean {
  return question.choices.filter((choice) => choice.correct).length === 1 && !isTrueFalse(question.choices);
}

const letter = (index: number) => String.fromCharCode(97 + index);

/**
 * Knowledge checks are never shuffled, so a correct answer that always sits
 * in the same place (always "b", or always the last) teaches the pattern
 * instead of the content.
 */
export const answerPosition: Rule = {
  id: 'answer-position',
  description: 'The correct choice of single-answer knowledge checks is not always in the same position (always "b", or always last).',
  severity: 'warning',
  check(draft, report) {
    const checks = draft.lessons.flatMap((lesson) =>
      lesson.questions.filter((question) => !question.graded && isSingleChoice(question)).map((question) => ({ lesson, question })));
    const first = checks[0];
    if (!first || checks.length < MIN_QUESTIONS) return;
    const correct = checks.map(({ question }) => question.choices.findIndex((choice) => choice.correct));
    const at = { file: first.lesson.file, position: first.question.position };
    const hint = 'Move the correct answer to different positions, so learners cannot guess it from the pattern.';
    if (correct.every((index) => index === correct[0])) {
      report(at, `In all ${checks.length} single-answer knowledge checks the correct answer is choice ${letter(correct[0] ?? 0)}.`, hint);
    } else if (checks.every(({ question }, i) => correct[i] === question.choices.length - 1)) {
      report(at, `In all ${checks.length} single-answer knowledge checks the correct answer is the last choice.`, hint);
    }
  },
};
