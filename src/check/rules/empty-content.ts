import type { Rule } from '../rule.js';

export const emptyContent: Rule = {
  id: 'empty-content',
  description: 'No module or screen is empty: a `##` heading is followed by content.',
  severity: 'warning',
  check(draft, report) {
    for (const lesson of draft.lessons) {
      if (lesson.screens.every((screen) => screen.nodes.length === 0)) {
        report({ file: lesson.file, position: { line: 1, column: 1 } }, `Module "${lesson.title}" has no content.`,
          'Write the lesson, or delete the file.');
        continue;
      }
      for (const screen of lesson.screens) {
        if (screen.nodes.length === 0) {
          report({ file: lesson.file, position: screen.position }, `Screen "${screen.title}" is empty.`,
            'Add content under the heading or remove it.');
        }
      }
    }
  },
};
