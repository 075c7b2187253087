import { visit } from 'unist-util-visit';
import type { Rule } from '../rule.js';

export const unsupportedMarkup: Rule = {
  id: 'unsupported-markup',
  description: 'Raw HTML is left out of the package; use Markdown.',
  severity: 'warning',
  check(draft, report) {
    for (const lesson of draft.lessons) {
      visit(lesson.tree, (node) => {
        const position = node.position ? { position: { line: node.position.start.line, column: node.position.start.column } } : {};
        if (node.type === 'html' && node.value.trim() !== '' && !/^<!--[\s\S]*-->$/.test(node.value.trim())) {
          report({ file: lesson.file, ...position }, 'Raw HTML is not included in the course (it is removed for safety).',
            'Write it in Markdown instead.');
        }
      });
    }
  },
};
