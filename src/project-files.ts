import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where cease's own files (schemas, templates, the built runtime) live. Found by
 * walking up from this module, so it works from `src/` under vitest and from
 * `build/src/` after a build alike.
 */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'schemas'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cease: cannot find its own installation folder');
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot();
export const schemasDir = join(projectRoot, 'schemas');
export const templatesDir = join(projectRoot, 'templates');
/** Runtime bundles and copied XSDs, produced by `npm run build`. */
export const builtDir = join(projectRoot, 'build');
