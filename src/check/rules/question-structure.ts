import type { Rule } from '../rule.js';
import { isQuestionDirective } from '../../questions/index.js';

export const questionStructure: Rule = {
  id: 'question-structure',
  description: 'A question holds a prompt, one list (a task list for `:::question`) and one feedback blockquote, and sits directly in a lesson, not inside another block.',
  severity: 'error',
  check(draft, report) {
    for (const lesson of draft.lessons) {
      for (const question of lesson.questions) {
        const at = { file: lesson.file, position: question.position };
        if (question.prompt.length === 0) report(at, 'Question has no prompt.', 'Write the question above its choices.');
        const stray = question.stray[0];
        if (stray) {
          report(
            { file: lesson.file, position: { line: stray.position?.start.line ?? 1, column: stray.position?.start.column ?? 1 } },
            'Content after the feedback is not part of any question field and would be lost.',
            'Move it into the prompt (above the choices) or the feedback blockquote.',
          );
        }
      }
    }
  },
  nodes(lesson, report) {
    // Questions are only read at the top level of a screen, so one the lesson did not count is inside another block.
    const counted = new Set(lesson.questions.map((question) => question.position.line));
    return {
      containerDirective(node) {
        if (!isQuestionDirective(node) || counted.has(node.position?.start.line ?? -1)) return;
        report(
          { file: lesson.file, ...(node.position ? { position: node.position.start } : {}) },
          'A question inside another block (a list, quote or callout) is not shown.',
          `Move the :::${node.name} block to the top level of the lesson.`,
        );
      },
    };
  },
};
