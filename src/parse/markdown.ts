import type { Nodes, Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import type { Extension as MdastExtension, Transform } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { directive } from 'micromark-extension-directive';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { walkTree } from '../model/walk-tree.js';
import { markdownSections, type MarkdownSection } from './markdown-sections.js';

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

const literalAutolinks = gfmAutolinkLiteralFromMarkdown();
literalAutolinks.transforms = literalAutolinks.transforms?.map(onlyWhereFound);

/**
 * The syntax a lesson is read with: front matter, GFM (what remark-gfm adds,
 * in its order: literal autolinks, footnotes, strikethrough, tables, task
 * lists for question choices) and directives (:::blocks). Tables, footnotes
 * and strikethrough are tried at every line or character, a seventh of the
 * parse, yet none can start without its mark (`|`, `[^`, `~`), so a text
 * without the mark is read without them, to the same tree.
 */
const syntax: { mark: string | null; micromark: MicromarkExtension; mdast: MdastExtension | MdastExtension[] }[] = [
  { mark: null, micromark: frontmatter(['yaml']), mdast: frontmatterFromMarkdown(['yaml']) },
  { mark: null, micromark: gfmAutolinkLiteral(), mdast: literalAutolinks },
  { mark: '[^', micromark: gfmFootnote(), mdast: gfmFootnoteFromMarkdown() },
  { mark: '~', micromark: gfmStrikethrough(), mdast: gfmStrikethroughFromMarkdown() },
  { mark: '|', micromark: gfmTable(), mdast: gfmTableFromMarkdown() },
  { mark: null, micromark: gfmTaskListItem(), mdast: gfmTaskListItemFromMarkdown() },
  { mark: null, micromark: directive(), mdast: directiveFromMarkdown() },
];

const parsers = new Map<string, Processor<Root>>();

/** remark-parse with the syntax a text needs (see `syntax`). */
function parserFor(text: string): Processor<Root> {
  const used = syntax.filter(({ mark }) => mark === null || text.includes(mark));
  const key = used.map(({ mark }) => mark).join();
  let parser = parsers.get(key);
  if (!parser) {
    parser = unified()
      .use(remarkParse)
      .data('micromarkExtensions', used.map(({ micromark }) => micromark))
      .data('fromMarkdownExtensions', used.map(({ mdast }) => mdast))
      .freeze() as unknown as Processor<Root>;
    parsers.set(key, parser);
  }
  return parser;
}

const parse = (text: string): Root => parserFor(text).parse(text);

/**
 * Lessons are parsed in sections of at least this many characters. A
 * section's events (about 400 bytes a character) then die young, before the
 * garbage collector promotes them; 32 KB sections took a third more CPU time
 * and memory on a 1 MB lesson, 1 KB sections no less than 4 KB.
 */
export const SECTION_LENGTH = 4 * 1024;

export function parseMarkdown(text: string, sectionLength = SECTION_LENGTH): Root {
  const sections = markdownSections(text, sectionLength);
  if (sections.length === 1) return parse(text);
  const children: Root['children'] = [];
  let end: NonNullable<Root['position']>['end'] | undefined;
  for (const section of sections) {
    const part = parse(section.text);
    moveToSection(part, section);
    children.push(...part.children);
    end = part.position?.end;
  }
  const tree: Root = { type: 'root', children };
  if (end) tree.position = { start: { line: 1, column: 1, offset: 0 }, end };
  return tree;
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
