import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPackage } from '../helpers/package-zip.js';
import { copyFixture, runCli, scratchDir } from '../helpers/cli.js';
import { spawnCli } from '../preview/preview-process.js';

let scratch: ReturnType<typeof scratchDir>;
beforeEach(() => {
  scratch = scratchDir();
});
afterEach(() => scratch.cleanup());

/** The fixture course under another folder name and course id, so two of them give two packages. */
function secondCourse(name: string): string {
  const dir = copyFixture('minimal', join(scratch.dir, name));
  const settings = join(dir, 'course.yml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace('id: fixture-', 'id: second-'));
  return dir;
}

/** Two plain-http links: two `link-https` warnings, nothing else. */
function withTwoWarnings(course: string): void {
  appendFileSync(join(course, '01-basics.md'), '\nSee [the city site](http://example.com) and [the state site](http://example.org).\n');
}

describe('cease build with several course folders', () => {
  it('builds each folder and ends with one table of format, size and path', async () => {
    copyFixture('minimal', scratch.dir);
    secondCourse('other');
    const result = await runCli(['build', 'minimal', 'other/minimal', '--out', 'dist'], scratch.dir);
    expect(result.code).toBe(0);
    const table = result.stderr.trimEnd().split('\n').slice(-3);
    expect(table[0]).toMatch(/^format\s+size\s+path$/);
    expect(table[1]).toMatch(/^scorm12\s+\d+\.\d KB\s+dist\/fixture-testville-1\.0\.0-scorm12\.zip$/);
    expect(table[2]).toMatch(/^scorm12\s+\d+\.\d KB\s+dist\/second-testville-1\.0\.0-scorm12\.zip$/);
    expect(openPackage(join(scratch.dir, 'dist/second-testville-1.0.0-scorm12.zip')).has('imsmanifest.xml')).toBe(true);
  });

  it('lists one row per --vars file, and prints no table for machine reporters', async () => {
    const course = copyFixture('minimal', scratch.dir);
    for (const slug of ['north', 'south']) writeFileSync(join(scratch.dir, `${slug}.yml`), `site:\n  name: ${slug}\n  slug: ${slug}\n`);
    const pretty = await runCli(['build', course, '--out', 'dist', '--vars', 'north.yml', 'south.yml'], scratch.dir);
    expect(pretty.code).toBe(0);
    expect(pretty.stderr).toMatch(/dist\/fixture-north-1\.0\.0-scorm12\.zip\n.*dist\/fixture-south-1\.0\.0-scorm12\.zip\n$/);

    const json = await runCli(['build', course, '--out', 'dist', '--vars', 'north.yml', '--reporter', 'json'], scratch.dir);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ errors: 0 });
    expect(json.stderr).not.toContain('format');
  });

  it('still builds the good folders when one has errors, and exits 1 naming the broken one', async () => {
    copyFixture('minimal', scratch.dir);
    const broken = secondCourse('broken');
    const lesson = join(broken, '01-basics.md');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace(':::question{#kc-any-community}', ':::question'));
    const result = await runCli(['build', 'minimal', 'broken/minimal', '--out', 'dist'], scratch.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\/minimal\/01-basics\.md:\d+:\d+\s+error/);
    expect(result.stderr).toContain('No package written for broken/minimal: fix the errors above.');
    expect(result.stderr).toMatch(/dist\/fixture-testville-1\.0\.0-scorm12\.zip\n$/);
  });
});

describe('--max-warnings', () => {
  it('fails validate and build when warnings exceed the limit, and passes at the limit', async () => {
    const course = copyFixture('minimal', scratch.dir);
    withTwoWarnings(course);
    const over = await runCli(['validate', course, '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('2 warnings found, more than --max-warnings 1 allows.');
    expect((await runCli(['validate', course, '--max-warnings', '2'])).code).toBe(0);
    expect((await runCli(['validate', course])).code).toBe(0);

    const build = await runCli(['build', course, '--out', join(scratch.dir, 'dist'), '--max-warnings', '0']);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('2 warnings found, more than --max-warnings 0 allows.');
  });

  it('rejects a limit that is not a whole number (exit 2)', async () => {
    const result = await runCli(['validate', 'test/fixtures/minimal', '--max-warnings', 'few']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected a whole number');
  });
});

describe('cease build --watch', () => {
  it('rebuilds after a save, reports a broken save without stopping, and exits 0 on Ctrl+C', async () => {
    const course = copyFixture('minimal', scratch.dir);
    // Output inside the course folder: writing the zip must not trigger another build.
    const out = join(course, 'dist');
    const zip = join(out, 'fixture-testville-1.0.0-scorm12.zip');
    const watch = spawnCli(['build', course, '--out', out, '--watch']);
    try {
      await watch.waitFor(/for changes \(Ctrl\+C to stop\)/);
      const lesson = join(course, '01-basics.md');
      const good = readFileSync(lesson, 'utf8');

      writeFileSync(lesson, good.replace('Welcome to', 'A warm welcome to'));
      await watch.waitFor(/changed: .*01-basics\.md; rebuilding[\s\S]*watching for changes/);
      expect(openPackage(zip).text('index.html')).toContain('A warm welcome to');

      writeFileSync(lesson, good.replace(':::question{#kc-any-community}', ':::question'));
      await watch.waitFor(/No package written: fix the errors above\.\nwatching for changes/);
      expect(watch.child.exitCode).toBeNull();

      writeFileSync(lesson, good);
      await watch.waitFor(/No package written[\s\S]*rebuilding[\s\S]*scorm12\.zip\nwatching for changes/);
      // One save, one rebuild: the zip written into the course folder did not start another.
      await new Promise((settle) => setTimeout(settle, 600));
      expect(watch.stderr().match(/rebuilding/g)).toHaveLength(3);
      expect(await watch.stop('SIGINT')).toBe(0);
    } finally {
      await watch.stop('SIGKILL');
    }
  });
});
