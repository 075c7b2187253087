/**
 * localStorage, guarded: it throws in some private modes, on opaque origins
 * (pages opened from disk in some browsers) and when full.
 */
export interface BrowserStore {
  /** False when nothing written here would outlive the page. */
  readonly available: boolean;
  read(key: string): string | null;
  write(key: string, value: string): boolean;
  remove(key: string): void;
}

export function browserStore(win: Window): BrowserStore {
  let storage: Storage | null = null;
  try {
    storage = win.localStorage;
    storage.setItem('cease:probe', '1');
    storage.removeItem('cease:probe');
  } catch {
    storage = null;
  }
  return {
    available: storage !== null,
    read: (key) => attempt(() => storage?.getItem(key) ?? null, null),
    write: (key, value) => attempt(() => (storage ? (storage.setItem(key, value), true) : false), false),
    remove: (key) => attempt(() => storage?.removeItem(key), undefined),
  };
}

function attempt<T>(action: () => T, fallback: T): T {
  try {
    return action();
  } catch {
    return fallback;
  }
}
