// The assessment blueprint (`draw: {tag: count}`, `tags="…"`, `always`) through
// the real CLI: each mistake an author can make is named at its line, and a
// valid blueprint reaches the player, whose draw honours it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { afterAll, describe, expect, it } from 'vitest';
import { startAttempt } from '../../src/runtime/core/assessment.js';
import { copyFixture, runCli, scratchDir } from '../helpers/cli.js';
import { courseInPage } from '../helpers/page-course.js';

const FINAL = '02-final.md';

/** The minimal fixture's final check with a new front matter and attributes per question id. */
function rewrite(course: string, draw: string, attributes: Record<string, string>): void {
  const path = join(course, FINAL);
  let text = readFileSync(path, 'utf8').replace(/^ {2}draw: 2$/m, `  draw: ${draw}`);
  for (const [id, extra] of Object.entries(attributes)) text = text.replace(`{#${id}}`, `{#${id} ${extra}}`);
  writeFileSync(path, text);
}

interface Finding { file: string; line?: number; ruleId: string; severity: string; message: string }

const cases: { name: string; draw: string; attributes: Record<string, string>; ruleId: string; line: number; says: string }[] = [
  {
    name: 'a tag with fewer questions than the blueprint asks for',
    draw: '{roles: 1, response: 3}', attributes: { 'final-one': 'tags="roles"', 'final-two': 'tags="response"', 'final-three': 'tags="response"' },
    ruleId: 'draw-tag-pool', line: 4, says: '"draw" asks for 3 questions tagged "response" but the pool has 2.',
  },
  {
    name: 'a question that fills two counts',
    draw: '{roles: 1, response: 1}', attributes: { 'final-one': 'tags="roles response"', 'final-two': 'tags="response"' },
    ruleId: 'draw-tag-overlap', line: 12, says: 'Question "final-one" carries "roles" and "response"',
  },
  {
    name: 'more always-included questions of a tag than its count',
    draw: '{response: 1}', attributes: { 'final-two': 'tags="response" always', 'final-three': 'tags="response" always' },
    ruleId: 'draw-always', line: 4, says: '2 questions tagged "response" are always included but "draw" asks for 1.',
  },
  {
    name: 'more always-included questions than a plain draw',
    draw: '1', attributes: { 'final-two': 'always', 'final-three': 'always' },
    ruleId: 'draw-always', line: 3, says: '2 questions are always included but "draw" asks only 1 per attempt.',
  },
  {
    name: 'a tag in capitals',
    draw: '2', attributes: { 'final-two': 'tags="Reporting"' },
    ruleId: 'question-tags', line: 21, says: 'Question tag "Reporting" may hold only lower-case letters',
  },
  {
    name: 'always given a value',
    draw: '2', attributes: { 'final-two': 'always="yes"' },
    ruleId: 'question-tags', line: 21, says: 'always="yes" is not understood.',
  },
];

describe('cease validate names each blueprint mistake', () => {
  const scratch = scratchDir();
  afterAll(scratch.cleanup);

  it.each(cases)('$name', async ({ name, draw, attributes, ruleId, line, says }) => {
    const course = copyFixture('minimal', join(scratch.dir, name.replace(/\W+/g, '-')));
    rewrite(course, draw, attributes);
    const run = await runCli(['validate', course, '--reporter', 'json'], scratch.dir);
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.stdout) as { diagnostics: Finding[] }).diagnostics;
    expect(findings.map((d) => `${d.file.split('/').pop()}:${d.line} ${d.severity} ${d.ruleId}`)).toEqual([`${FINAL}:${line} error ${ruleId}`]);
    expect(findings[0]?.message).toContain(says);
  });

  it('refuses "always" on a knowledge check', async () => {
    const course = copyFixture('minimal', join(scratch.dir, 'knowledge-check'));
    const path = join(course, '01-basics.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('{#kc-any-community}', '{#kc-any-community always}'));
    const run = await runCli(['validate', course], scratch.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('question-tags');
    expect(run.stderr).toContain('Only assessment questions can be always included');
  });
});

describe('a valid blueprint', () => {
  const scratch = scratchDir();
  afterAll(scratch.cleanup);

  it('builds, and every drawn attempt holds the always-included question and one per tag', async () => {
    const course = copyFixture('minimal', join(scratch.dir, 'ok'));
    rewrite(course, '{roles: 1, response: 1}', { 'final-one': 'tags="roles" always', 'final-two': 'tags="response"', 'final-three': 'tags="response"' });
    const out = join(scratch.dir, 'out');
    const run = await runCli(['build', course, '--out', out, '--reporter', 'json'], scratch.dir);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const zip = new AdmZip(join(out, 'fixture-testville-1.0.0-scorm12.zip'));
    const assessment = courseInPage(zip.readAsText('index.html')).assessment!;
    expect(assessment).toMatchObject({ draw: 2, always: [0], blueprint: [{ tag: 'roles', count: 1, pool: [0] }, { tag: 'response', count: 1, pool: [1, 2] }] });
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const { drawn } = startAttempt(assessment, null, seed);
      expect(drawn).toHaveLength(2);
      expect(drawn[0]).toBe(0);
      expect(startAttempt(assessment, null, seed).drawn).toEqual(drawn);
      seen.add(drawn.join());
    }
    // Both response questions turn up: the tag's pick is random, not fixed.
    expect([...seen].sort()).toEqual(['0,1', '0,2']);
  });
});
