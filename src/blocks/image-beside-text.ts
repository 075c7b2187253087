import { element, type ContentBlock } from './content-block.js';
import { splitImage } from './image-content.js';

/** `:::beside` — an image beside its text on wide screens, above it on narrow ones (CSS grid, no script). */
export const imageBesideText: ContentBlock = {
  name: 'beside',
  summary: '`:::beside` an image (on its own line) beside the text that follows it; stacked on phones',
  check(node) {
    const { image, rest } = splitImage(node);
    if (image && rest.length > 0) return [];
    return [{ node, message: 'A :::beside block needs an image on a line of its own and text to go beside it.', hint: 'Start the block with ![alt text](assets/picture.png), then write the text.' }];
  },
  render(node, state) {
    const { picture, rest } = splitImage(node);
    return element('div', 'block-beside', [
      element('div', 'block-beside-media', picture ? state.all(picture) : []),
      element('div', 'block-beside-text', state.all({ children: rest })),
    ]);
  },
  allows: { classes: { div: ['block-beside', 'block-beside-media', 'block-beside-text'] } },
};
