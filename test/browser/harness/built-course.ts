/** Packages built by the real CLI and unzipped, as an LMS unpacks them on import. */
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { repoRoot, runCli } from '../../helpers/cli.js';

/** Builds `courseDir` (relative to the repository) with `cease build` and returns the unzipped package folder. */
export async function builtPackage(courseDir: string, ...args: string[]): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'cease-browser-'));
  const run = await runCli(['build', join(repoRoot, courseDir), '--out', join(out, 'dist'), ...args]);
  if (run.code !== 0) throw new Error(`cease build ${courseDir} failed (${run.code}):\n${run.stderr}`);
  const zips = (await readdir(join(out, 'dist'))).filter((name) => name.endsWith('.zip'));
  if (zips.length !== 1) throw new Error(`cease build ${courseDir} wrote ${zips.length} zips`);
  const dir = join(out, 'package');
  new AdmZip(join(out, 'dist', zips[0] as string)).extractAllTo(dir);
  return dir;
}
