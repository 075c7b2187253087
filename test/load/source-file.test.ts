import { describe, expect, it } from 'vitest';
import { compileFiles } from '../helpers/course-files.js';

describe('reading lesson files', () => {
  it('ignores a byte-order mark and Windows line endings', async () => {
    const text = '\ufeff---\r\ntitle: Hello\r\n---\r\n## One\r\n\r\nText.\r\n';
    const { course, diagnostics } = await compileFiles({ '01-a.md': Buffer.from(text, 'utf8') });
    expect(diagnostics).toEqual([]);
    expect(course?.modules[0]?.title).toBe('Hello');
    expect(course?.modules[0]?.screens.map((s) => s.title)).toEqual(['One']);
  });

  it('points at the line and column of the first byte that is not UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('# A\n\nab'), Buffer.from([0xff, 0x41])]);
    const { diagnostics } = await compileFiles({ '01-a.md': bytes });
    expect(diagnostics).toMatchObject([{ file: '01-a.md', line: 3, column: 3, ruleId: 'invalid-utf8' }]);
  });
});
