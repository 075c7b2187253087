import type { Rule } from '../rule.js';
import { nodeLocation } from './node-location.js';

export const unsupportedMarkup: Rule = {
  id: 'unsupported-markup',
  description: 'Raw HTML is left out of the package; use Markdown.',
  severity: 'warning',
  nodes: (lesson, report) => ({
    html(node) {
      if (node.value.trim() === '' || /^<!--[\s\S]*-->$/.test(node.value.trim())) return;
      report(nodeLocation(lesson, node), 'Raw HTML is not included in the course (it is removed for safety).', 'Write it in Markdown instead.');
    },
  }),
};
