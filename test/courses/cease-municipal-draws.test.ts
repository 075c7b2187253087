// The final check of the CEASE course as the player draws it: built by the real
// CLI, then drawn with 1,000 seeds by the runtime's own startAttempt. Every
// attempt must test reporting, whatever the seed.
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/model/course.js';
import { startAttempt } from '../../src/runtime/core/assessment.js';
import { runCli, scratchDir } from '../helpers/cli.js';
import { courseInPage } from '../helpers/page-course.js';

const COURSE = 'courses/cease-municipal';
const SEEDS = 1000;
/** The hotline's phone number and its text code. */
const HOTLINE = ['final-hotline-number', 'final-text-code'];
/** "What do you do" items: a situation and the action to take. */
const WHAT_TO_DO = ['final-library-response', 'final-shoplifting-arrest', 'final-do-not-confront'];

describe.each([['English', []], ['Spanish', ['--locale', 'es']]] as const)('the CEASE final check in %s', (_label, locale) => {
  const scratch = scratchDir();
  let assessment: Assessment;
  afterAll(scratch.cleanup);

  beforeAll(async () => {
    const out = join(scratch.dir, 'dist');
    // The city file still holds values the city has to confirm: a reviewer's build.
    const run = await runCli(['build', COURSE, '--out', out, '--vars', `${COURSE}/cities/phoenix.yml`, '--draft', ...locale]);
    expect(run.code, run.stderr).toBe(0);
    const zip = `cease-phoenix${locale.length > 0 ? '-es' : ''}-1.0.0-scorm12.zip`;
    const page = new AdmZip(join(out, zip)).readAsText('index.html');
    assessment = courseInPage(page).assessment!;
  });

  it(`asks the hotline number, the text code and a "what do you do" item in each of ${SEEDS} drawn attempts`, () => {
    const asked = new Map<string, number>();
    for (let seed = 0; seed < SEEDS; seed++) {
      // Seeds spread over 32 bits, as the player's are.
      const state = startAttempt(assessment, null, Math.imul(seed, 0x9e3779b1) >>> 0);
      const ids = state.drawn.map((index) => assessment.questionIds[index]);
      expect(ids).toHaveLength(10);
      expect(new Set(ids).size).toBe(10);
      expect(ids, `seed ${seed}`).toEqual(expect.arrayContaining(HOTLINE));
      expect(ids.some((id) => WHAT_TO_DO.includes(id!)), `seed ${seed}: ${ids.join()}`).toBe(true);
      for (const id of ids) asked.set(id!, (asked.get(id!) ?? 0) + 1);
    }
    // Still a draw: every question of the pool turns up in some attempt.
    expect([...asked.keys()].sort()).toEqual([...assessment.questionIds].sort());
    expect(asked.get('final-text-code')).toBe(SEEDS);
  });

  it('draws the same questions again from the same seed, as a resumed attempt needs', () => {
    for (const seed of [0, 1, 0xfedcba98]) {
      expect(startAttempt(assessment, null, seed).drawn).toEqual(startAttempt(assessment, null, seed).drawn);
    }
  });
});
