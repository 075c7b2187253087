import { describe, expect, it } from 'vitest';
import { formats } from '../../src/package/formats.js';
import type { PackageFormat } from '../../src/package/format.js';
import { compileFiles } from '../helpers/course-files.js';

const SCORM12 = { formats: [formats.get('scorm12') as PackageFormat] };

/** A scenario of `decisions` decisions in a row, each with `choices` choices, the last one leading to the end. */
function scenario(id: string, decisions: number, choices: number): string {
  const lines = [`:::scenario{#${id}}`];
  for (let d = 1; d <= decisions; d++) {
    lines.push('', `### Step ${d}`, 'What now?', '');
    for (let c = 0; c < choices; c++) {
      lines.push(`- Option ${c}. → ${d === decisions ? 'End' : `Step ${d + 1}`}`, `  > **${c === 0 ? 'Best' : 'Harmful'}.** Because.`);
    }
  }
  return [...lines, ':::', ''].join('\n');
}

/** `count` scenarios of `decisions` two-choice decisions (a lesson holds at most 2,000 blockquotes). */
function many(prefix: string, count: number, decisions: number): string {
  return Array.from({ length: count }, (_, n) => scenario(`${prefix}${n}`, decisions, 2)).join('\n');
}

function questions(count: number): string {
  return Array.from({ length: count }, (_, n) => `:::question{#q${n}}\nQ?\n\n- [x] Yes\n- [ ] No\n\n> Yes.\n:::\n`).join('\n');
}

describe('the SCORM 1.2 resume-data check covers scenario paths', () => {
  it('warns that the place in practice scenarios would be dropped when their longest paths do not fit', async () => {
    // 1,600 decisions: two bytes each at their longest, over the 3,072 bytes 4,096 characters hold.
    const lessons = Object.fromEntries([1, 2, 3, 4].map((n) => [`0${n}-a.md`, `# A${n}\n\n## Practice\n\n${many(`p${n}-`, 10, 40)}`]));
    const { diagnostics } = await compileFiles(lessons, SCORM12);
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['suspend-data-dropped', 'warning']]);
    expect(diagnostics[0]?.message).toContain('the place in 40 practice scenarios');
  });

  it('refuses graded scenarios whose paths cannot fit, since they are never dropped', async () => {
    const { diagnostics } = await compileFiles({
      // 650 questions alone fit (about 2,600 characters); with 650 graded decisions they do not.
      '01-final.md': `---\nassessment:\n  draw: 650\n---\n# Final\n\n## Scenarios\n\n${many('g', 13, 50)}\n${questions(650)}`,
    }, SCORM12);
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['suspend-data-size', 'error', 3]]);
    expect(diagnostics[0]?.message).toContain('with 650 questions drawn and 13 graded scenarios the assessment alone can take');
    const fewer = await compileFiles({ '01-final.md': `---\nassessment:\n  draw: 650\n---\n# Final\n\n## Scenarios\n\n${many('g', 1, 50)}\n${questions(650)}` }, SCORM12);
    expect(fewer.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('is silent for a course whose scenarios fit', async () => {
    const { diagnostics } = await compileFiles({ '01-a.md': `# A\n\n## Practice\n\n${many('p', 5, 10)}` }, SCORM12);
    expect(diagnostics).toEqual([]);
  });
});
