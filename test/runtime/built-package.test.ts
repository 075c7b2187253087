import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCourse } from '../../src/index.js';
import { repoRoot } from '../helpers/cli.js';
import { Learner } from '../helpers/learner.js';
import { courseInPage } from '../helpers/page-course.js';
import { Lms12 } from '../helpers/lms12.js';

let dir: string;

// Uses the runtime in build/ (`npm test` builds it first), as the CLI does.
beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'cease-built-'));
  const { packages, diagnostics } = await buildCourse(join(repoRoot, 'test/fixtures/minimal'), { outDir: out });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  dir = join(out, 'package');
  new AdmZip(packages[0]?.path).extractAllTo(dir);
});

describe('a package built by the compiler', () => {
  test('plays in a SCORM 1.2 LMS from its index.html, cease.js and cease.css, and reports a pass', async () => {
    const lms = new Lms12();
    const window = await lms.launch(dir);
    const course = courseInPage(window.document.documentElement.outerHTML);
    const learner = new Learner(window, course);
    expect(learner.heading()).toBe('The basics');
    learner.open('Check yourself');
    learner.choose('kc-any-community', ['a']);
    learner.check('kc-any-community');
    expect(learner.feedback('kc-any-community')).toContain('Correct');
    learner.takeAssessment([true, true]);
    expect(learner.text()).toContain('You passed.');
    learner.exit();
    expect(lms.stored('cmi.core.lesson_status')).toBe('passed');
    expect(lms.interactions().map((i) => i.type)).toEqual(['true-false', 'choice', 'choice']);
    expect(lms.violations).toEqual([]);
    expect(lms.pageErrors).toEqual([]);
  });
});
