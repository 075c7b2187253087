import { body, element, type ContentBlock } from './content-block.js';

/** `:::steps` around a numbered list: the steps of a process, shown as large numbered stages. */
export const processSteps: ContentBlock = {
  name: 'steps',
  summary: '`:::steps` a numbered list shown as the stages of a process (e.g. how to report)',
  check(node) {
    const lists = body(node).filter((child) => child.type === 'list');
    if (lists.length === 1 && lists[0]?.type === 'list' && lists[0].ordered) return [];
    return [{ node, message: 'A :::steps block holds one numbered list (1. 2. 3.).', hint: 'Write each step as an item of a numbered list inside the block.' }];
  },
  render(node, state) {
    return element('div', 'block-steps', state.all({ children: body(node) }));
  },
  allows: { classes: { div: ['block-steps'] } },
};
