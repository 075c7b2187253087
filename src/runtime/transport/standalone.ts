import type { BrowserCopy, CopySlot } from '../core/browser-copy.js';
import type { BrowserStore } from '../core/browser-store.js';
import type { CourseStatus, ExitMode, InteractionRecord, LaunchData, Score, Transport } from './transport.js';

interface StoredProgress {
  location: string;
  suspendData: string;
  status: CourseStatus;
  score: Score | null;
}

/** Plenty for any course; localStorage itself allows megabytes. */
const SUSPEND_DATA_LIMIT = 64000;

/**
 * Used when no learning platform is found (the page opened from disk or a web
 * server): progress lives in this browser, under one key per course version.
 */
export class StandaloneTransport implements Transport {
  /**
   * Used when a platform was found but could not be used: progress and
   * answers go into the learner's browser copy, which the next launch that
   * reaches the platform delivers (see core/reconcile.ts). The copy this
   * session continues is handed to the player, not returned by `start`.
   */
  static intoCopy(slot: CopySlot, previous: BrowserCopy | null): StandaloneTransport {
    const transport = new StandaloneTransport(null, slot.key);
    transport.copy = { slot, base: previous?.base ?? null, interactions: [...(previous?.interactions ?? [])] };
    return transport;
  }

  private copy: { slot: CopySlot; base: number | null; interactions: InteractionRecord[] } | null = null;
  private progress: StoredProgress = {
    location: '',
    suspendData: '',
    status: { completion: 'not-attempted', success: 'unknown' },
    score: null,
  };

  constructor(
    private readonly store: BrowserStore | null,
    private readonly key: string,
  ) {}

  async start(): Promise<LaunchData> {
    const stored = parse(this.store?.read(this.key) ?? null);
    if (stored) this.progress = stored;
    return {
      location: this.progress.location,
      suspendData: this.progress.suspendData,
      resumed: stored !== null,
      status: this.progress.status,
      score: this.progress.score?.raw ?? null,
      masteryScore: null,
      learnerId: '',
      suspendDataLimit: SUSPEND_DATA_LIMIT,
    };
  }

  setLocation(pageId: string): void {
    this.progress.location = pageId;
  }

  setSuspendData(data: string): void {
    this.progress.suspendData = data;
  }

  setScore(score: Score): void {
    this.progress.score = score;
  }

  setStatus(status: CourseStatus): void {
    this.progress.status = status;
  }

  /** Answers are only worth keeping where someone can read them: the platform, once it is reached again. */
  recordInteraction(interaction: InteractionRecord): void {
    this.copy?.interactions.push(interaction);
  }

  setExit(): void {}

  /** Without storage the learner was told at launch; a failed save is no news then. */
  async commit(): Promise<boolean> {
    const { copy, progress } = this;
    if (copy) {
      copy.slot.save({ location: progress.location, suspendData: progress.suspendData, base: copy.base, interactions: copy.interactions, savedAt: Date.now() });
      return true;
    }
    return !this.store?.available || this.store.write(this.key, JSON.stringify(this.progress));
  }

  async finish(_exit: ExitMode): Promise<boolean> {
    return this.commit();
  }
}

function parse(text: string | null): StoredProgress | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as StoredProgress;
    return typeof value.location === 'string' && typeof value.suspendData === 'string' && value.status ? value : null;
  } catch {
    return null;
  }
}
