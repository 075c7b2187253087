import { body, directiveLabel, element, type ContentBlock } from './content-block.js';

/**
 * `:::expand[Question or title]` … `:::` — an expandable section, the native
 * <details>: keyboard, screen readers and find-in-page work without script.
 */
export const expandable: ContentBlock = {
  name: 'expand',
  summary: '`:::expand[Title]` an expandable section, closed until the learner opens it',
  check(node) {
    if (directiveLabel(node)) return [];
    return [{ node, message: 'An expandable section has no title.', hint: 'Write the title in brackets: :::expand[What happens after I call?]' }];
  },
  render(node, state) {
    const label = directiveLabel(node);
    const summary = element('summary', null, label ? state.all(label) : []);
    return element('details', 'block-expand', [summary, element('div', 'block-expand-body', state.all({ children: body(node) }))]);
  },
  allows: { classes: { details: ['block-expand'], div: ['block-expand-body'] } },
};
