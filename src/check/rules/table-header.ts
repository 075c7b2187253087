import { toString } from 'mdast-util-to-string';
import type { Rule } from '../rule.js';
import { nodeLocation } from './node-location.js';

/**
 * A GFM table's first row becomes its `<th>` cells, which screen readers
 * announce with every cell (WCAG 2.1 SC 1.3.1). An empty first row is a
 * layout table: the cells are read with no column names.
 */
export const tableHeader: Rule = {
  id: 'table-header',
  description: 'Every table has a header row that names its columns; a table with an empty first row is layout, not data.',
  severity: 'warning',
  nodes: (lesson, report) => ({
    table(table) {
      const header = table.children[0];
      if (header && header.children.every((cell) => toString(cell).trim() === '')) {
        report(nodeLocation(lesson, table), 'The table\'s header row is empty, so screen readers cannot name its columns.',
          'Write column names in the first row; if the table only arranges content side by side, use a list or paragraphs instead.');
      }
    },
  }),
};
