import { watch, type FSWatcher } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export interface WatchOptions {
  /** Quiet time after the last change before `onChange` runs; editors save in bursts. */
  debounceMs?: number;
  /** Folders whose changes are ignored, e.g. the build output inside the course folder. */
  ignoreDirs?: readonly string[];
  /** The watcher failed (the folder was deleted, too many watches); it has stopped. */
  onError?: (error: Error) => void;
}

export interface FolderWatcher {
  close(): void;
}

export const DEFAULT_DEBOUNCE_MS = 100;

/**
 * Editor and tool noise that is never course content: hidden files and folders
 * (`.git`, `.DS_Store`, `.#lock` files), backups (`name~`), vim's swap files
 * and its `4913` write test, and installed packages.
 */
function isNoise(path: string): boolean {
  const parts = path.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? '';
  return (
    parts.some((part) => part.startsWith('.') || part === 'node_modules') ||
    name.endsWith('~') ||
    /\.(swp|swx|tmp)$/.test(name) ||
    name === '4913'
  );
}

/**
 * Calls `onChange` with the changed paths (relative to `dir`) once the folder
 * has been quiet for `debounceMs`. Recursive fs.watch: inotify on Linux
 * (Node ≥ 20), FSEvents on macOS, ReadDirectoryChangesW on Windows.
 */
export function watchFolder(dir: string, onChange: (changed: string[]) => void, options: WatchOptions = {}): FolderWatcher {
  const root = resolve(dir);
  const ignored = (options.ignoreDirs ?? []).map((folder) => resolve(folder));
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;

  const flush = () => {
    timer = undefined;
    const changed = [...pending].sort();
    pending.clear();
    if (changed.length > 0) onChange(changed);
  };

  watcher = watch(root, { recursive: true }, (_event, name) => {
    const path = name ? String(name) : '';
    if (path && isNoise(path)) return;
    const absolute = resolve(root, path);
    if (ignored.some((folder) => isWithin(folder, absolute))) return;
    pending.add(path ? path.split(sep).join('/') : '.');
    clearTimeout(timer);
    timer = setTimeout(flush, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  });
  watcher.on('error', (error) => {
    close();
    options.onError?.(error);
  });

  function close() {
    clearTimeout(timer);
    watcher?.close();
    watcher = undefined;
  }
  return { close };
}

function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
