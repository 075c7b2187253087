import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../helpers/course-files.js';

async function findings(files: Record<string, string>) {
  const { diagnostics } = await compileFiles(files);
  return diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.severity} ${d.ruleId}`);
}

describe('link-text', () => {
  it('warns about "click here" and its Spanish forms, whatever the case, accents or punctuation', async () => {
    const text = '# A\n\n[Click here](https://example.org/a) for the form.\n\nLa guía está [aqui.](https://example.org/b)\n\n[Haga clic aquí](https://example.org/c)\n\n[Más](https://example.org/d)\n';
    expect(await findings({ '01-a.md': text })).toEqual([
      '01-a.md:3 warning link-text',
      '01-a.md:5 warning link-text',
      '01-a.md:7 warning link-text',
      '01-a.md:9 warning link-text',
    ]);
  });

  it('warns about bare addresses: GFM autolinks, angle-bracket links and [url](url)', async () => {
    const text = '# A\n\nSee https://example.org/report.\n\nOr <https://example.org/b>.\n\nOr [https://example.org/c](https://example.org/c).\n';
    expect(await findings({ '01-a.md': text })).toEqual([
      '01-a.md:3 warning link-text',
      '01-a.md:5 warning link-text',
      '01-a.md:7 warning link-text',
    ]);
  });

  it('warns about a link with no text and a vague reference-style link', async () => {
    const text = '# A\n\nSee [](https://example.org/a).\n\nSee [here][doc].\n\n[doc]: https://example.org/doc\n';
    expect(await findings({ '01-a.md': text })).toEqual(['01-a.md:3 warning link-text', '01-a.md:5 warning link-text']);
  });

  it('accepts descriptive link text and email or phone autolinks', async () => {
    const text = '# A\n\nRead [the 2024 annual report](https://example.org/report) or write to help@example.org.\n\n'
      + 'Call [the hotline](tel:+15550100) or [here is the moreover page](https://example.org/more).\n';
    expect(await findings({ '01-a.md': text })).toEqual([]);
  });
});
