import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../helpers/course-files.js';

async function findings(files: Record<string, string>) {
  const { diagnostics } = await compileFiles(files);
  return diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.severity} ${d.ruleId}`);
}

const yml = (duration: number) => `id: demo\ntitle: Demo\nversion: 1.0.0\nduration: ${duration}\n`;
/** A lesson of about `words` words in one paragraph. */
const lesson = (words: number) => `# A\n\n${'word '.repeat(words - 1).trim()}\n`;

describe('duration-estimate', () => {
  it('warns when the stated duration is far more than double the reading time', async () => {
    // 400 words: 2 minutes.
    expect(await findings({ 'course.yml': yml(30), '01-a.md': lesson(400) })).toEqual(['course.yml:4 warning duration-estimate']);
  });

  it('warns when the stated duration is less than half the reading time, and gives both figures', async () => {
    // 6,000 words: 30 minutes.
    const { diagnostics } = await compileFiles({ 'course.yml': yml(10), '01-a.md': lesson(6000) });
    expect(diagnostics).toMatchObject([{ file: 'course.yml', line: 4, column: 11, severity: 'warning', ruleId: 'duration-estimate' }]);
    expect(diagnostics[0]?.message).toMatch(/duration of 10 minutes.*about 30 minutes \(6000 words/);
  });

  it('counts 30 seconds for each question and only the drawn part of an assessment pool', async () => {
    const q = (id: string) => `:::question{#${id}}\nPick.\n\n- [x] A\n- [ ] B\n\n> Why.\n:::\n\n`;
    const exam = `---\nassessment:\n  draw: 2\n---\n# Exam\n\n${Array.from({ length: 40 }, (_, i) => q(`e${i}`)).join('')}`;
    // 2 drawn questions, ~ 1 minute plus a few words: a 30-minute claim is off; 40 questions would be 20 minutes.
    const { diagnostics } = await compileFiles({ 'course.yml': yml(30), '01-a.md': lesson(10), '02-exam.md': exam });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['duration-estimate']);
    expect(diagnostics[0]?.message).toContain('2 questions');
  });

  it('stays silent within half to double, for small gaps on short courses, and without a duration', async () => {
    expect(await findings({ 'course.yml': yml(20), '01-a.md': lesson(3000) })).toEqual([]);
    expect(await findings({ 'course.yml': yml(10), '01-a.md': lesson(200) })).toEqual([]);
    expect(await findings({ '01-a.md': lesson(6000) })).toEqual([]);
  });
});
