import { watch, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';
import { changedPaths, isWithin, snapshotFolder, type FolderSnapshot } from './folder-snapshot.js';

export interface WatchOptions {
  /** Quiet time after the last event before the folder is compared; editors save in bursts. */
  debounceMs?: number;
  /** Folders whose changes are ignored, e.g. the build output inside the course folder. */
  ignoreDirs?: readonly string[];
  /** The watcher failed (the folder was deleted, too many watches); it has stopped. */
  onError?: (error: Error) => void;
}

export interface FolderWatcher {
  /** Settles once the folder's first snapshot is taken: a change after this is never missed. */
  ready: Promise<void>;
  close(): void;
}

export const DEFAULT_DEBOUNCE_MS = 100;
/**
 * The folder is also compared this often without any event: Node 20 adds its
 * recursive inotify watches asynchronously, folder by folder, so a save right
 * after start-up (or into a new folder) can come before its watch exists.
 */
const SAFETY_POLL_MS = 1000;

/**
 * Calls `onChange` with the files (relative to `dir`) whose size, time or
 * inode changed, once the folder has been quiet for `debounceMs`.
 *
 * Recursive fs.watch events are only a hint to look: Node 20 on Linux watches
 * each file's inode, so after an editor saves by rename (vim, sed -i, atomic
 * writers) later events arrive under the temporary or backup name instead.
 * Comparing snapshots catches every such save and skips events that changed
 * nothing (a swap file, the package written into the folder).
 */
export function watchFolder(dir: string, onChange: (changed: string[]) => void, options: WatchOptions = {}): FolderWatcher {
  const root = resolve(dir);
  const ignored = (options.ignoreDirs ?? []).map((folder) => resolve(folder));
  let previous: Promise<FolderSnapshot> = snapshotFolder(root, ignored);
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const compare = () => {
    timer = undefined;
    previous = previous.then(async (before) => {
      const after = await snapshotFolder(root, ignored);
      const changed = changedPaths(before, after);
      if (changed.length > 0 && !closed) onChange(changed);
      return after;
    });
  };

  const poll = setInterval(() => {
    if (timer === undefined) compare();
  }, SAFETY_POLL_MS);
  poll.unref();

  const watcher: FSWatcher = watch(root, { recursive: true }, (_event, name) => {
    if (name && ignored.some((folder) => isWithin(folder, resolve(root, String(name))))) return;
    clearTimeout(timer);
    timer = setTimeout(compare, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  });
  watcher.on('error', (error) => {
    close();
    options.onError?.(error);
  });

  function close() {
    closed = true;
    clearTimeout(timer);
    clearInterval(poll);
    watcher.close();
  }
  return { ready: previous.then(() => undefined, () => undefined), close };
}
