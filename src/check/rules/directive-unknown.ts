import { closestName } from '../../diagnostics/did-you-mean.js';
import { contentBlocks } from '../../blocks/index.js';
import { CALLOUTS } from '../../model/callouts.js';
import type { Rule } from '../rule.js';
import { nodeLocation } from './node-location.js';
import { questionBlocks } from '../../questions/index.js';

const BLOCKS = [...CALLOUTS, ...contentBlocks.keys(), ...questionBlocks.keys(), 'scenario'];

/**
 * `:::mythh` is not a callout: its text would ship as a plain paragraph
 * without the "Myth" label, so a false claim would read as a fact.
 */
export const directiveUnknown: Rule = {
  id: 'directive-unknown',
  description: 'Every `:::block` is a callout (note, tip, warning, myth, fact), a content block (expand, steps, quote, takeaways, figure, beside), a question (question, matching, ordering, short-answer, survey) or a scenario.',
  severity: 'error',
  nodes: (lesson, report) => ({
    containerDirective(node) {
      if (BLOCKS.includes(node.name)) return;
      const closest = closestName(node.name, BLOCKS);
      report(nodeLocation(lesson, node), `Unknown block ":::${node.name}"; its text would show without a label.${closest ? ` Did you mean ":::${closest}"?` : ''}`,
        `Use one of :::${BLOCKS.join(', :::')}.`);
    },
  }),
};
