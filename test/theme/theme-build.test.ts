import AdmZip from 'adm-zip';
import { existsSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFixture, runCli, scratchDir } from '../helpers/cli.js';

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

let scratch: ReturnType<typeof scratchDir>;
let course: string;

beforeEach(() => {
  scratch = scratchDir();
  course = copyFixture('minimal', scratch.dir);
});
afterEach(() => scratch.cleanup());

/** course.yml of the fixture has 13 lines; `theme:` starts on line 14. */
function theme(lines: string): void {
  appendFileSync(join(course, 'course.yml'), `theme:\n${lines}`);
}

async function build(...extra: string[]) {
  const run = await runCli(['build', course, '--out', join(scratch.dir, 'dist'), ...extra], scratch.dir);
  const dist = join(scratch.dir, 'dist');
  const zips = existsSync(dist) ? readdirSync(dist) : [];
  return { ...run, zips, page: (name: string) => new AdmZip(join(dist, name)).readAsText('index.html'), zip: (name: string) => new AdmZip(join(dist, name)) };
}

describe('course theme', () => {
  it('refuses an accent too light for text, naming the pair, the ratio and the line that set it', async () => {
    theme('  accent: "#f0c000"\n');
    const result = await build();
    expect(result.code).toBe(1);
    expect(result.zips).toEqual([]);
    expect(result.stdout + result.stderr).toMatch(/course\.yml:15:11 +error +In light mode, .*accent #f0c000 on \w+(-bg)? #[0-9a-f]{6} \(player default\) has a contrast of 1\.5\d:1; WCAG 2\.1 needs at least 4\.5:1 for text.*theme-contrast/);
    expect(result.stdout + result.stderr).toContain('labels of primary buttons and step numbers: accent-text #ffffff (player default) on accent #f0c000 has a contrast of 1.71:1');
    expect(result.stdout + result.stderr).toContain('Choose a darker accent; #846a00, a darker shade of #f0c000, passes every pair.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a city file whose accent fails, at that file and line, though the course accent passes', async () => {
    theme('  accent: "#0a6b3d"\n');
    writeFileSync(join(course, 'springfield.yml'), 'site:\n  slug: springfield\ntheme:\n  accent: "#7fb2e5"\n');
    const result = await build('--vars', join(course, 'springfield.yml'));
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/springfield\.yml:4:11 +error +In light mode, .*accent #7fb2e5.*theme-contrast/);
    expect(result.stdout + result.stderr).not.toContain('course.yml:15');
  });

  it('refuses button text that does not contrast with the accent', async () => {
    theme('  accent: "#0a6b3d"\n  accentText: "#2a2a2a"\n');
    const result = await build();
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/course\.yml:16:15 +error +In light mode, labels of primary buttons and step numbers: accent-text #2a2a2a on accent #0a6b3d has a contrast of 2\.\d+:1/);
  });

  it('brands the player with a city\'s logo, accent and font, with a lighter accent for dark mode', async () => {
    theme('  accent: "#0a6b3d"\n  font: \'"Public Sans", Arial, sans-serif\'\n');
    writeFileSync(join(course, 'springfield-logo.svg'), LOGO);
    writeFileSync(join(course, 'springfield.yml'), 'site:\n  slug: springfield\ntheme:\n  logo: springfield-logo.svg\n  accent: "#8a1538"\n');
    const result = await build('--vars', join(course, 'springfield.yml'));
    expect(result.stdout + result.stderr).not.toMatch(/error|warning/);
    expect(result.zips).toEqual(['fixture-springfield-1.0.0-scorm12.zip']);
    const page = result.page(result.zips[0]!);
    expect(page).toContain('<style>:root{--accent:#8a1538}\n@media (prefers-color-scheme:dark){:root{--accent:#');
    expect(page).toContain('body{font-family:"Public Sans", Arial, sans-serif}');
    expect(page).toContain('<img class="course-logo" src="assets/springfield-logo.svg" alt="Test City">');
    expect(result.zip(result.zips[0]!).readAsText('assets/springfield-logo.svg')).toBe(LOGO);
  });

  it('leaves the player page as it was without a theme', async () => {
    const result = await build();
    expect(result.code).toBe(0);
    const page = result.page(result.zips[0]!);
    expect(page).not.toContain('<style>');
    expect(page).not.toContain('course-logo');
  });

  it('refuses a logo that is missing or not an image, at its line', async () => {
    theme('  logo: assets/missing.png\n');
    const missing = await build();
    expect(missing.code).toBe(1);
    expect(missing.stdout + missing.stderr).toMatch(/course\.yml:15:9 +error +The logo "assets\/missing\.png" was not found in the course folder\..*theme-logo/);
  });

  it('refuses a font stack that could carry CSS, through the schema', async () => {
    theme('  font: "Arial; } body { display: none"\n');
    const result = await build();
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/course\.yml:15:9 +error .*theme\.font.*course-schema/);
  });
});
