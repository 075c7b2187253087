import { body, element, text, type ContentBlock } from './content-block.js';

/** `:::takeaways` — the points to remember, usually at the end of a module, under a visible heading. */
export const keyTakeaways: ContentBlock = {
  name: 'takeaways',
  summary: '`:::takeaways` the points to remember, under a "Key takeaways" heading',
  check(node) {
    if (body(node).length > 0) return [];
    return [{ node, message: 'A :::takeaways block is empty.', hint: 'List the points to remember inside it.' }];
  },
  render(node, state, labels) {
    // h2: the screen title is the page's only h1.
    return element('section', 'block-takeaways', [
      element('h2', 'block-title', [text(labels.keyTakeaways)]),
      ...state.all({ children: body(node) }),
    ]);
  },
  allows: { classes: { section: ['block-takeaways'], h2: ['block-title'] } },
};
