import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCourse } from '../../src/index.js';
import { repoRoot } from '../helpers/cli.js';
import { Learner } from '../helpers/learner.js';
import { courseInPage } from '../helpers/page-course.js';
import { Lms2004 } from '../helpers/lms2004.js';

let dir: string;
/** What an LMS takes from the manifest at import: the pass mark it hands the SCO as cmi.scaled_passing_score. */
let passingScore: string;

// Uses the runtime in build/ (`npm test` builds it first), as the CLI does.
beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'cease-built-2004-'));
  const { packages, diagnostics } = await buildCourse(join(repoRoot, 'test/fixtures/minimal'), { formats: ['scorm2004'], outDir: out });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  dir = join(out, 'package');
  new AdmZip(packages[0]?.path).extractAllTo(dir);
  const manifest = await readFile(join(dir, 'imsmanifest.xml'), 'utf8');
  passingScore = /<imsss:minNormalizedMeasure>([^<]+)</.exec(manifest)?.[1] ?? '';
});

async function launch(): Promise<{ lms: Lms2004; learner: Learner }> {
  const lms = new Lms2004({ cmi: { scaled_passing_score: passingScore } });
  const window = await lms.launch(dir);
  const course = courseInPage(window.document.documentElement.outerHTML);
  return { lms, learner: new Learner(window, course) };
}

describe('a SCORM 2004 package built by the compiler', () => {
  test('plays in a SCORM 2004 LMS and reports completed and passed, with the scaled score and every answer', async () => {
    const { lms, learner } = await launch();
    expect(passingScore).toBe('0.5');
    expect(learner.heading()).toBe('The basics');
    learner.open('Check yourself');
    learner.choose('kc-any-community', ['a']);
    learner.check('kc-any-community');
    learner.takeAssessment([true, true]);
    expect(learner.text()).toContain('You passed.');
    learner.exit();
    expect(lms.stored('cmi.completion_status')).toBe('completed');
    expect(lms.stored('cmi.success_status')).toBe('passed');
    expect(lms.stored('cmi.score.scaled')).toBe('1');
    expect(lms.stored('cmi.score.raw')).toBe('100');
    const interactions = lms.interactions();
    expect(interactions.map((i) => [i.type, i.result, i.weighting])).toEqual([
      ['true-false', 'correct', '0'],
      ['choice', 'correct', '1'],
      ['choice', 'correct', '1'],
    ]);
    expect(interactions[0]).toMatchObject({ learner_response: 'true', pattern: 'true' });
    expect(lms.stored('cmi.session_time')).toMatch(/^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/);
    expect(lms.violations).toEqual([]);
    expect(lms.pageErrors).toEqual([]);
  });

  test('reports completed and failed when the learner fails every attempt', async () => {
    const { lms, learner } = await launch();
    learner.takeAssessment([false, false]);
    learner.press('Try again');
    for (let n = 0; n < 2; n++) {
      learner.answer(false);
      learner.next();
    }
    expect(learner.text()).toContain('You have used all your attempts.');
    learner.exit();
    expect(lms.stored('cmi.completion_status')).toBe('completed');
    expect(lms.stored('cmi.success_status')).toBe('failed');
    expect(lms.stored('cmi.score.scaled')).toBe('0');
    expect(lms.stored('cmi.exit')).toBe('normal');
    expect(lms.violations).toEqual([]);
  });
});
