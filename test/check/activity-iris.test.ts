import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFixture, repoRoot, runCli, scratchDir } from '../helpers/cli.js';

interface JsonReport {
  diagnostics: { file: string; line?: number; column?: number; severity: string; ruleId: string; message: string; hint?: string }[];
}

/** The minimal fixture with an activity id built from the site name, and a city whose name has a space. */
function courseWithCityActivityId(dir: string): string {
  const course = copyFixture('minimal', dir);
  const config = join(course, 'course.yml');
  writeFileSync(config, readFileSync(config, 'utf8').replace('variables:', 'activityId: https://training.example.gov/courses/{{site.name}}\nvariables:'));
  writeFileSync(join(dir, 'san-jose.yml'), '# San José, California\nsite:\n  name: San José\n  slug: san-jose\n');
  writeFileSync(join(dir, 'santa-fe.yml'), 'site:\n  name: Santa-Fé\n  slug: santa-fe\n');
  return course;
}

describe('activity-iri: every IRI in a package is valid once placeholders are filled', () => {
  let scratch: ReturnType<typeof scratchDir>;
  beforeEach(() => {
    scratch = scratchDir();
  });
  afterEach(() => scratch.cleanup());

  it('validate points at the vars value that put a space into the activity id', async () => {
    courseWithCityActivityId(scratch.dir);
    const run = await runCli(['validate', 'minimal', '--vars', 'santa-fe.yml', 'san-jose.yml', '--reporter', 'json'], scratch.dir);
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as JsonReport).diagnostics.filter((d) => d.ruleId === 'activity-iri');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'san-jose.yml', line: 3, column: 9, severity: 'error' });
    expect(found[0]?.message).toContain('"https://training.example.gov/courses/San José"');
    expect(found[0]?.message).toContain('the space at character 41');
    expect(found[0]?.hint).toContain('%20');
    expect(found[0]?.hint).toContain('"san-jose"');
  });

  it('validate accepts a non-ASCII letter, which IRIs allow', async () => {
    courseWithCityActivityId(scratch.dir);
    const run = await runCli(['validate', 'minimal', '--vars', 'santa-fe.yml'], scratch.dir);
    expect(run.stderr).toContain('No problems found.');
    expect(run.code).toBe(0);
  });

  it('validate points at activityId in course.yml when the text around the placeholders is at fault', async () => {
    const course = copyFixture('minimal', scratch.dir);
    const config = join(course, 'course.yml');
    // The schema sees "x:{{site.slug}}…" before filling; only the filled text shows the stray "%".
    writeFileSync(config, readFileSync(config, 'utf8').replace('variables:', 'activityId: "https://example.gov/{{site.slug}}/100%"\nvariables:'));
    const run = await runCli(['validate', 'minimal', '--reporter', 'json'], scratch.dir);
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as JsonReport).diagnostics.filter((d) => d.ruleId === 'activity-iri');
    expect(found).toMatchObject([{ file: join('minimal', 'course.yml'), line: 9, column: 13 }]);
    expect(found[0]?.message).toContain('"https://example.gov/testville/100%"');
    expect(found[0]?.hint).toContain('%25');
  });

  it('build refuses it and writes no package', async () => {
    courseWithCityActivityId(scratch.dir);
    const run = await runCli(['build', 'minimal', '--vars', 'san-jose.yml', '--format', 'xapi,cmi5', '--out', 'dist'], scratch.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/san-jose\.yml:3:9 +error .*not a valid IRI \(RFC 3987\).* activity-iri/);
    expect(run.stderr).toContain('No package written');
    expect(existsSync(join(scratch.dir, 'dist'))).toBe(false);
  });

  it('points at the value the build used: the city file\'s translation with --locale, else its own value', async () => {
    const course = join(scratch.dir, 'cease');
    cpSync(join(repoRoot, 'courses/cease-municipal'), course, { recursive: true });
    const config = join(course, 'course.yml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('passingScore:', 'activityId: https://training.example.gov/{{city.official_name}}\npassingScore:'));
    const city = join(course, 'cities/phoenix.yml');
    const lineOf = (text: string) => readFileSync(city, 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;
    const found = async (...args: string[]) => {
      const run = await runCli(['validate', 'cease', '--vars', join('cease', 'cities/phoenix.yml'), ...args, '--reporter', 'json'], scratch.dir);
      return (JSON.parse(run.stdout) as JsonReport).diagnostics.filter((d) => d.ruleId === 'activity-iri');
    };
    expect(await found()).toMatchObject([{ file: join('cease', 'cities/phoenix.yml'), line: lineOf('official_name: City of Phoenix') }]);
    const spanish = await found('--locale', 'es');
    expect(spanish).toMatchObject([{ file: join('cease', 'cities/phoenix.yml'), line: lineOf('official_name: "Ciudad de Phoenix"') }]);
    expect(spanish[0]?.message).toContain('"https://training.example.gov/Ciudad de Phoenix-es"');
  });
});
