import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../helpers/course-files.js';

async function findings(files: Record<string, string>) {
  const { diagnostics } = await compileFiles(files);
  return diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.severity} ${d.ruleId}`);
}

/** A knowledge check whose choices are given as [text, correct] pairs. */
function check(id: string, choices: [string, boolean][]): string {
  const list = choices.map(([text, correct]) => `- [${correct ? 'x' : ' '}] ${text}`).join('\n');
  return `:::question{#${id}}\nWhich one?\n\n${list}\n\n> Because.\n:::\n\n`;
}

const secondOfThree: [string, boolean][] = [['Red', false], ['Green', true], ['Blue', false]];

describe('answer-position', () => {
  it('warns once, at the first check, when every single-answer check has the answer in the same place', async () => {
    const result = await findings({
      '01-a.md': `# A\n\n${check('q1', secondOfThree)}${check('q2', secondOfThree)}`,
      '02-b.md': `# B\n\n${check('q3', [['One', false], ['Two', true]])}`,
    });
    expect(result).toEqual(['01-a.md:3 warning answer-position']);
  });

  it('warns when the answer is always the last choice', async () => {
    const text = `# A\n\n${check('q1', [['a', false], ['b', true]])}${check('q2', secondOfThree.map(([t], i) => [t, i === 2]))}`
      + check('q3', [['a', false], ['b', false], ['c', false], ['d', true]]);
    expect(await findings({ '01-a.md': text })).toEqual(['01-a.md:3 warning answer-position']);
  });

  it('stays silent when the answer moves, or with fewer than three checks', async () => {
    const moved = `# A\n\n${check('q1', secondOfThree)}${check('q2', secondOfThree)}${check('q3', [['x', true], ['y', false], ['z', false]])}`;
    expect(await findings({ '01-a.md': moved })).toEqual([]);
    expect(await findings({ '01-a.md': `# A\n\n${check('q1', secondOfThree)}${check('q2', secondOfThree)}` })).toEqual([]);
  });

  it('leaves out true/false, multiple-answer and assessment questions', async () => {
    const text = `# A\n\n${check('q1', secondOfThree)}${check('q2', secondOfThree)}`
      + check('tf', [['True', false], ['False', true]]) + check('multi', [['a', false], ['b', true], ['c', true]]);
    const exam = `---\nassessment: {}\n---\n# Exam\n\n${check('e1', secondOfThree)}`;
    expect(await findings({ '01-a.md': text, '02-exam.md': exam })).toEqual([]);
  });
});
