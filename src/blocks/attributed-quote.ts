import type { ElementContent } from 'hast';
import { body, element, text, type ContentBlock } from './content-block.js';

/** Who said it, in what role, and where it was published. */
interface Attribution {
  speaker: string;
  role: string | null;
  source: string | null;
}

function attribution(attributes: Record<string, string | null | undefined> | null | undefined): Attribution {
  const value = (name: string) => attributes?.[name]?.trim() || null;
  return { speaker: value('speaker') ?? '', role: value('role'), source: value('source') };
}

/**
 * `:::quote{speaker="…" role="…" source="…"}` — a quotation with its
 * attribution: the course attributes every claim, and a figure with a
 * figcaption ties the name to the words for screen readers.
 */
export const attributedQuote: ContentBlock = {
  name: 'quote',
  summary: '`:::quote{speaker="…" role="…" source="…"}` a quotation with who said it (role and source optional)',
  check(node) {
    if (attribution(node.attributes).speaker) return [];
    return [{ node, message: 'A quote does not say who said it.', hint: 'Add the speaker: :::quote{speaker="Name" role="Their role" source="Where it was said"}' }];
  },
  render(node, state) {
    const { speaker, role, source } = attribution(node.attributes);
    const caption: ElementContent[] = [element('span', 'block-quote-speaker', [text(speaker)])];
    if (role) caption.push(text(`, ${role}`));
    if (source) caption.push(text(', '), element('cite', null, [text(source)]));
    return element('figure', 'block-quote', [
      element('blockquote', null, state.all({ children: body(node) })),
      element('figcaption', null, caption),
    ]);
  },
  allows: { tagNames: ['figure', 'figcaption', 'cite'], classes: { figure: ['block-quote'], span: ['block-quote-speaker'] } },
};
