import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formats } from '../../src/package/formats.js';
import { repoRoot, runCli, scratchDir, type CliRun } from '../helpers/cli.js';
import { executableMarkup, xmlError } from '../helpers/executable-markup.js';
import { openPackage } from '../helpers/package-zip.js';

/** test/fixtures/hostile/<case>/expected.json; see the README there. */
interface Expected {
  exit: 0 | 1;
  diagnostics: { file: string; line?: number; ruleId: string; messageIncludes: string }[];
  args?: string[];
  /** Default both; a slow legal case may run only `build`. */
  commands?: ('validate' | 'build')[];
  /** Operating systems that can create the case (pipes, byte file names). */
  platforms?: NodeJS.Platform[];
  /** Search the built package for anything a browser could execute. */
  injection?: boolean;
  /** Asset paths the package must hold. */
  packaged?: string[];
}

interface Reported {
  file: string;
  line?: number;
  severity: string;
  ruleId: string;
  message: string;
}

const corpus = join(repoRoot, 'test/fixtures/hostile');
const cases = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({ name: entry.name, expected: JSON.parse(readFileSync(join(corpus, entry.name, 'expected.json'), 'utf8')) as Expected }));

describe('hostile input through the real CLI', () => {
  const scratch = scratchDir('cease-hostile-');
  afterAll(scratch.cleanup);

  it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));

  it.each(cases)('$name', async ({ name, expected }) => {
    if (expected.platforms && !expected.platforms.includes(process.platform)) return;
    const dir = join(scratch.dir, name);
    cpSync(join(corpus, name), dir, { recursive: true });
    if (existsSync(join(dir, 'generate.mjs'))) {
      const generate = (await import(pathToFileURL(join(dir, 'generate.mjs')).href)) as { default: (course: string) => void };
      generate.default(join(dir, 'course'));
    }
    for (const command of expected.commands ?? ['validate', 'build']) {
      // Injection cases build every format: each writes its own descriptor from the same fields.
      const args = command === 'validate' ? ['validate', 'course'] : ['build', 'course', '--out', 'out', ...(expected.injection ? ['--format', 'all'] : [])];
      const run = await runCli([...args, ...(expected.args ?? []), '--reporter', 'json'], dir);
      const reported = expectReport(run, expected, `${name}: cease ${command}`);
      if (command !== 'build') continue;
      const written = existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : [];
      if (expected.exit === 1) {
        expect(written, 'no package is written on error').toEqual([]);
        continue;
      }
      expect(written, JSON.stringify(reported)).toHaveLength(expected.injection ? formats.size : 1);
      for (const zip of written) {
        const pkg = openPackage(join(dir, 'out', zip));
        for (const xml of pkg.names.filter((entry) => /^[^/]+\.xml$/.test(entry))) {
          expect(xmlError(pkg.text(xml)), `${zip}: ${xml} is well-formed XML`).toBeNull();
        }
        for (const path of expected.packaged ?? []) expect(pkg.names).toContain(path);
        if (expected.injection) expect(executableMarkup(pkg), zip).toEqual([]);
      }
    }
  });
});

function expectReport(run: CliRun, expected: Expected, what: string): Reported[] {
  expect(run.stderr, `${what}: no stack trace`).not.toMatch(/\n\s+at /);
  expect(run.stderr, `${what}: no Node.js warning`).not.toMatch(/\(node:\d+\) \w*Warning/);
  expect(run.code, `${what}: exit code\n${run.stderr}\n${run.stdout.slice(0, 2000)}`).toBe(expected.exit);
  const reported = (JSON.parse(run.stdout) as { diagnostics: Reported[] }).diagnostics;
  const shown = JSON.stringify(reported, null, 1).slice(0, 3000);
  for (const want of expected.diagnostics) {
    const match = reported.find(
      (d) => d.ruleId === want.ruleId && d.file.endsWith(want.file) && (want.line === undefined || d.line === want.line) && d.message.includes(want.messageIncludes),
    );
    expect(match, `${what}: expected ${JSON.stringify(want)} among\n${shown}`).toBeDefined();
    if (expected.exit === 1 && match) expect(reported.filter((d) => d.severity === 'error')).toContain(match);
  }
  if (expected.exit === 0) expect(reported.filter((d) => d.severity === 'error'), what).toEqual([]);
  return reported;
}
