import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, childNamed, childrenNamed, parseXml, type XmlElement } from '../../src/inspect/xml-tree.js';
import { copyFixture, runCli, scratchDir } from '../helpers/cli.js';
import { openPackage, type OpenedPackage } from '../helpers/package-zip.js';

const CMI5_NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** Builds a copy of the minimal fixture, changed by `edit`, as cmi5 and returns its cmi5.xml root element. */
async function built(dir: string, edit: (course: string) => void = () => {}): Promise<{ pkg: OpenedPackage; zip: string; root: XmlElement }> {
  const course = copyFixture('minimal', dir);
  edit(course);
  const run = await runCli(['build', course, '--format', 'cmi5', '--out', join(dir, 'out')], dir);
  expect(run.code, run.stderr).toBe(0);
  const zip = join(dir, 'out', 'fixture-testville-1.0.0-cmi5.zip');
  const pkg = openPackage(zip);
  return { pkg, zip, root: parseXml(pkg.text('cmi5.xml')) };
}

const langstring = (element: XmlElement | undefined, name: string) => childNamed(childNamed(element!, name)!, 'langstring');

describe('a cmi5 package built by the CLI', () => {
  const scratch = scratchDir();
  let pkg: OpenedPackage;
  let zip: string;
  let root: XmlElement;

  beforeAll(async () => {
    ({ pkg, zip, root } = await built(join(scratch.dir, 'scored')));
  });
  afterAll(scratch.cleanup);

  it('holds cmi5.xml beside the player at the root', () => {
    expect([...pkg.names].sort()).toEqual(['assets/diagram.svg', 'cease.css', 'cease.js', 'cmi5.xml', 'index.html']);
  });

  it('describes the course and one AU in the CourseStructure namespace, in schema order', () => {
    expect([root.local, root.uri]).toEqual(['courseStructure', CMI5_NS]);
    expect(root.children.map((c) => c.local)).toEqual(['course', 'au']);
    const course = childNamed(root, 'course')!;
    expect(attr(course, 'id')).toBe('https://cease.invalid/courses/fixture-testville');
    expect(langstring(course, 'title')?.text).toBe('Fixture course for Testville');
    expect(attr(langstring(course, 'title')!, 'lang')).toBe('en');
    expect(langstring(course, 'description')?.text).toBe('A small course the tests build end to end.');
    const au = childNamed(root, 'au')!;
    expect(au.children.map((c) => c.local)).toEqual(['title', 'description', 'url']);
    expect(attr(au, 'id')).toBe('https://cease.invalid/courses/fixture-testville/au');
    expect(attr(au, 'launchMethod')).toBe('AnyWindow');
    expect(childNamed(au, 'url')?.text).toBe('index.html');
  });

  it('asks for completed and passed, with the assessment pass mark as a 0–1 masteryScore', () => {
    const au = childNamed(root, 'au')!;
    expect(attr(au, 'moveOn')).toBe('CompletedAndPassed');
    expect(attr(au, 'masteryScore')).toBe('0.5');
  });

  it('passes cease inspect', async () => {
    const run = await runCli(['inspect', zip, '--reporter', 'json']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ format: 'cmi5', launch: 'index.html', masteryScore: 0.5, errors: 0, warnings: 0 });
  });

  it('asks for completed only, with no masteryScore, for a course without an assessment', async () => {
    const { root: plain } = await built(join(scratch.dir, 'plain'), (course) => rmSync(join(course, '02-final.md')));
    const au = childNamed(plain, 'au')!;
    expect(attr(au, 'moveOn')).toBe('Completed');
    expect(attr(au, 'masteryScore')).toBeUndefined();
  });

  it('asks for completed only under statusPolicy completed-incomplete, where completed means passed', async () => {
    const { root: policy } = await built(join(scratch.dir, 'policy'), (course) => {
      const yml = join(course, 'course.yml');
      writeFileSync(yml, `${readFileSync(yml, 'utf8')}statusPolicy: completed-incomplete\n`);
    });
    expect(attr(childNamed(policy, 'au')!, 'moveOn')).toBe('Completed');
  });

  it('uses the title as the description when the course has none (cmi5 requires one)', async () => {
    const { root: bare } = await built(join(scratch.dir, 'bare'), (course) => {
      const yml = join(course, 'course.yml');
      writeFileSync(yml, readFileSync(yml, 'utf8').replace(/^description:.*\n/m, ''));
    });
    expect(childrenNamed(childNamed(childNamed(bare, 'au')!, 'description')!, 'langstring')[0]?.text).toBe('Fixture course for Testville');
  });
});
