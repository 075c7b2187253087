import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMarkdownHazard, MAX_BRACKETS, MAX_DELIMITER_RUN, MAX_NESTING, MAX_QUOTES, MAX_SETEXT_HEADINGS, MAX_TABLE_CELLS } from '../../src/parse/markdown-limits.js';
import { repoRoot } from '../helpers/cli.js';

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).map((name) => join(dir, name));

describe('Markdown shapes refused before parsing', () => {
  it('leaves every lesson of the sample course and the fixtures alone', () => {
    const lessons = [...markdownFiles(join(repoRoot, 'courses')), ...markdownFiles(join(repoRoot, 'test/fixtures/minimal'))];
    expect(lessons.length).toBeGreaterThan(5);
    for (const lesson of lessons) expect(findMarkdownHazard(readFileSync(lesson, 'utf8')), lesson).toBeNull();
  });

  it('leaves ugly but ordinary Markdown alone', () => {
    const nested = Array.from({ length: 12 }, (_, level) => `${'    '.repeat(level)}- level ${level + 1}`).join('\n');
    const deepCode = `- item\n\n  \`\`\`json\n${' '.repeat(400)}"deep": 1\n  \`\`\``;
    const rule = '*'.repeat(MAX_DELIMITER_RUN * 3);
    const table = `${'| a '.repeat(50)}|\n${'| - '.repeat(50)}|`;
    const callouts = ':::note\n:::tip\nx\n:::\n:::\n'.repeat(100);
    const links = '[a link](https://example.org) '.repeat(MAX_BRACKETS / 2) + '\n\n' + '[another](https://example.org) '.repeat(MAX_BRACKETS / 2);
    const checklist = Array.from({ length: MAX_BRACKETS * 2 }, (_, i) => `- [${i % 2 ? 'x' : ' '}] item ${i}`).join('\n');
    const questions = Array.from({ length: MAX_QUOTES }, (_, i) => `:::question{#q${i}}\nQ?\n\n- [x] a\n- [ ] b\n\n> Why.\n> More.\n:::\n`).join('\n');
    for (const text of [nested, deepCode, rule, table, callouts, links, checklist, questions]) expect(findMarkdownHazard(text), text.slice(0, 60)).toBeNull();
  });

  it('names the line of the first hazard', () => {
    expect(findMarkdownHazard(`# T\n\nok\n${'- '.repeat(MAX_NESTING + 1)}x`)).toMatchObject({ line: 4, column: 1 });
    expect(findMarkdownHazard(`a\n${'> '.repeat(MAX_NESTING + 1)}x`)).toMatchObject({ line: 2 });
    expect(findMarkdownHazard(`a\nb ${'_'.repeat(MAX_DELIMITER_RUN + 1)}c`)).toMatchObject({ line: 2, column: 3 });
    expect(findMarkdownHazard(`${'|a'.repeat(MAX_TABLE_CELLS + 1)}`)).toMatchObject({ line: 1 });
    expect(findMarkdownHazard(`a\n\n${'[a'.repeat(MAX_BRACKETS - 5)}\n${'[b'.repeat(10)}`)).toMatchObject({ line: 4 });
    expect(findMarkdownHazard(`${'[a'.repeat(MAX_BRACKETS - 5)}\n\n${'[b'.repeat(10)}`)).toBeNull();
    expect(findMarkdownHazard(`# T\n\n${'> a\n\n'.repeat(MAX_QUOTES + 1)}`)).toMatchObject({ line: 3 + MAX_QUOTES * 2 });
    expect(findMarkdownHazard('a\n===\n'.repeat(MAX_SETEXT_HEADINGS + 1))).toMatchObject({ line: (MAX_SETEXT_HEADINGS + 1) * 2 });
    const callouts = Array.from({ length: MAX_NESTING + 1 }, (_, i) => `${':'.repeat(60 - i)}note`).join('\n');
    expect(findMarkdownHazard(callouts)).toMatchObject({ line: MAX_NESTING + 1 });
  });
});
