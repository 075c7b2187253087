import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../helpers/course-files.js';

async function findings(files: Record<string, string>) {
  const { diagnostics } = await compileFiles(files);
  return diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.severity} ${d.ruleId}`);
}

describe('heading-order', () => {
  it('warns when a screen jumps from ## to ####', async () => {
    expect(await findings({ '01-a.md': '# A\n\n## Screen\n\nText.\n\n#### Detail\n\nMore.\n' })).toEqual(['01-a.md:7 warning heading-order']);
  });

  it('warns when the opening screen starts at ####', async () => {
    expect(await findings({ '01-a.md': '# A\n\n#### Detail\n\nText.\n' })).toEqual(['01-a.md:3 warning heading-order']);
  });

  it('warns about a second # heading', async () => {
    expect(await findings({ '01-a.md': '# A\n\nIntro.\n\n# Again\n\nText.\n' })).toEqual(['01-a.md:5 warning heading-order']);
  });

  it('reports a skip once, not for every heading after it', async () => {
    const text = '## One\n\n#### Deep\n\nText.\n\n#### Also deep\n\nText.\n\n### Back\n\nText.\n';
    expect(await findings({ '01-a.md': text })).toEqual(['01-a.md:3 warning heading-order']);
  });

  it('accepts headings that go down one level at a time and back up freely', async () => {
    const text = '# A\n\n### Before the first screen\n\nText.\n\n## One\n\n### Part\n\n#### Detail\n\nText.\n\n## Two\n\n### Part\n\nText.\n';
    expect(await findings({ '01-a.md': text })).toEqual([]);
  });

  it('names the levels as Markdown marks and suggests the next level down', async () => {
    const { diagnostics } = await compileFiles({ '01-a.md': '## Screen\n\n##### Deep\n\nText.\n' });
    expect(diagnostics[0]).toMatchObject({ column: 1, message: 'Heading level skips from "##" to "#####".', hint: expect.stringContaining('"###"') });
  });
});
