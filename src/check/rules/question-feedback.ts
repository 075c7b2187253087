import type { Rule } from '../rule.js';

export const questionFeedback: Rule = {
  id: 'question-feedback',
  description: 'Every question but a survey has feedback (a `>` blockquote after the choices) that explains the answer.',
  severity: 'warning',
  check(draft, report) {
    for (const lesson of draft.lessons) {
      for (const question of lesson.questions) {
        // A survey has no right answer to explain.
        if (question.feedback.length === 0 && question.block !== 'survey') {
          report(
            { file: lesson.file, position: question.position },
            `Question${question.id ? ` "${question.id}"` : ''} has no feedback.`,
            'Add a "> …" blockquote after the choices that explains why the answer is right.',
          );
        }
      }
    }
  },
};
