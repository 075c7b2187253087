import type { InteractionRecord } from '../transport/transport.js';
import type { BrowserStore } from './browser-store.js';

/**
 * Progress this browser holds that the platform has not confirmed: written
 * while the platform refuses to save, or for a whole session that could not
 * reach it. The rules for using it are in `reconcile.ts`; docs/reliability.md
 * describes the model.
 */
export interface BrowserCopy {
  location: string;
  /** An encoded SuspendState, carrying its lineage. */
  suspendData: string;
  /**
   * The lineage session of the state the platform held when the copy's
   * session began (0: it held none); null when the platform could not be
   * read at all, so nothing is known of what it held.
   */
  base: number | null;
  /** Answers the platform never received (sessions that could not reach it). */
  interactions: InteractionRecord[];
  /** When it was last written (epoch milliseconds), for the learner's question. */
  savedAt: number;
}

/** The owner of a copy whose learner could not be identified (the platform could not be read). */
export const UNKNOWN_OWNER = '?';

/**
 * One copy in localStorage, under `cease:copy:<course id>:<version>:<owner>`.
 * The owner names everything that identifies one attempt: the learner, and
 * for xAPI and cmi5 the registration, so a new registration (next year's
 * refresher) never inherits last year's copy.
 */
export class CopySlot {
  constructor(
    private readonly store: BrowserStore,
    readonly key: string,
  ) {}

  static of(store: BrowserStore, course: { id: string; version: string }, owner: string): CopySlot {
    return new CopySlot(store, `cease:copy:${course.id}:${course.version}:${owner || UNKNOWN_OWNER}`);
  }

  read(): BrowserCopy | null {
    try {
      const copy = JSON.parse(this.store.read(this.key) ?? 'null') as BrowserCopy | null;
      if (!copy || typeof copy.location !== 'string' || typeof copy.suspendData !== 'string') return null;
      return { ...copy, base: typeof copy.base === 'number' ? copy.base : null, interactions: Array.isArray(copy.interactions) ? copy.interactions : [] };
    } catch {
      return null;
    }
  }

  save(copy: BrowserCopy): boolean {
    return this.store.write(this.key, JSON.stringify(copy));
  }

  clear(): void {
    this.store.remove(this.key);
  }
}
