import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { OutputError, outputError } from './output-error.js';
import type { PackageFile } from './package-file.js';
import { removedOnSignal } from './temp-files.js';
import { endOfCentralDirectory, zipEntry, ZipTooLargeError } from './zip-entries.js';

/**
 * Writes a deterministic zip: entries sorted by path, fixed dates and modes,
 * `/` separators, no directory entries. Each entry is compressed and written
 * in turn, so only one file's bytes are held twice. Written to a temporary
 * file and renamed, so a failed or interrupted build never leaves a
 * half-written package behind. A folder that cannot be written is an OutputError.
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
    const handle = await open(temp, 'w');
    let offset = 0;
    try {
      const central: Buffer[] = [];
      for (const file of sorted) {
        const entry = zipEntry(file, offset);
        await writeAll(handle, [entry.local, entry.data]);
        offset += entry.local.length + entry.data.length;
        central.push(entry.central);
      }
      const directory = Buffer.concat(central);
      await writeAll(handle, [directory, endOfCentralDirectory(central.length, directory.length, offset)]);
      offset += directory.length + 22;
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    return offset;
  } catch (error) {
    await rm(temp, { force: true });
    throw error instanceof ZipTooLargeError ? tooLarge(error, target) : outputError(error, target);
  } finally {
    release();
  }
}

/** A write may take fewer bytes than given (a full disk then fails on the next one): the rest is written again. */
async function writeAll(handle: FileHandle, buffers: Buffer[]): Promise<void> {
  let rest = Buffer.concat(buffers);
  while (rest.length > 0) {
    const { bytesWritten } = await handle.write(rest);
    rest = rest.subarray(bytesWritten);
  }
}

function tooLarge(error: ZipTooLargeError, target: string): OutputError {
  return new OutputError({
    file: relative(process.cwd(), target),
    severity: 'error',
    ruleId: 'output-unwritable',
    message: `${error.message} No LMS imports a package that large.`,
    hint: 'Leave the asset-size rule on, and link large media hosted elsewhere with https: instead of packaging them.',
  });
}
