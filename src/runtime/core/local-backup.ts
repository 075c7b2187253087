import type { BrowserStore } from './browser-store.js';

export interface SavedProgress {
  location: string;
  suspendData: string;
}

/**
 * A copy of the progress in this browser, kept only while the LMS refuses
 * to save it (network loss, an expired session). The next launch for the
 * same learner prefers it: it exists only when the LMS missed the latest
 * changes. Keyed by learner so a shared computer never mixes people.
 */
export class LocalBackup {
  constructor(
    private readonly store: BrowserStore,
    private readonly key: string,
  ) {}

  read(): SavedProgress | null {
    try {
      const saved = JSON.parse(this.store.read(this.key) ?? 'null') as SavedProgress | null;
      return saved && typeof saved.location === 'string' && typeof saved.suspendData === 'string' ? saved : null;
    } catch {
      return null;
    }
  }

  save(progress: SavedProgress): void {
    this.store.write(this.key, JSON.stringify(progress));
  }

  clear(): void {
    this.store.remove(this.key);
  }
}
