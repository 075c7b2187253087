import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, childNamed, childrenNamed, parseXml } from '../../src/inspect/xml-tree.js';
import { copyFixture, runCli, scratchDir } from '../helpers/cli.js';
import { openPackage, type OpenedPackage } from '../helpers/package-zip.js';

const TINCAN_NS = 'http://projecttincan.com/tincan.xsd';

describe('an xAPI package built by the CLI', () => {
  const scratch = scratchDir();
  let course: string;
  let zipPath: string;
  let pkg: OpenedPackage;

  beforeAll(async () => {
    course = copyFixture('minimal', scratch.dir);
    const run = await runCli(['build', course, '--format', 'xapi', '--out', join(scratch.dir, 'out')], scratch.dir);
    expect(run.code, run.stderr).toBe(0);
    zipPath = join(scratch.dir, 'out', 'fixture-testville-1.0.0-xapi.zip');
    pkg = openPackage(zipPath);
  });
  afterAll(scratch.cleanup);

  it('holds tincan.xml beside the player at the root, and nothing of SCORM', () => {
    expect([...pkg.names].sort()).toEqual(['assets/diagram.svg', 'cease.css', 'cease.js', 'index.html', 'tincan.xml']);
  });

  it('describes one course activity that launches index.html, titled in the course language', () => {
    const root = parseXml(pkg.text('tincan.xml'));
    expect([root.local, root.uri]).toEqual(['tincan', TINCAN_NS]);
    const activities = childrenNamed(childNamed(root, 'activities')!, 'activity');
    expect(activities).toHaveLength(1);
    const activity = activities[0]!;
    expect(attr(activity, 'id')).toBe('https://cease.invalid/courses/fixture-testville');
    expect(attr(activity, 'type')).toBe('http://adlnet.gov/expapi/activities/course');
    expect(childNamed(activity, 'name')?.text).toBe('Fixture course for Testville');
    expect(attr(childNamed(activity, 'name')!, 'lang')).toBe('en');
    expect(childNamed(activity, 'description')?.text).toBe('A small course the tests build end to end.');
    expect(childNamed(activity, 'launch')?.text).toBe('index.html');
  });

  it('passes cease inspect', async () => {
    const run = await runCli(['inspect', zipPath, '--reporter', 'json']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ format: 'xapi', launch: 'index.html', errors: 0, warnings: 0, diagnostics: [] });
  });

  it('carries the activity id from course.yml into tincan.xml and the player, with placeholders filled', async () => {
    const yml = join(course, 'course.yml');
    writeFileSync(yml, `${readFileSync(yml, 'utf8')}activityId: https://training.example.org/courses/{{site.slug}}\n`);
    const out = join(scratch.dir, 'own-id');
    const run = await runCli(['build', course, '--format', 'xapi', '--out', out], scratch.dir);
    expect(run.code, run.stderr).toBe(0);
    const own = openPackage(join(out, 'fixture-testville-1.0.0-xapi.zip'));
    expect(own.text('tincan.xml')).toContain('<activity id="https://training.example.org/courses/testville"');
    expect(own.text('index.html')).toContain('"activityId":"https://training.example.org/courses/testville"');
  });

  it('refuses an activity id that is not an IRI, naming the line', async () => {
    const broken = copyFixture('minimal', join(scratch.dir, 'broken'));
    const yml = join(broken, 'course.yml');
    writeFileSync(yml, `${readFileSync(yml, 'utf8')}activityId: courses/testville\n`);
    const run = await runCli(['build', broken, '--format', 'xapi', '--out', join(scratch.dir, 'never')], scratch.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/course\.yml:\d+:\d+\s+error/);
    expect(run.stderr).toContain('activityId');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('is byte-identical when built again', async () => {
    const again = join(scratch.dir, 'again');
    const copy = copyFixture('minimal', join(scratch.dir, 'clean'));
    const first = await runCli(['build', copy, '--format', 'xapi', '--out', again], scratch.dir);
    expect(first.code, first.stderr).toBe(0);
    const bytes = readFileSync(join(again, 'fixture-testville-1.0.0-xapi.zip'));
    const second = await runCli(['build', copy, '--format', 'xapi', '--out', again], scratch.dir);
    expect(second.code).toBe(0);
    expect(readFileSync(join(again, 'fixture-testville-1.0.0-xapi.zip')).equals(bytes)).toBe(true);
  });
});
