import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { defaultSchema, sanitize, type Schema as SanitizeSchema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { contentBlocks } from '../blocks/index.js';
import type { BlockLabels, BlockState, ContentBlock } from '../blocks/content-block.js';
import { CALLOUTS, type Callout } from '../model/callouts.js';

type Handler = (state: { all(node: unknown): ElementContent[] }, node: never) => ElementContent | ElementContent[] | undefined;

// GitHub's schema (no script, no event handlers, only http(s)/mailto/tel
// links) plus the callout classes we generate ourselves, and for each
// content block only the tags and classes its HTML needs.
const calloutSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.['div'] ?? []), ['className', /^callout(-[a-z]+)?$/], ['role', 'note']],
    p: [...(defaultSchema.attributes?.['p'] ?? []), ['className', 'callout-label']],
  },
};
const schema = withBlocks(calloutSchema, [...contentBlocks.values()]);

/** Adds each block's tags and classes; a tag's classes go in its one className definition (the sanitiser reads only the first). */
function withBlocks(base: SanitizeSchema, blocks: readonly ContentBlock[]): SanitizeSchema {
  const tagNames = new Set(base.tagNames ?? []);
  const attributes = { ...base.attributes };
  for (const block of blocks) {
    for (const tag of block.allows.tagNames ?? []) tagNames.add(tag);
    for (const [tag, classes] of Object.entries(block.allows.classes)) {
      const current = attributes[tag] ?? [];
      const own = current.find((definition) => Array.isArray(definition) && definition[0] === 'className') as [string, ...(string | RegExp)[]] | undefined;
      const others = current.filter((definition) => definition !== own);
      attributes[tag] = [...others, ['className', ...(own?.slice(1) ?? []), ...classes]];
    }
    for (const [tag, names] of Object.entries(block.allows.attributes ?? {})) attributes[tag] = [...(attributes[tag] ?? []), ...names];
  }
  return { ...base, tagNames: [...tagNames], attributes };
}

/** Turns Markdown fragments into sanitised HTML strings. One per course language. */
export function createHtmlRenderer(labels: Record<Callout, string> & BlockLabels): (nodes: readonly RootContent[]) => string {
  const handlers: Record<string, Handler> = {
    containerDirective(state, node: ContainerDirective) {
      const block = contentBlocks.get(node.name);
      if (block) return block.render(node, state as BlockState, labels);
      if (!CALLOUTS.includes(node.name as Callout)) return state.all(node);
      const name = node.name as Callout;
      const label: Element = {
        type: 'element',
        tagName: 'p',
        properties: { className: ['callout-label'] },
        children: [{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: labels[name] }] }],
      };
      return {
        type: 'element',
        tagName: 'div',
        properties: { className: ['callout', `callout-${name}`], role: 'note' },
        children: [label, ...state.all(node)],
      };
    },
    // `:word` in running text (e.g. "Tip:this") parses as a directive; an
    // author never meant markup there, so it is shown as written.
    textDirective(_state, node: TextDirective) {
      return { type: 'text', value: `:${node.name}${node.children.length ? `[${toString(node)}]` : ''}` };
    },
    leafDirective(_state, node: LeafDirective) {
      return { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: `::${node.name}${toString(node)}` }] };
    },
  };
  // What remark-rehype, rehype-sanitize and rehype-stringify do, called
  // directly: a course renders thousands of fragments, and a unified
  // processor run (freeze, a virtual file, the plugin chain) cost more than
  // the conversion of a small fragment.
  return (nodes) => {
    const root: Root = { type: 'root', children: [...nodes] };
    return toHtml(sanitize(toHast(root, { handlers: handlers as never }), schema) as HastRoot).trim();
  };
}
