import { visit } from 'unist-util-visit';
import { contentBlocks } from '../../blocks/index.js';
import { CALLOUTS } from '../../model/callouts.js';
import type { Rule } from '../rule.js';

export const unsupportedMarkup: Rule = {
  id: 'unsupported-markup',
  description: 'Raw HTML and unknown `:::directives` are left out of the package; use Markdown and the documented callouts and blocks.',
  severity: 'warning',
  check(draft, report) {
    for (const lesson of draft.lessons) {
      visit(lesson.tree, (node) => {
        const position = node.position ? { position: { line: node.position.start.line, column: node.position.start.column } } : {};
        if (node.type === 'html' && node.value.trim() !== '' && !/^<!--[\s\S]*-->$/.test(node.value.trim())) {
          report({ file: lesson.file, ...position }, 'Raw HTML is not included in the course (it is removed for safety).',
            'Write it in Markdown instead.');
        }
        if (node.type === 'containerDirective' && node.name !== 'question' && !CALLOUTS.includes(node.name as never) && !contentBlocks.has(node.name)) {
          report({ file: lesson.file, ...position }, `Unknown block ":::${node.name}".`,
            `Use one of :::${[...CALLOUTS, ...contentBlocks.keys()].join(', :::')} or :::question.`);
        }
      });
    }
  },
};
