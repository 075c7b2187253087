import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFixture, repoRoot, runCli, scratchDir, type CliRun } from '../helpers/cli.js';

let scratch: ReturnType<typeof scratchDir>;
beforeEach(() => {
  scratch = scratchDir();
});
afterEach(() => scratch.cleanup());

const bin = join(repoRoot, 'bin/cease.js');
const PACKAGE = 'fixture-testville-1.0.0-scorm12.zip';

/** Exit 2, the path named, what to do, and none of the "internal error" of a crash. */
function expectOutputProblem(run: CliRun, path: string, says: string): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toContain(`${path}  error  `);
  expect(run.stderr).toContain(says);
  expect(run.stderr).toContain('output-unwritable');
  expect(run.stderr).toMatch(/→ .*--out/);
  expect(run.stderr).not.toContain('internal error');
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('cease build never writes one package over another', () => {
  it('refuses two course folders with the same course id and version, and writes nothing', async () => {
    copyFixture('minimal', scratch.dir);
    copyFixture('minimal', join(scratch.dir, 'copy'));
    appendFileSync(join(scratch.dir, 'copy/minimal/01-basics.md'), '\nOnly in the copy.\n');
    const run = await runCli(['build', 'minimal', 'copy/minimal', '--out', 'dist'], scratch.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('copy/minimal/course.yml  error  copy/minimal has the same course id and version as minimal (fixture-testville 1.0.0)');
    expect(run.stderr).toContain('package-name-clash');
    // Nothing is written: which of the two was meant is for the author to say.
    expect(existsSync(join(scratch.dir, 'dist')) ? readdirSync(join(scratch.dir, 'dist')) : []).toEqual([]);
  });
});

describe('cease build with an --out it cannot write to', () => {
  it('says --out is a file', async () => {
    copyFixture('minimal', scratch.dir);
    writeFileSync(join(scratch.dir, 'dist'), 'notes');
    expectOutputProblem(await runCli(['build', 'minimal', '--out', 'dist'], scratch.dir), 'dist', 'dist is a file, not a folder');
  });

  it("says --out's parent is a file", async () => {
    copyFixture('minimal', scratch.dir);
    writeFileSync(join(scratch.dir, 'dist'), 'notes');
    expectOutputProblem(await runCli(['build', 'minimal', '--out', 'dist/city'], scratch.dir), 'dist', `dist is a file, not a folder, so dist/city/${PACKAGE} cannot be written`);
  });

  it('says the zip path is a folder', async () => {
    copyFixture('minimal', scratch.dir);
    mkdirSync(join(scratch.dir, 'dist', PACKAGE), { recursive: true });
    const run = await runCli(['build', 'minimal', '--out', 'dist'], scratch.dir);
    expectOutputProblem(run, `dist/${PACKAGE}`, 'is a folder, so the package cannot be written under that name');
    expect(readdirSync(join(scratch.dir, 'dist', PACKAGE))).toEqual([]);
  });

  it('says the folder is read-only', async () => {
    copyFixture('minimal', scratch.dir);
    mkdirSync(join(scratch.dir, 'locked'));
    chmodSync(join(scratch.dir, 'locked'), 0o555);
    chmodSync(scratch.dir, 0o755);
    const run = await runAsUnprivileged(['build', 'minimal', '--out', 'locked/dist'], scratch.dir);
    expectOutputProblem(run, 'locked', 'The folder locked cannot be written to (permission denied)');
  });
});

/**
 * Root writes into read-only folders anyway, so as root the CLI runs as
 * nobody (util-linux setpriv), as it would for a city employee. nobody may
 * not be able to reach this checkout (a clone in a private temporary folder),
 * so it runs the files the package ships, copied beside the course.
 */
function runAsUnprivileged(args: readonly string[], cwd: string): Promise<CliRun> {
  if (process.getuid?.() !== 0) return runCli(args, cwd);
  const cli = join(cwd, 'cli');
  for (const part of ['package.json', 'bin/cease.js', 'build/cli', 'build/runtime', 'build/lms', 'build/xsd', 'schemas', 'templates']) {
    cpSync(join(repoRoot, part), join(cli, part), { recursive: true });
  }
  return new Promise((done) => {
    const command = ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, join(cli, 'bin/cease.js'), ...args];
    execFile('setpriv', command, { cwd, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('cease build interrupted while writing a package', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('removes the temporary zip on %s', async (signal) => {
    const course = copyFixture('minimal', scratch.dir);
    // 36 MB that does not compress: long enough to interrupt the zip writer in the middle.
    for (const n of [1, 2, 3, 4]) {
      writeFileSync(join(course, `assets/photo${n}.png`), randomBytes(9_000_000));
      appendFileSync(join(course, '01-basics.md'), `\n![Photo ${n}](assets/photo${n}.png)\n`);
    }
    const out = join(scratch.dir, 'dist');
    const child = spawn(process.execPath, [bin, 'build', course, '--out', out, '--format', 'all'], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | number | null>((done) => child.on('exit', (code, killedBy) => done(killedBy ?? code)));
    const temporary = () => (existsSync(out) ? readdirSync(out).filter((name) => name.endsWith('.tmp')) : []);
    for (let waited = 0; temporary().length === 0; waited += 5) {
      if (waited > 50_000) throw new Error('the build never started writing a zip');
      await sleep(5);
    }
    child.kill(signal);
    expect(await exited).toBe(signal);
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
