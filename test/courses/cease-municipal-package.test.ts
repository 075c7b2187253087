// The CEASE course as a city receives it: built by the real CLI per city and
// language, validated clean, and played in a SCORM 1.2 LMS (scorm-again).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { TODO_TAG } from '../../src/load/yaml-file.js';
import AdmZip from 'adm-zip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, scratchDir } from '../helpers/cli.js';
import { correctIds, Learner } from '../helpers/learner.js';
import { Lms12 } from '../helpers/lms12.js';
import { Lms2004 } from '../helpers/lms2004.js';
import { courseInPage } from '../helpers/page-course.js';

const COURSE = 'courses/cease-municipal';
const CITIES = ['flagstaff', 'phoenix'];
const POOL_SIZE_AT_LEAST = 17;

describe('cease validate on the CEASE course', () => {
  for (const locale of [null, 'es']) {
    for (const city of [null, ...CITIES]) {
      const args = [...(locale ? ['--locale', locale] : []), ...(city ? ['--vars', `${COURSE}/cities/${city}.yml`] : [])];
      // The city files mark what the cities have not confirmed yet with !todo; with --draft those are notes, not warnings.
      it(`reports ${city ? 'no warning, only the !todo values as notes,' : 'nothing at all'} for ${locale ?? 'English'} with ${city ?? 'the default'} values`, async () => {
        const run = await runCli(['validate', COURSE, '--reporter', 'json', '--max-warnings', '0', ...args, ...(city ? ['--draft'] : [])]);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const found = (JSON.parse(run.stdout) as { diagnostics: { severity: string; ruleId: string }[] }).diagnostics;
        if (!city) expect(found).toEqual([]);
        else expect(found.map((d) => `${d.severity} ${d.ruleId}`)).toEqual(Array(found.length).fill('info draft-value'));
        if (city) expect(found.length).toBeGreaterThan(5);
      });
    }
  }
});

describe('the city files', () => {
  for (const city of [...CITIES, 'TEMPLATE']) {
    it(`${city}.yml gives a Spanish text for every English text a learner reads`, () => {
      const file = parseYaml(readFileSync(join(COURSE, 'cities', `${city}.yml`), 'utf8'), { customTags: [TODO_TAG] }) as { city: Tree; locales?: { es?: { city?: Tree } } };
      // Names and slugs are the same in both languages; every other text is read in a Spanish sentence.
      const texts = leaves(file.city).filter((path) => !['name', 'slug'].includes(path));
      expect(texts.length).toBeGreaterThan(10);
      expect(leaves(file.locales?.es?.city ?? {})).toEqual(expect.arrayContaining(texts));
    });
  }
});

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : leaves(value, `${prefix}${key}.`)));
}

