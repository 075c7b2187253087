import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** True when `path` is `root` or lies below it (both already resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  // "..notes.md" is a file inside; only a ".." path segment leads out.
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel));
}

/**
 * A course.yml that is a symlink out of the folder would read any file on
 * the machine into the package's title and description.
 */
export async function linksOutside(
  root: string,
  path: string,
  show: (path: string) => string,
  diagnostics: Diagnostic[],
): Promise<boolean> {
  const target = await realpath(path).catch(() => null);
  if (target === null || isInside(root, target)) return false;
  diagnostics.push({
    file: show(path),
    severity: 'error',
    ruleId: 'path-outside-course',
    message: `${show(path)} links to a file outside the course folder.`,
    hint: 'Copy the file into the course folder instead of linking to it.',
  });
  return true;
}
