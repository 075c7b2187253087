import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * A package could not be written where --out says: not a problem of the
 * course, nor a bug, but a folder to choose or fix. Carries the diagnostic
 * (`output-unwritable`) that names the path and what to do.
 */
export class OutputError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

const ANOTHER = 'Choose another folder with --out';

/** The OutputError for a file-system error met while writing `target`, or the error itself when it is something else. */
export function outputError(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const shown = (path: string) => relative(process.cwd(), path) || '.';
  const folder = dirname(target);
  const problem = (file: string, message: string, hint: string) =>
    new OutputError({ file: shown(file), severity: 'error', ruleId: 'output-unwritable', message, hint });
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST': {
      const file = fileInTheWay(folder);
      return problem(file, `${shown(file)} is a file, not a folder, so ${shown(target)} cannot be written.`, `${ANOTHER}, or move that file away.`);
    }
    case 'EISDIR':
      return problem(target, `${shown(target)} is a folder, so the package cannot be written under that name.`, `Remove or rename that folder, or ${ANOTHER.toLowerCase()}.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS': {
      const existing = nearestFolder(folder);
      return problem(existing, `The folder ${shown(existing)} cannot be written to (${code === 'EROFS' ? 'read-only file system' : 'permission denied'}), so ${shown(target)} cannot be written.`, 'Choose a folder you can write to with --out, or change the permissions of that one.');
    }
    case 'ENOSPC':
    case 'EDQUOT':
      return problem(folder, `The disk holding ${shown(folder)} is full, so ${shown(target)} could not be written.`, `Free some space, or ${ANOTHER.toLowerCase()}.`);
    default:
      return error;
  }
}

/** The nearest path, from `folder` upwards, that exists and is a file rather than a folder. */
function fileInTheWay(folder: string): string {
  return nearest(folder, (isDirectory) => !isDirectory);
}

/** The nearest existing folder, from `folder` upwards: the one a new folder would be made in. */
function nearestFolder(folder: string): string {
  return nearest(folder, (isDirectory) => isDirectory);
}

function nearest(folder: string, wanted: (isDirectory: boolean) => boolean): string {
  for (let path = resolve(folder); ; path = dirname(path)) {
    try {
      if (wanted(statSync(path).isDirectory())) return path;
    } catch {
      // Not there (or not reachable through a file): look one level up.
    }
    if (dirname(path) === path) return folder;
  }
}
