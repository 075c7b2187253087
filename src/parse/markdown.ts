import type { Nodes, Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { walkTree } from '../model/walk-tree.js';
import { markdownSections, type MarkdownSection } from './markdown-sections.js';

// GFM gives task lists (question choices) and tables; directives give
// :::callouts and :::question blocks; front matter stays a `yaml` node.
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).freeze();

type Transform = (tree: Root) => Root | undefined | void;

/**
 * GFM's literal autolinks (`www.x.org`, `https://…`, `a@b.org`, `mailto:`,
 * `xmpp:`) are finished by a transform that walks the whole tree four times
 * (once per pattern, each walk keeping an ancestor list), a sixth of a large
 * build. Every pattern needs "http://", "https://", "www." or "@" in a text,
 * so the same transform now runs only on the top-level blocks that have one:
 * the blocks are independent, and a block without one is left unchanged by it.
 */
function onlyWhereFound(transform: Transform): Transform {
  return (tree) => {
    for (const block of tree.children) if (mayHoldLiteralAutolink(block)) transform({ type: 'root', children: [block] });
    return tree;
  };
}

function mayHoldLiteralAutolink(block: Nodes): boolean {
  let found = false;
  walkTree(block, (node) => {
    if (!found && node.type === 'text') found = node.value.includes('@') || /https?:\/\/|www\./i.test(node.value);
  });
  return found;
}

const literalAutolinks = gfmAutolinkLiteralFromMarkdown().transforms?.[0];
for (const extension of (parser.data('fromMarkdownExtensions') ?? []).flat(Infinity) as { transforms?: Transform[] }[]) {
  extension.transforms = extension.transforms?.map((transform) => (transform === literalAutolinks ? onlyWhereFound(transform) : transform));
}

/**
 * Lessons are parsed in sections of about this many characters: large
 * enough that a section's start-up cost is lost in its parse, small enough
 * that its event list (about 400 bytes a character) stays a few megabytes.
 */
export const SECTION_LENGTH = 4 * 1024;

export function parseMarkdown(text: string, sectionLength = SECTION_LENGTH): Root {
  const sections = markdownSections(text, sectionLength);
  if (sections.length === 1) return parser.runSync(parser.parse(text)) as Root;
  const children: Root['children'] = [];
  let end: NonNullable<Root['position']>['end'] | undefined;
  for (const section of sections) {
    const part = parser.parse(section.text);
    moveToSection(part, section);
    children.push(...part.children);
    end = part.position?.end;
  }
  const tree: Root = { type: 'root', children };
  if (end) tree.position = { start: { line: 1, column: 1, offset: 0 }, end };
  return parser.runSync(tree) as Root;
}

/** Moves a section's positions to where the section sits in the lesson (sections start at a line's start, so columns stay). */
function moveToSection(tree: Root, section: MarkdownSection): void {
  if (section.offset === 0) return;
  walkTree(tree, (node) => {
    const position = node.position;
    if (!position) return;
    for (const point of [position.start, position.end]) {
      point.line += section.lineOffset;
      if (point.offset !== undefined) point.offset += section.offset;
    }
  });
}
