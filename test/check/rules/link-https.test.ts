import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../helpers/course-files.js';

async function findings(files: Record<string, string>) {
  const { diagnostics } = await compileFiles(files);
  return diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.severity} ${d.ruleId}`);
}

describe('link-https', () => {
  it('warns about http links, including reference definitions and upper-case schemes', async () => {
    const text = '# A\n\nRead [the report](http://example.org/report).\n\nSee [the guide][guide].\n\n[guide]: http://example.org/guide\n\nOr [the site](HTTP://example.org).\n';
    expect(await findings({ '01-a.md': text })).toEqual([
      '01-a.md:3 warning link-https',
      '01-a.md:7 warning link-https',
      '01-a.md:9 warning link-https',
    ]);
  });

  it('warns about www. autolinks, which GFM links over http', async () => {
    expect(await findings({ '01-a.md': '# A\n\nVisit www.example.org today.\n' })).toEqual([
      '01-a.md:3 warning link-text',
      '01-a.md:3 warning link-https',
    ]);
  });

  it('suggests the https address', async () => {
    const { diagnostics } = await compileFiles({ '01-a.md': '# A\n\nRead [the report](http://example.org/r).\n' });
    expect(diagnostics).toMatchObject([{ ruleId: 'link-https', column: 6, hint: expect.stringContaining('https://example.org/r') }]);
  });

  it('accepts https, mailto and tel links', async () => {
    const text = '# A\n\n[The report](https://example.org/r), [the office](mailto:help@example.org), [the hotline](tel:+15550100).\n';
    expect(await findings({ '01-a.md': text })).toEqual([]);
  });
});
