import { element, type ContentBlock } from './content-block.js';
import { splitImage } from './image-content.js';

/**
 * `:::figure` around an image and its caption. The caption is visible to
 * everyone (figcaption); the alt text still describes the picture itself.
 */
export const captionedFigure: ContentBlock = {
  name: 'figure',
  summary: '`:::figure` an image (on its own line) with a caption (the text around it)',
  check(node) {
    const { image, rest } = splitImage(node);
    if (!image) return [{ node, message: 'A :::figure has no image on a line of its own.', hint: 'Put ![alt text](assets/picture.png) on its own line inside the block.' }];
    if (rest.length === 0) return [{ node, message: 'A :::figure has no caption.', hint: 'Write the caption as a paragraph after the image.' }];
    return [];
  },
  render(node, state) {
    const { picture, rest } = splitImage(node);
    return element('figure', 'block-figure', [
      ...(picture ? state.all(picture) : []),
      element('figcaption', null, state.all({ children: rest })),
    ]);
  },
  allows: { tagNames: ['figure', 'figcaption'], classes: { figure: ['block-figure'] } },
};
