import { describe, expect, it } from 'vitest';
import { compileFiles } from '../helpers/course-files.js';

const question = (id: string, body = '- [x] Yes\n- [ ] No\n\n> Because.') => `:::question{#${id}}\nAsk?\n\n${body}\n:::\n`;

async function findings(files: Record<string, string>) {
  const { diagnostics } = await compileFiles(files);
  return diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.severity} ${d.ruleId}`);
}

describe('content rules', () => {
  it('question-feedback warns about a question that gives no feedback', async () => {
    expect(await findings({ '01-a.md': `# A\n\n${question('q1', '- [x] Yes\n- [ ] No')}` })).toEqual([
      '01-a.md:3 warning question-feedback',
    ]);
  });

  it('question-structure flags a question hidden inside a callout', async () => {
    expect(await findings({ '01-a.md': `# A\n\n::::note\n${question('q1')}::::\n` })).toContain('01-a.md:4 error question-structure');
  });

  it('question-structure flags content after the feedback that would be lost', async () => {
    const text = `# A\n\n:::question{#q1}\nAsk?\n\n- [x] Yes\n- [ ] No\n\n> Because.\n\nLost words.\n:::\n`;
    expect(await findings({ '01-a.md': text })).toEqual(['01-a.md:11 error question-structure']);
  });

  it('question-id refuses ids that LMSs reject', async () => {
    expect(await findings({ '01-a.md': `# A\n\n${question('has.dot')}` })).toEqual(['01-a.md:3 error question-id']);
  });

  it('question-choices refuses more than 26 choices', async () => {
    const choices = Array.from({ length: 27 }, (_, i) => `- [${i === 0 ? 'x' : ' '}] C${i}`).join('\n');
    expect(await findings({ '01-a.md': `# A\n\n${question('q1', `${choices}\n\n> Why.`)}` })).toEqual(['01-a.md:3 error question-choices']);
  });

  it('assessment refuses drawing more questions than the pool holds', async () => {
    const text = `---\nassessment:\n  draw: 3\n---\n# Final\n\n${question('q1')}\n${question('q2')}`;
    expect(await findings({ '01-a.md': text })).toEqual(['01-a.md:3 error assessment']);
  });

  it('assessment refuses a second assessment lesson', async () => {
    const lesson = (id: string) => `---\nassessment: {}\n---\n# Final\n\n${question(id)}`;
    expect(await findings({ '01-a.md': lesson('q1'), '02-b.md': lesson('q2') })).toEqual(['02-b.md:2 error assessment']);
  });

  it('empty-content warns about a screen heading with nothing under it', async () => {
    expect(await findings({ '01-a.md': '# A\n\n## One\n\n## Two\n\nText.\n' })).toEqual(['01-a.md:3 warning empty-content']);
  });

  it('unsupported-markup warns that raw HTML is left out', async () => {
    expect(await findings({ '01-a.md': '# A\n\n<div>hi</div>\n' })).toEqual(['01-a.md:3 warning unsupported-markup']);
  });

  it('directive-unknown refuses a block that is neither a callout nor a question', async () => {
    expect(await findings({ '01-a.md': '# A\n\n<!-- note -->\n\n:::quiz\nx\n:::\n' })).toEqual(['01-a.md:5 error directive-unknown']);
  });

  it('image-alt refuses a file name as alt text', async () => {
    const result = await findings({ '01-a.md': '# A\n\n![photo.png](assets/photo.png)\n', 'assets/photo.png': 'x' });
    expect(result).toEqual(['01-a.md:3 error image-alt']);
  });

  it('a rule can be switched off or made an error in course.yml', async () => {
    const yml = 'id: demo\ntitle: Demo\nversion: 1.0.0\nrules:\n  question-feedback: "off"\n  empty-content: error\n';
    expect(await findings({ 'course.yml': yml, '01-a.md': `# A\n\n## Empty\n\n## Q\n\n${question('q1', '- [x] Yes\n- [ ] No')}` })).toEqual([
      '01-a.md:3 error empty-content',
    ]);
  });
});
