import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../helpers/course-files.js';

async function findings(files: Record<string, string>) {
  const { diagnostics } = await compileFiles(files);
  return diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.severity} ${d.ruleId}`);
}

describe('table-header', () => {
  it('warns about a layout table whose header row is empty', async () => {
    const text = '# A\n\nTwo columns:\n\n|   |   |\n| --- | --- |\n| Left | Right |\n';
    expect(await findings({ '01-a.md': text })).toEqual(['01-a.md:5 warning table-header']);
  });

  it('accepts a table with column names, even with an empty corner cell', async () => {
    const text = '# A\n\n| | Day | Night |\n| --- | --- | --- |\n| Hotline | Yes | Yes |\n';
    expect(await findings({ '01-a.md': text })).toEqual([]);
  });
});
