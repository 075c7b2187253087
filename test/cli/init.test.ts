import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPackage } from '../helpers/package-zip.js';
import { runCli, scratchDir } from '../helpers/cli.js';

describe('cease init', () => {
  let scratch: ReturnType<typeof scratchDir>;
  beforeEach(() => {
    scratch = scratchDir();
  });
  afterEach(() => scratch.cleanup());

  it('writes a starter course that validates with no problem and builds, without edits', async () => {
    const init = await runCli(['init', 'my-course'], scratch.dir);
    expect(init.code).toBe(0);
    expect(init.stderr).toContain('Created a starter course in my-course');
    const course = join(scratch.dir, 'my-course');
    expect(readdirSync(course, { recursive: true }).map(String).sort()).toEqual([
      '.vscode', '.vscode/extensions.json', '.vscode/settings.json', '01-welcome.md', '02-in-practice.md', '03-final-check.md', 'README.md', 'assets', 'assets/steps.svg', 'cities', 'cities/example.yml', 'course.yml',
    ]);

    const validate = await runCli(['validate', 'my-course', '--max-warnings', '0', '--reporter', 'json'], scratch.dir);
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ errors: 0, warnings: 0, diagnostics: [] });

    const build = await runCli(['build', 'my-course', '--out', 'dist', '--vars', 'my-course/cities/example.yml', '--max-warnings', '0'], scratch.dir);
    expect(build.code).toBe(0);
    const zip = openPackage(join(scratch.dir, 'dist', 'my-course-example-city-1.0.0-scorm12.zip'));
    expect(zip.has('assets/steps.svg')).toBe(true);
    const page = zip.text('index.html');
    expect(page).toContain('My first course for Example City');
    // The image keeps its alt text; the knowledge check and the graded assessment both reach the player.
    expect(page).toContain('Three steps in a row: notice, note, report');
    expect(page).toContain('kc-three-steps');
    expect(page).toContain('final-first-step');
    expect(zip.text('imsmanifest.xml')).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
  });

  it('initialises the current folder by default when it is empty', async () => {
    const result = await runCli(['init'], scratch.dir);
    expect(result.code).toBe(0);
    expect(readFileSync(join(scratch.dir, 'course.yml'), 'utf8')).toContain('id: my-course-{{city.slug}}');
  });

  it('refuses a folder that already holds files, and leaves them alone', async () => {
    const existing = join(scratch.dir, 'notes');
    mkdirSync(existing);
    writeFileSync(join(existing, 'course.yml'), 'id: mine\n');
    const result = await runCli(['init', 'notes'], scratch.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cease: notes is not empty (course.yml)');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(existing, 'course.yml'), 'utf8')).toBe('id: mine\n');
    expect(readdirSync(existing)).toEqual(['course.yml']);
  });

  it('refuses a path that is a file', async () => {
    writeFileSync(join(scratch.dir, 'course.txt'), 'x');
    const result = await runCli(['init', 'course.txt'], scratch.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('course.txt is a file, not a folder');
  });
});
