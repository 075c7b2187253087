import { contentBlocks } from '../../blocks/index.js';
import type { Rule } from '../rule.js';
import { nodeLocation } from './node-location.js';

export const blockStructure: Rule = {
  id: 'block-structure',
  description: 'Each content block (`:::expand`, `:::steps`, `:::quote`, `:::takeaways`, `:::figure`, `:::beside`) has what it needs: a title, a numbered list, a speaker, content, an image and its caption or text.',
  severity: 'error',
  nodes: (lesson, report) => ({
    containerDirective(node) {
      for (const problem of contentBlocks.get(node.name)?.check(node) ?? []) report(nodeLocation(lesson, problem.node), problem.message, problem.hint);
    },
  }),
};
