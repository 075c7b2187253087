import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
const bin = join(repoRoot, 'bin/cease.js');

/** One diagnostic as `--reporter json` prints it. */
export interface Found {
  file: string;
  line?: number;
  column?: number;
  severity: string;
  ruleId: string;
  message: string;
  hint?: string;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `cease` binary, as a user or CI would. */
export function runCli(args: readonly string[], cwd: string = repoRoot, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** A scratch folder removed by the returned cleanup function. */
export function scratchDir(prefix = 'cease-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies `test/fixtures/<name>` into a scratch folder, to mutate safely. */
export function copyFixture(name: string, into: string): string {
  const target = join(into, name);
  cpSync(join(repoRoot, 'test/fixtures', name), target, { recursive: true });
  return target;
}
