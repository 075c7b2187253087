import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './cli.js';

const run = promisify(execFile);

/**
 * The environment without the variables `npm test` passes to its scripts
 * (npm_config_*, npm_package_*), which would steer an npm started from a test.
 */
export function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
}

export async function npm(args: string[], cwd: string): Promise<string> {
  return (await run('npm', args, { cwd, env: userEnv(), maxBuffer: 16 * 1024 * 1024 })).stdout;
}

/**
 * `npm pack` of the checkout into `dir`, as the registry would serve it; the
 * path of the tarball. Scripts are skipped because the checkout is already
 * built (npm test builds first); prepare would rebuild it.
 */
export async function packCease(dir: string): Promise<string> {
  const [packed] = JSON.parse(await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], repoRoot)) as [{ filename: string }];
  return join(dir, packed.filename);
}
