import type { Heading } from 'mdast';
import type { Rule } from '../rule.js';
import { nodeLocation } from './node-location.js';

const marks = (depth: number) => '#'.repeat(depth);

/**
 * Screen readers navigate by heading level, and a skipped level reads as a
 * missing section (WCAG 2.1 SC 1.3.1). Every screen's title counts as `##`,
 * the opening screen's too (it is titled after the module), so `###` is the
 * first level inside any screen.
 */
export const headingOrder: Rule = {
  id: 'heading-order',
  description: 'Heading levels never skip (`###` comes before `####` under a `##` screen title) and a module has at most one `#`, its title.',
  severity: 'warning',
  nodes(lesson, report) {
    const title = lesson.tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
    let above = 2;
    return {
      heading(heading) {
        if (heading.depth === 1) {
          if (heading !== title) {
            report(nodeLocation(lesson, heading), 'A second "#" heading; a module has only one, its title.',
              'Use "##" to start a new screen, or "###" for a section inside this screen.');
          }
          above = 2;
          return;
        }
        if (heading.depth > above + 1) {
          report(nodeLocation(lesson, heading), `Heading level skips from "${marks(above)}" to "${marks(heading.depth)}".`,
            `Make it "${marks(above + 1)}", one level below the heading above it.`);
        }
        above = heading.depth;
      },
    };
  },
};
