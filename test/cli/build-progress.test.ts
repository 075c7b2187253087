import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, runCli, scratchDir } from '../helpers/cli.js';

const course = 'courses/cease-municipal';
/**
 * The sample's city files with every value taken as confirmed (their !todo
 * tags dropped), so the build prints progress and the table and nothing else.
 */
function confirmedCities(dir: string): string[] {
  mkdirSync(join(dir, 'cities'));
  return ['flagstaff', 'phoenix'].map((city) => {
    const path = join(dir, 'cities', `${city}.yml`);
    writeFileSync(path, readFileSync(join(repoRoot, course, 'cities', `${city}.yml`), 'utf8').replace(/!todo /g, ''));
    return path;
  });
}

/** Runs cease on a pseudo-terminal (util-linux `script`), as a person at a terminal would; stdout and stderr arrive together. */
function runOnTerminal(args: string[]): Promise<string> {
  const command = ['node', join(repoRoot, 'bin/cease.js'), ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  return new Promise((done, failed) => {
    execFile('script', ['-qfec', command, '/dev/null'], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout) => {
      if (error) failed(new Error(`script (util-linux) failed: ${error.message}`));
      else done(stdout);
    });
  });
}

describe('cease build progress', () => {
  let scratch: ReturnType<typeof scratchDir>;
  let cities: string[];
  beforeEach(() => {
    scratch = scratchDir();
    cities = confirmedCities(scratch.dir);
  });
  afterEach(() => scratch.cleanup());

  it('on a terminal, counts the variants checked and the packages written on one line, erased before the table', async () => {
    const output = await runOnTerminal(['build', course, '--format', 'all', '--out', join(scratch.dir, 'dist'), '--vars', ...cities]);
    expect(output).toMatch(/\r\x1b\[2Kchecking 2\/2: [^\r]*cities\/phoenix\.yml/);
    expect(output).toContain('\r\x1b[2Kpackaging 8/8: cease-phoenix-1.0.0-cmi5.zip');
    // The line is erased, then the summary table follows on a clean line.
    expect(output).toMatch(/packaging 8\/8: [^\r]*\r\x1b\[2Kformat +size +path/);
  });

  it('prints no progress when stderr is not a terminal, only the table', async () => {
    const result = await runCli(['build', course, '--format', 'all', '--out', join(scratch.dir, 'dist'), '--vars', ...cities]);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/\r|\x1b|packaging|checking/);
    expect(result.stderr).toMatch(/^format +size +path\n/);
  });

  it('prints no progress on a terminal with --reporter json', async () => {
    const output = await runOnTerminal(['build', course, '--format', 'all', '--out', join(scratch.dir, 'dist'), '--vars', ...cities, '--reporter', 'json']);
    expect(output).not.toMatch(/\x1b\[2K|packaging|checking/);
    expect(output).toContain('"errors": 0');
  });
});
