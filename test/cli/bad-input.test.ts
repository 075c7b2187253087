import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, runCli, scratchDir } from '../helpers/cli.js';

interface Case {
  name: string;
  /** Breaks a fresh copy of the minimal fixture course. */
  mutate: (course: string) => void;
  file: string;
  ruleId: string;
  line?: number;
}

const edit = (course: string, file: string, from: string | RegExp, to: string) => {
  const path = join(course, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}: ${String(from)}`);
  writeFileSync(path, next);
};

const cases: Case[] = [
  { name: 'course.yml missing', mutate: (c) => rmSync(join(c, 'course.yml')), file: 'course.yml', ruleId: 'course-yml-missing' },
  { name: 'invalid YAML in course.yml', mutate: (c) => edit(c, 'course.yml', 'version: 1.0.0', 'version: [1.0.0'), file: 'course.yml', ruleId: 'yaml-syntax', line: 4 },
  { name: 'course.yml without id', mutate: (c) => edit(c, 'course.yml', /^id: .*\n/, ''), file: 'course.yml', ruleId: 'course-schema', line: 1 },
  { name: 'version that is not semver', mutate: (c) => edit(c, 'course.yml', 'version: 1.0.0', 'version: one'), file: 'course.yml', ruleId: 'course-schema', line: 3 },
  { name: 'passingScore above 100', mutate: (c) => edit(c, 'course.yml', 'passingScore: 80', 'passingScore: 180'), file: 'course.yml', ruleId: 'course-schema', line: 7 },
  { name: 'illegal id', mutate: (c) => edit(c, 'course.yml', /^id: .*$/m, 'id: "my course!"'), file: 'course.yml', ruleId: 'course-schema', line: 1 },
  { name: 'id starting with a digit after placeholders', mutate: (c) => { edit(c, 'course.yml', 'slug: testville', 'slug: "9lives"'); edit(c, 'course.yml', 'id: fixture-', 'id: '); }, file: 'course.yml', ruleId: 'course-schema', line: 1 },
  {
    name: 'lesson that is not UTF-8',
    mutate: (c) => writeFileSync(join(c, '01-basics.md'), Buffer.concat([Buffer.from('# Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')])),
    file: '01-basics.md', ruleId: 'invalid-utf8', line: 3,
  },
  { name: 'no lesson files', mutate: (c) => { rmSync(join(c, '01-basics.md')); rmSync(join(c, '02-final.md')); }, file: 'minimal', ruleId: 'no-lessons' },
  { name: 'question without id', mutate: (c) => edit(c, '01-basics.md', ':::question{#kc-any-community}', ':::question'), file: '01-basics.md', ruleId: 'question-id', line: 23 },
  { name: 'question with no correct choice', mutate: (c) => edit(c, '01-basics.md', '- [x] True', '- [ ] True'), file: '01-basics.md', ruleId: 'question-choices', line: 23 },
  { name: 'question with one choice', mutate: (c) => edit(c, '01-basics.md', '- [ ] False\n', ''), file: '01-basics.md', ruleId: 'question-choices', line: 23 },
  { name: 'duplicate question id across files', mutate: (c) => edit(c, '02-final.md', '{#final-one}', '{#kc-pick-two}'), file: '02-final.md', ruleId: 'question-duplicate-id', line: 12 },
  { name: 'missing image file', mutate: (c) => rmSync(join(c, 'assets/diagram.svg')), file: '01-basics.md', ruleId: 'image-asset', line: 19 },
  { name: 'image without alt text', mutate: (c) => edit(c, '01-basics.md', /!\[[^\]]*\]/, '![]'), file: '01-basics.md', ruleId: 'image-alt', line: 19 },
  { name: 'image outside the course folder', mutate: (c) => edit(c, '01-basics.md', 'assets/diagram.svg', '../../secret.png'), file: '01-basics.md', ruleId: 'image-asset', line: 19 },
  { name: 'image with an absolute path', mutate: (c) => edit(c, '01-basics.md', 'assets/diagram.svg', '/etc/passwd'), file: '01-basics.md', ruleId: 'image-asset', line: 19 },
  {
    name: 'image that is a symlink out of the course',
    mutate: (c) => { rmSync(join(c, 'assets/diagram.svg')); symlinkSync('/etc/hostname', join(c, 'assets/diagram.svg')); },
    file: '01-basics.md', ruleId: 'image-asset', line: 19,
  },
  {
    name: 'lesson that is a symlink out of the course',
    mutate: (c) => symlinkSync('/etc/hostname', join(c, '03-stolen.md')),
    file: '03-stolen.md', ruleId: 'path-outside-course',
  },
  { name: 'unknown placeholder', mutate: (c) => edit(c, '01-basics.md', '{{contact}}', '{{contacts.hr}}'), file: '01-basics.md', ruleId: 'placeholder-unknown', line: 7 },
  { name: 'unknown placeholder in course.yml', mutate: (c) => edit(c, 'course.yml', '{{site.name}}', '{{site.city}}'), file: 'course.yml', ruleId: 'placeholder-unknown', line: 2 },
  {
    name: 'assessment without questions',
    mutate: (c) => writeFileSync(join(c, '02-final.md'), '---\nassessment:\n  draw: 2\n---\n# Final check\n\nNo questions yet.\n'),
    file: '02-final.md', ruleId: 'assessment', line: 3,
  },
  { name: 'unknown front matter key', mutate: (c) => edit(c, '02-final.md', '  attempts: 2', '  attempts: 2\n  timer: 5'), file: '02-final.md', ruleId: 'front-matter-schema', line: 7 },
];

describe('bad input: a clear diagnostic, a non-zero exit and no package', () => {
  const scratch = scratchDir();
  afterAll(scratch.cleanup);

  it.each(cases)('$name', async ({ name, mutate, file, ruleId, line }) => {
    const root = join(scratch.dir, name.replace(/\W+/g, '-'));
    const course = copyFixture('minimal', root);
    mutate(course);
    const out = join(root, 'out');
    const json = await runCli(['build', course, '--out', out, '--reporter', 'json'], root);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { diagnostics: { file: string; line?: number; ruleId: string; severity: string }[] };
    const found = report.diagnostics.find((d) => d.ruleId === ruleId && d.severity === 'error');
    expect(found, JSON.stringify(report.diagnostics)).toBeDefined();
    expect(found!.file.endsWith(file)).toBe(true);
    if (line !== undefined) expect(found!.line).toBe(line);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);

    const pretty = await runCli(['build', course, '--out', out], root);
    expect(pretty.code).toBe(1);
    expect(pretty.stderr).toContain(ruleId);
    expect(pretty.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it('a missing course folder is named', async () => {
    const run = await runCli(['build', 'no/such/course', '--out', join(scratch.dir, 'none')], scratch.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no/such/course');
    expect(run.stderr).toContain('course-folder-missing');
    expect(existsSync(join(scratch.dir, 'none'))).toBe(false);
  });

  it('an unknown --format is refused before anything is read', async () => {
    const course = copyFixture('minimal', join(scratch.dir, 'format'));
    const run = await runCli(['build', course, '--format', 'scorm13', '--out', join(scratch.dir, 'format/out')], scratch.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown format "scorm13"');
    expect(run.stderr).toContain('scorm12');
    expect(existsSync(join(scratch.dir, 'format/out'))).toBe(false);
  });
});
