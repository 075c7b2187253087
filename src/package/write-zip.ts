import archiver from 'archiver';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { outputError } from './output-error.js';
import type { PackageFile } from './package-file.js';
import { removedOnSignal } from './temp-files.js';

/**
 * A fixed entry date: the same sources must give the same bytes, so no clock
 * reaches the zip. (Stored as UTC by the zip writer.)
 */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/**
 * Writes a deterministic zip: entries sorted by path, fixed dates and modes,
 * `/` separators, no directory entries. Written to a temporary file and
 * renamed, so a failed or interrupted build never leaves a half-written
 * package behind. A folder that cannot be written is an OutputError.
 */
export async function writeZip(target: string, files: readonly PackageFile[]): Promise<number> {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  try {
    await mkdir(dirname(target), { recursive: true });
  } catch (error) {
    throw outputError(error, target);
  }
  const temp = `${target}.${process.pid}.tmp`;
  const release = removedOnSignal(temp);
  try {
    const size = await new Promise<number>((resolve, reject) => {
      const output = createWriteStream(temp);
      const archive = archiver('zip', { zlib: { level: 9 } });
      output.on('close', () => resolve(archive.pointer()));
      output.on('error', reject);
      archive.on('error', reject);
      archive.on('warning', reject);
      archive.pipe(output);
      for (const file of sorted) {
        archive.append(typeof file.contents === 'string' ? Buffer.from(file.contents, 'utf8') : file.contents, {
          name: file.path,
          date: FIXED_DATE,
          mode: 0o644,
        });
      }
      void archive.finalize();
    });
    await rename(temp, target);
    return size;
  } catch (error) {
    await rm(temp, { force: true });
    throw outputError(error, target);
  } finally {
    release();
  }
}
