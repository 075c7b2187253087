import { describe, expect, it } from 'vitest';
import { compileFiles } from '../helpers/course-files.js';

describe('empty headings', () => {
  it('an empty "#" leaves the module named after its file, an empty "##" screen after its module', async () => {
    const { course, diagnostics } = await compileFiles({ '01-warning-signs.md': '# \n\n## \n\nSome text.\n\n##   \n\nMore text.\n' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(course?.modules[0]?.title).toBe('Warning signs');
    expect(course?.modules[0]?.screens.map((screen) => screen.title)).toEqual(['Warning signs', 'Warning signs']);
  });

  it('a "#" with text keeps that text', async () => {
    const { course } = await compileFiles({ '01-warning-signs.md': '# Signs to notice\n\n## First\n\nText.\n' });
    expect(course?.modules[0]?.title).toBe('Signs to notice');
    expect(course?.modules[0]?.screens[0]?.title).toBe('First');
  });
});