describe('the Phoenix packages in English and Spanish', () => {
  const scratch = scratchDir();
  const out = join(scratch.dir, 'dist');
  const english = join(out, 'cease-phoenix-1.0.0-scorm12.zip');
  const spanish = join(out, 'cease-phoenix-es-1.0.0-scorm12.zip');

  beforeAll(async () => {
    // Phoenix has not confirmed every value yet: a reviewer's copy.
    const vars = ['--vars', `${COURSE}/cities/phoenix.yml`, '--draft'];
    for (const extra of [[], ['--locale', 'es']]) {
      const run = await runCli(['build', COURSE, '--out', out, ...vars, ...extra]);
      expect(run.code, run.stderr).toBe(0);
    }
  });
  afterAll(scratch.cleanup);

  it('carry the city in the manifest id and title, one zip per language', () => {
    const en = new AdmZip(english).readAsText('imsmanifest.xml');
    const es = new AdmZip(spanish).readAsText('imsmanifest.xml');
    expect(en).toContain('identifier="cease-phoenix"');
    expect(es).toContain('identifier="cease-phoenix-es"');
    expect(en).toMatch(/<title>[^<]*Phoenix<\/title>/);
    expect(es).toMatch(/<title>CEASE: Cómo reconocer[^<]*Phoenix<\/title>/);
  });

  it('mark the Spanish player page as Spanish and keep the English question ids', () => {
    const page = new AdmZip(spanish).readAsText('index.html');
    expect(page).toMatch(/<html lang="es"/);
    // The city's values come in Spanish too, from the city file's locales.es block.
    expect(page).not.toMatch(/to be confirmed|Public Works|your supervisor/);
    expect(page).toContain('pendiente de confirmar por la ciudad');
    const ids = (zip: string) => courseInPage(new AdmZip(zip).readAsText('index.html')).questions.map((q) => q.id);
    expect(ids(spanish)).toEqual(ids(english));
  });

  for (const [label, zip] of [['English', english], ['Spanish', spanish]] as const) {
    it(`${label}: passes at exactly 80 %, scored from the ten drawn questions, with every answer reported`, async () => {
      const { lms, learner, course } = await launch(zip, scratch.dir);
      const pool = course.assessment?.questionIds ?? [];
      expect(pool.length).toBeGreaterThanOrEqual(POOL_SIZE_AT_LEAST);
      const drawn = learner.takeAssessment([true, true, false, true, true, true, false, true, true, true]);
      expect(new Set(drawn.map((q) => q.id)).size).toBe(10);
      for (const question of drawn) expect(pool).toContain(question.id);
      expect(learner.text()).toContain(course.strings.passed);
      learner.exit();
      expect(lms.stored('cmi.core.lesson_status')).toBe('passed');
      expect(lms.stored('cmi.core.score.raw')).toBe('80');
      expect(lms.stored('cmi.core.exit')).toBe('');
      const graded = lms.interactions().filter((i) => i.weighting === '1');
      expect(graded.map((i) => i.id)).toEqual(drawn.map((q) => q.id));
      expect(graded.filter((i) => i.result === 'correct')).toHaveLength(8);
      expect(lms.violations).toEqual([]);
      expect(lms.pageErrors).toEqual([]);
    });
  }

  it('fails at 70 %, offers a retry, and resumes a half-finished session on its bookmark', async () => {
    const first = await launch(english, scratch.dir);
    first.learner.takeAssessment([true, true, true, true, true, true, true, false, false, false]);
    expect(first.learner.text()).toContain(first.course.strings.failed);
    expect(first.learner.text()).toContain(first.course.strings.attemptsLeftMany.replace('{n}', '2'));
    expect([...first.learner.document.querySelectorAll('button')].map((b) => b.textContent)).toContain(first.course.strings.retry);
    first.learner.exit();
    expect(first.lms.stored('cmi.core.lesson_status')).toBe('failed');
    expect(first.lms.stored('cmi.core.score.raw')).toBe('70');

    const second = await launch(english, scratch.dir);
    while (!second.learner.document.querySelector('#cease-main fieldset[data-question]')) second.learner.next();
    const check = second.learner.question();
    second.learner.choose(check.id, correctIds(check));
    second.learner.check(check.id);
    second.learner.next();
    const bookmark = second.learner.heading();
    second.learner.exit();
    expect(second.lms.stored('cmi.core.exit')).toBe('suspend');

    const resumed = await launch(english, scratch.dir, second.lms);
    expect(resumed.learner.heading()).toBe(bookmark);
    resumed.learner.previous();
    expect(resumed.learner.checked(check.id)).toEqual(correctIds(check));
  });
});

async function launch(zip: string, scratch: string, previous?: Lms12) {
  const dir = join(scratch, `${zip.split('/').pop()}-${Math.random().toString(36).slice(2)}`);
  new AdmZip(zip).extractAllTo(dir);
  const lms = new Lms12(previous ? { cmi: previous.snapshot(), localStorage: previous.localStorage() } : {});
  const window = await lms.launch(dir);
  const course = courseInPage(window.document.documentElement.outerHTML);
  return { lms, learner: new Learner(window, course), course };
}


describe('the CEASE course in every format', () => {
  const scratch = scratchDir();
  afterAll(scratch.cleanup);

  it('builds one zip per format with --format all, and cease inspect finds nothing wrong in any', async () => {
    const out = join(scratch.dir, 'all');
    const build = await runCli(['build', COURSE, '--format', 'all', '--out', out, '--vars', `${COURSE}/cities/flagstaff.yml`, '--draft']);
    expect(build.code, build.stderr).toBe(0);
    for (const format of ['scorm12', 'scorm2004', 'xapi', 'cmi5']) {
      const zip = join(out, `cease-flagstaff-1.0.0-${format}.zip`);
      const run = await runCli(['inspect', zip, '--reporter', 'json']);
      expect(run.code, `${format}: ${run.stdout}`).toBe(0);
      const report = JSON.parse(run.stdout) as { format: string; diagnostics: unknown[]; masteryScore: number | null };
      expect(report).toMatchObject({ format, diagnostics: [] });
    }
  });

  it('SCORM 2004: completed and passed with a scaled score and every drawn answer, under scorm-again', async () => {
    const zip = join(scratch.dir, 'all', 'cease-flagstaff-1.0.0-scorm2004.zip');
    const dir = join(scratch.dir, 'scorm2004');
    new AdmZip(zip).extractAllTo(dir);
    const lms = new Lms2004({ cmi: { scaled_passing_score: '0.8' } });
    const window = await lms.launch(dir);
    const course = courseInPage(window.document.documentElement.outerHTML);
    const learner = new Learner(window, course);
    const drawn = learner.takeAssessment([true, true, true, true, true, true, true, true, true, false]);
    learner.exit();
    expect(lms.stored('cmi.completion_status')).toBe('completed');
    expect(lms.stored('cmi.success_status')).toBe('passed');
    expect(lms.stored('cmi.score.scaled')).toBe('0.9');
    expect(lms.interactions().filter((i) => i.weighting === '1').map((i) => i.id)).toEqual(drawn.map((q) => q.id));
  });
});
