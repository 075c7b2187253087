import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../helpers/course-files.js';

async function findings(files: Record<string, string>) {
  const { diagnostics } = await compileFiles(files);
  return diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.severity} ${d.ruleId}`);
}

describe('image-alt-length', () => {
  it('warns when alt text runs over 150 characters', async () => {
    const alt = 'A poster '.repeat(17).trim(); // 152 characters
    const result = await findings({ '01-a.md': `# A\n\n![${alt}](assets/poster.png)\n`, 'assets/poster.png': 'x' });
    expect(result).toEqual(['01-a.md:3 warning image-alt-length']);
  });

  it('accepts 150 characters, counting accented letters once', async () => {
    const alt = 'é'.repeat(150);
    expect(await findings({ '01-a.md': `# A\n\n![${alt}](assets/poster.png)\n`, 'assets/poster.png': 'x' })).toEqual([]);
  });
});
