import fc from 'fast-check';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';

// The parser as remark-gfm sets it up, with the literal-autolink transform over the whole tree.
const reference = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective);
const referenceTree = (text: string) => reference.runSync(reference.parse(text));

const fragments = [
  'Call ', 'www.example.org', 'https://example.org/a?b=1.', 'HTTP://EXAMPLE.ORG', 'hotline@city.gov', 'mailto:a@b.org', 'xmpp:help@chat.org/desk',
  '[the handbook](https://example.org/h)', '<https://example.org/c>', '**', '_', ' ', '\n', '\n\n', '- ', '> ', '# ', '## ', '`code www.x.org`',
  ':::note\n', ':::\n', '| a | b |\n| - | - |\n| www.t.org | x@y.org |\n', 'h&#116;tps://e.org', 'x&#64;y.org', '(www.paren.org)', 'plain text ',
  '~~gone~~', '~one~', 'a~b', '[^1]', '[^1]: a note\n', '[^', '|', 'a | b\n', '- | -\n',
];

describe('the Markdown parser', () => {
  it('makes the same tree as remark-gfm with its literal-autolink transform over the whole tree, with or without tables, footnotes and strikethrough in the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(parseMarkdown(text)).toEqual(referenceTree(text));
      }),
      { numRuns: 400 },
    );
  });

  it('still links addresses and e-mails written as plain text, in any block', () => {
    const tree = parseMarkdown('Write to hotline@city.gov.\n\n:::note\nSee www.example.org or desk@b.org\n:::\n');
    const links: string[] = [];
    const collect = (node: { type: string; url?: string; children?: unknown[] }) => {
      if (node.type === 'link') links.push(node.url ?? '');
      for (const child of (node.children ?? []) as (typeof node)[]) collect(child);
    };
    collect(tree);
    expect(links).toEqual(['mailto:hotline@city.gov', 'http://www.example.org', 'mailto:desk@b.org']);
  });
});
