import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, scratchDir, type Found } from '../helpers/cli.js';

const scratch = scratchDir('cease-question-types-');
afterAll(scratch.cleanup);

/** `cease validate --reporter json` on a course of these lessons. */
async function validate(name: string, lessons: Record<string, string>) {
  const dir = join(scratch.dir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'course.yml'), 'id: mistakes\ntitle: Mistakes\nversion: 1.0.0\n');
  for (const [file, text] of Object.entries(lessons)) writeFileSync(join(dir, file), text);
  const run = await runCli(['validate', name, '--reporter', 'json'], scratch.dir);
  expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  return { code: run.code, found: (JSON.parse(run.stdout) as { diagnostics: Found[] }).diagnostics };
}

const at = (found: Found[]) => found.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);

describe('authoring mistakes in the new question types are errors at their line and column', () => {
  it('matching, ordering, short answer and survey, each with what it lacks', async () => {
    const lesson = [
      '# Practice', '',
      '## Screen', '',
      ':::matching{#one-pair}', 'Match.', '', '- Danger → 911', '', '> Why.', ':::', '',
      ':::matching{#no-arrow}', 'Match.', '', '- Danger → 911', '- A tip, the hotline', '', '> Why.', ':::', '',
      ':::matching{#twice}', 'Match.', '', '- Danger → 911', '- danger → Police', '', '> Why.', ':::', '',
      ':::ordering{#one-step}', 'Order.', '', '1. Only', '', '> Why.', ':::', '',
      ':::short-answer{#nothing-accepted}', 'Type.', '', '> Why.', ':::', '',
      ':::short-answer{#case-what case-sensitive="no"}', 'Type.', '', '- 911', '', '> Why.', ':::', '',
      ':::short-answer{#same-twice}', 'Type.', '', '- Nine one one', '- nine  ONE one', '', '> Why.', ':::', '',
      ':::survey{#one-point}', 'Rate.', '', '1. Fine', ':::', '',
      ':::survey{#required-maybe required="maybe"}', 'Rate.', '', '1. Low', '2. High', ':::', '',
      ':::ordering{#stray-option required}', 'Order.', '', '1. One', '2. Two', '', '> Why.', ':::', '',
    ].join('\n');
    const final = ['---', 'assessment:', '  passingScore: 50', '---', '# Final', '',
      ':::survey{#graded-survey}', 'Rate.', '', '1. Low', '2. High', ':::', '',
      ':::question{#final-q}', 'Pick.', '', '- [x] Yes', '- [ ] No', '', '> Why.', ':::', ''].join('\n');
    const { code, found } = await validate('every-mistake', { '01-practice.md': lesson, '02-final.md': final });
    expect(code).toBe(1);
    expect(at(found)).toEqual([
      'every-mistake/01-practice.md:5:1 error matching-pairs Matching question "one-pair" has only one pair.',
      'every-mistake/01-practice.md:17:1 error matching-pairs "A tip, the hotline" in matching question "no-arrow" has no "→" between an item and its answer.',
      'every-mistake/01-practice.md:26:1 error matching-pairs The item "danger → Police" is already listed at line 25.',
      'every-mistake/01-practice.md:31:1 error ordering-steps Ordering question "one-step" has only one step.',
      'every-mistake/01-practice.md:39:1 error short-answer-accepted Short-answer question "nothing-accepted" has no accepted answers.',
      'every-mistake/01-practice.md:45:1 error short-answer-accepted case-sensitive="no" is not understood.',
      'every-mistake/01-practice.md:57:1 error short-answer-accepted The accepted answer "nine  ONE one" is already listed at line 56.',
      'every-mistake/01-practice.md:62:1 error survey-scale Survey "one-point" has a scale of one point.',
      'every-mistake/01-practice.md:68:1 error survey-scale required="maybe" is not understood.',
      'every-mistake/01-practice.md:75:1 error question-id Question attributes may hold only the id; found required.',
      'every-mistake/02-final.md:7:1 error survey-graded Survey "graded-survey" is in the assessment, where every question is scored.',
    ]);
    expect(found.every((d) => d.hint && d.hint.length > 10)).toBe(true);
  });

  it('accepts each type exactly as docs/course-format.md shows it, and the arrow written ->', async () => {
    const doc = readFileSync(join(repoRoot, 'docs/course-format.md'), 'utf8');
    const examples = [...doc.matchAll(/```md\n(:::(?:matching|ordering|short-answer|survey)\{[^]*?)```/g)].map((match) => match[1] as string);
    expect(examples.map((example) => /^:::([a-z-]+)/.exec(example)?.[1])).toEqual(['matching', 'ordering', 'short-answer', 'survey']);
    const arrows = ':::matching{#ascii-arrow}\nMatch.\n\n- Danger -> 911\n- A tip -> The hotline\n\n> Why.\n:::\n';
    const code = ':::short-answer{#code case-sensitive}\nType the code.\n\n- BeFree\n\n> Why.\n:::\n';
    const { code: exit, found } = await validate('as-documented', { '01-practice.md': `# Practice\n\n${[...examples, arrows, code].join('\n')}` });
    expect(found).toEqual([]);
    expect(exit).toBe(0);
  });
});
