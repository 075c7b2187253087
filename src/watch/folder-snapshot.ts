import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';

/** Path (relative, `/`-separated) → what identifies its current contents cheaply. */
export type FolderSnapshot = ReadonlyMap<string, string>;

/**
 * Editor and tool noise that is never course content: hidden files and folders
 * (`.git`, `.DS_Store`, `.#lock` files), backups (`name~`), vim's swap files
 * and its `4913` write test, and installed packages.
 */
export function isNoise(path: string): boolean {
  const parts = path.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? '';
  return parts.some((part) => part.startsWith('.') || part === 'node_modules') || name.endsWith('~') || /\.(swp|swx)$/.test(name) || name === '4913';
}

/** Size, modification time and inode of every file that is not noise and not under an ignored folder. */
export async function snapshotFolder(root: string, ignoreDirs: readonly string[]): Promise<FolderSnapshot> {
  const files = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = relative(root, path).split('\\').join('/');
      if (isNoise(rel) || ignoreDirs.some((folder) => isWithin(folder, path))) continue;
      if (entry.isDirectory()) await walk(path);
      else {
        const info = await stat(path).catch(() => null);
        if (info) files.set(rel, `${info.size}:${info.mtimeMs}:${info.ino}`);
      }
    }
  };
  await walk(root);
  return files;
}

/** Paths added, removed or changed between two snapshots, sorted. */
export function changedPaths(before: FolderSnapshot, after: FolderSnapshot): string[] {
  const changed = new Set<string>();
  for (const [path, identity] of after) if (before.get(path) !== identity) changed.add(path);
  for (const path of before.keys()) if (!after.has(path)) changed.add(path);
  return [...changed].sort();
}

export function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
