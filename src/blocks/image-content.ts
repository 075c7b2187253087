import type { Image, Paragraph, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { body } from './content-block.js';

/** A block's picture (a paragraph holding one image and nothing else) and the rest of its content. */
export function splitImage(node: ContainerDirective): { picture: Paragraph | null; image: Image | null; rest: RootContent[] } {
  const content = body(node);
  const index = content.findIndex((child) => child.type === 'paragraph' && imageOf(child) !== null);
  if (index < 0) return { picture: null, image: null, rest: content };
  const picture = content[index] as Paragraph;
  return { picture, image: imageOf(picture), rest: content.filter((_, i) => i !== index) };
}

function imageOf(paragraph: Paragraph): Image | null {
  const parts = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return parts.length === 1 && parts[0]?.type === 'image' ? parts[0] : null;
}
