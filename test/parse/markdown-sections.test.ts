import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, SECTION_LENGTH } from '../../src/parse/markdown.js';
import { findMarkdownHazard } from '../../src/parse/markdown-limits.js';
import { markdownSections } from '../../src/parse/markdown-sections.js';

// Cut at every safe place (sections of any length) and never.
const inSections = (text: string) => parseMarkdown(text, 0);
const whole = (text: string) => parseMarkdown(text, Infinity);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

// Lines that open, close or hide a heading: fences, `:::` blocks, front
// matter, HTML, definitions, lists, quotes, tables, setext underlines.
const lines = [
  '', '', '', '# Title', '## Screen', '### Part', '#', '#not a heading', 'Some text with *emphasis*', '- item', '  - nested', '1. first',
  '> quoted', '>', '```', '```js', '``` `x`', '````', '~~~', '  ```', '    code', '\tcode', ':::note', '::::outer', ':::', '::::', '  :::tip',
  ':::question{#q1}', '- [x] right', '- [ ] wrong', '---', '===', 'a: 1', '<div>', '</div>', '<!-- note', '-->', '<script>', '</script>',
  '[ref]: https://example.org', 'See [it][ref] and [^1]', '[^1]: a note', '| a | b |', '| - | - |', 'www.example.org', 'x@y.org',
];

describe('a lesson parsed in sections', () => {
  it('gives the same tree, positions included, as the whole lesson, for every lesson of the courses and fixtures', () => {
    const files = [...markdownFiles('courses'), ...markdownFiles('test/fixtures')];
    let cut = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // Refused before parsing.
      if (findMarkdownHazard(text)) continue;
      if (markdownSections(text, 0).length > 1) cut++;
      expect(inSections(text), file).toEqual(whole(text));
    }
    // The comparison means something only if lessons were cut.
    expect(cut).toBeGreaterThan(20);
  });

  it('gives the same tree as the whole lesson for random lessons of headings, fences, blocks, front matter and HTML', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.constantFrom(...lines), { maxLength: 40 }), (frontMatter, body) => {
        const text = (frontMatter ? '---\ntitle: T\n\n# a comment\n---\n' : '') + body.join('\n');
        expect(inSections(text)).toEqual(whole(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('is not cut inside a fence, a ::: block or front matter, nor where a definition or HTML could reach across', () => {
    const cuts = (text: string) => markdownSections(text, 0).length - 1;
    expect(cuts('# A\n\ntext\n\n## B\n\ntext\n')).toBe(1);
    expect(cuts('# A\n\n```\n\n## not a heading\n```\n')).toBe(0);
    expect(cuts('# A\n\n:::scenario{#s}\n\n## Step\n\n:::\n')).toBe(0);
    expect(cuts('::::outer\n:::\n\n## inside\n::::\n')).toBe(0);
    expect(cuts('---\ntitle: T\n\n# a YAML comment\n---\n')).toBe(0);
    expect(cuts('# A\n\n[ref]: https://example.org\n\n## B\n\n[x][ref]\n')).toBe(0);
    expect(cuts('# A\n\n<!--\n\n## hidden\n-->\n')).toBe(0);
    expect(cuts('---\r\ntitle: T\r\n\r\n# a YAML comment\r\n---\r\n')).toBe(0);
  });

  it('cuts a 1 MB lesson into sections of a few kilobytes', () => {
    const screen = `## Screen\n\n${'A sentence of training text with **emphasis** and a [link](https://example.org). '.repeat(20)}\n\n- one\n- two\n\n`;
    const text = `# Lesson\n\n${screen.repeat(Math.ceil(1_000_000 / screen.length))}`;
    const sections = markdownSections(text, SECTION_LENGTH);
    expect(sections.length).toBeGreaterThan(100);
    expect(sections.map((section) => section.text).join('')).toBe(text);
    expect(parseMarkdown(text)).toEqual(whole(text));
  });
});
