import { body, directiveLabel, element, type ContentBlock } from './content-block.js';

/**
 * `:::reveal[Front]` … `:::` — a card the learner turns over: the front
 * asks or names something, the back answers it. Compiled as plain front and
 * back (so it reads and prints whole without script); the player turns the
 * front into a button with aria-expanded that shows and hides the back (the
 * WAI-ARIA APG disclosure pattern), which screen readers announce.
 */
export const revealCard: ContentBlock = {
  name: 'reveal',
  summary: '`:::reveal[Front]` a card the learner turns over to see the back (the content)',
  check(node) {
    if (!directiveLabel(node)) return [{ node, message: 'A reveal card has no front.', hint: 'Write the front in brackets: :::reveal[Who can be trafficked?]' }];
    if (body(node).length === 0) return [{ node, message: 'A reveal card has nothing on its back.', hint: 'Write what the card reveals inside the block.' }];
    return [];
  },
  render(node, state) {
    const label = directiveLabel(node);
    return element('div', 'block-reveal', [
      element('p', 'block-reveal-front', label ? state.all(label) : []),
      element('div', 'block-reveal-back', state.all({ children: body(node) })),
    ]);
  },
  allows: { classes: { div: ['block-reveal', 'block-reveal-back'], p: ['block-reveal-front'] } },
};
