import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, scratchDir } from '../helpers/cli.js';
import { writeGeneratedCourse } from '../helpers/generated-course-files.js';

const scratch = scratchDir('cease-resume-data-');
afterAll(scratch.cleanup);

interface JsonReport {
  diagnostics: { file: string; line?: number; column?: number; severity: string; ruleId: string; message: string; hint?: string }[];
}

/** Builds into a fresh folder; returns the run, its JSON diagnostics and the zips written. */
async function build(course: string, format: string) {
  const out = join(scratch.dir, `out-${readdirSync(scratch.dir).length}`);
  const run = await runCli(['build', course, '--format', format, '--out', out, '--reporter', 'json'], scratch.dir);
  const zips = existsSync(out) ? readdirSync(out) : [];
  return { code: run.code, stderr: run.stderr, diagnostics: (JSON.parse(run.stdout) as JsonReport).diagnostics, zips };
}

describe('resume data fits what each format keeps', () => {
  // Four choices, as real questions have: 1,400 drawn need about 5,450 characters.
  const huge = writeGeneratedCourse(join(scratch.dir, 'huge'), { screens: 10, checks: 0, pool: 1400, choices: 4 });

  it('refuses a 1,400-question assessment for SCORM 1.2, at the assessment, and writes no zip', async () => {
    const result = await build(huge, 'scorm12');
    expect(result.code).toBe(1);
    expect(result.zips).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ file: join('huge', '002-final.md'), line: 3, column: 3, severity: 'error', ruleId: 'suspend-data-size' }),
    ]);
    const [found] = result.diagnostics;
    expect(found?.message).toContain('SCORM 1.2 keeps 4,096 characters of resume data');
    expect(found?.message).toMatch(/can take 5,4\d\d characters, which the player never drops: 1,3\d\d characters too many/);
    expect(found?.hint).toMatch(/Draw at most 1,0\d\d questions per attempt \("draw: 10\d\d"/);
    expect(found?.hint).toContain('--format scorm2004 (64,000), xapi (32,000) or cmi5 (32,000)');
  });

  it('accepts the same course for the formats that keep more, and validate agrees with build', async () => {
    const roomy = await build(huge, 'scorm2004,xapi,cmi5');
    expect(roomy.diagnostics).toEqual([]);
    expect(roomy.zips).toHaveLength(3);
    const validate = await runCli(['validate', huge], scratch.dir);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain('suspend-data-size');
    expect((await runCli(['validate', huge, '--format', 'xapi'], scratch.dir)).code).toBe(0);
  });

  it('accepts the draw it suggests, and refuses one more', async () => {
    const suggested = Number(/"draw: (\d+)"/.exec((await build(huge, 'scorm12')).diagnostics[0]?.hint ?? '')?.[1]);
    const drawn = writeGeneratedCourse(join(scratch.dir, 'drawn'), { screens: 10, checks: 0, pool: 1400, choices: 4, draw: suggested });
    // At the largest draw that fits, the visited flags may have to give way: a warning, not an error.
    const fits = await build(drawn, 'scorm12');
    expect(fits.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(fits.zips).toHaveLength(1);
    const over = writeGeneratedCourse(join(scratch.dir, 'over'), { screens: 10, checks: 0, pool: 1400, choices: 4, draw: suggested + 1 });
    expect((await build(over, 'scorm12')).diagnostics.map((d) => d.ruleId)).toEqual(['suspend-data-size']);
  });

  it('warns, and still builds, when knowledge-check answers would be dropped', async () => {
    const checks = writeGeneratedCourse(join(scratch.dir, 'checks'), { screens: 600, checks: 600, pool: 10 });
    const result = await build(checks, 'scorm12');
    expect(result.code).toBe(0);
    expect(result.zips).toHaveLength(1);
    expect(result.diagnostics).toEqual([expect.objectContaining({ file: join('checks', 'course.yml'), severity: 'warning', ruleId: 'suspend-data-dropped' })]);
    expect(result.diagnostics[0]?.message).toMatch(/forget the answers to \d+ of the 600 knowledge checks \(the assessment is always kept\)/);
  });

  it('builds the sample course and a 200-screen, 100-question course clean in every format', async () => {
    const sample = await build(join(repoRoot, 'courses/cease-municipal'), 'all');
    expect(sample.diagnostics).toEqual([]);
    expect(sample.zips).toHaveLength(4);
    const big = writeGeneratedCourse(join(scratch.dir, 'big'), { screens: 200, checks: 100, pool: 100 });
    const result = await build(big, 'all');
    expect(result.diagnostics).toEqual([]);
    expect(result.zips).toHaveLength(4);
  });
});

describe('resume data with every question type', () => {
  it('fits a 200-screen course with 100 knowledge checks and surveys of every type, 20 practice scenarios and a 20-question assessment with a graded scenario into SCORM 1.2, dropping nothing', async () => {
    const everyType = writeGeneratedCourse(join(scratch.dir, 'every-type'), { screens: 200, checks: 100, pool: 20, everyType: true });
    const result = await build(everyType, 'scorm12');
    expect(result.diagnostics).toEqual([]);
    expect(result.zips).toHaveLength(1);
  });

  it('refuses an assessment of 60 short answers for SCORM 1.2: each wrong answer is kept as text the player never drops', async () => {
    const texts = writeGeneratedCourse(join(scratch.dir, 'short-answers'), { screens: 10, checks: 0, pool: 240, everyType: true });
    const result = await build(texts, 'scorm12');
    expect(result.code).toBe(1);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['suspend-data-size']);
    expect(result.diagnostics[0]?.message).toContain('with 240 questions drawn');
  });
});
