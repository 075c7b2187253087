import type { CourseStatus, ExitMode, InteractionRecord, LaunchData, MediaView, PageView, Transport } from '../transport/transport.js';
import type { CopySlot } from './browser-copy.js';
import { laterStatus, sameStatus } from './status.js';

/** What the player reports after every meaningful change. */
export interface Progress {
  location: string;
  suspendData: string;
  earned: CourseStatus;
  /** Best assessment score (0–100), or null. */
  score: number | null;
  /** Nothing left to do: the attempt may end (exit normal) instead of being suspended. */
  finished: boolean;
}

/**
 * What the learner should know about their record: it is saved; saving
 * fails for now and is being retried (kept in this browser meanwhile); the
 * platform refused part of it for good; or the platform keeps no bookmark,
 * so the place in the course is kept in this browser.
 */
export type Health = 'saved' | 'retrying' | 'refused' | 'place-kept-here';

/** Where this session keeps a copy of its progress, and which copy it resumed from. */
export interface CopyPlan {
  /** This learner's copy, written while the platform does not confirm. */
  own: CopySlot | null;
  /** Lineage session of what the platform held at launch (0: nothing); null when it could not be read. */
  base: number | null;
  /** The launch resumed from `own`, so it is dropped only once the platform confirms. */
  resumedFromCopy: boolean;
}

/**
 * Some LMSs save synchronously on every commit, freezing the page, so commits
 * are at most one per this interval: the first change commits at once, later
 * ones within the interval wait for its end (the RTE sets no cadence). Values
 * are still written at once, so an LMS that saves on its own timer has them.
 */
const COMMIT_INTERVAL_MS = 2000;
/** While saving fails, the progress is written and committed again after 2 s, 4 s, … up to this, without waiting for the learner. */
const MAX_RETRY_MS = 16000;

/**
 * Turns progress into transport writes: only what changed (some LMSs slow
 * down with every call), score before status (some LMSs read the score when
 * the status arrives and report 0 otherwise), status never lower than the
 * LMS already holds, then a throttled commit.
 */
export class Tracker {
  private pending: Progress | null = null;
  private written: { location?: string; suspendData?: string; score?: number; exit?: ExitMode } = {};
  /** Highest score known to the LMS; never written lower. */
  private scoreFloor: number;
  /** Highest status known to the LMS; never written lower. */
  private status: CourseStatus;
  private statusWritten: CourseStatus;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = COMMIT_INTERVAL_MS;
  private waiting = false;
  /** An interaction was journaled since the last commit. */
  private answered = false;
  private closed = false;
  private failing = false;
  private shown: Health = 'saved';
  private carried: InteractionRecord[] = [];
  /** The page is going away: nobody is left to read a notice. */
  private leaving = false;
  /** This browser holds a copy the LMS has not confirmed yet. */
  private unconfirmed: boolean;

  constructor(
    private readonly transport: Transport,
    launch: LaunchData,
    private readonly onHealth: (health: Health) => void,
    private readonly copies: CopyPlan = { own: null, base: null, resumedFromCopy: false },
  ) {
    this.status = launch.status;
    this.statusWritten = launch.status;
    this.scoreFloor = launch.score ?? 0;
    // A copy used at launch must reach the LMS before it is dropped.
    this.unconfirmed = copies.resumedFromCopy;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  report(progress: Progress): void {
    if (this.closed) return;
    this.pending = progress;
    if (this.write(progress) || this.answered) this.schedule();
  }

  /**
   * Journals an answer; the progress report that follows it commits both.
   * `carried`: it comes from a browser copy, so until the LMS confirms it
   * the copy keeps it (unless the transport keeps unsent answers itself).
   */
  record(interaction: InteractionRecord, carried = false): void {
    if (this.closed) return;
    this.transport.recordInteraction(interaction);
    if (carried && !this.transport.keepsUnsentAnswers) this.carried.push(interaction);
    this.answered = true;
  }

  viewed(view: PageView): void {
    if (!this.closed) this.transport.pageViewed?.(view);
  }

  mediaViewed(view: MediaView): void {
    if (!this.closed) this.transport.mediaViewed?.(view);
  }

  /** Commits what is waiting now, e.g. when the page is hidden. */
  flush(): void {
    if (this.closed || !this.waiting) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.commitNow();
  }

  /** Ends the session once; `leaving`: the page is going away, else the learner chose Exit. */
  async finish(leaving: boolean): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.leaving = leaving;
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    // On pagehide nothing runs after this call returns, so an LMS that has
    // been failing gets the browser copy now, not when finish answers.
    if (this.failing || this.placeKeptHere()) this.saveCopy();
    this.health(await this.transport.finish(this.pending?.finished ? 'normal' : 'suspend', leaving).catch(() => false));
  }

  private schedule(): void {
    if (this.timer !== null) {
      this.waiting = true;
      return;
    }
    this.commitNow();
  }

  private commitNow(): void {
    this.waiting = false;
    this.answered = false;
    void this.transport.commit().then(
      (saved) => this.health(saved),
      () => this.health(false),
    );
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.waiting) this.commitNow();
    }, COMMIT_INTERVAL_MS);
  }

  /** Writes what differs from the last writes; true when anything did. */
  private write(progress: Progress): boolean {
    const { transport, written } = this;
    const exit: ExitMode = progress.finished ? 'normal' : 'suspend';
    const before = JSON.stringify([written, this.statusWritten]);
    if (progress.location !== written.location) transport.setLocation((written.location = progress.location));
    if (progress.suspendData !== written.suspendData) transport.setSuspendData((written.suspendData = progress.suspendData));
    // Like the status, the score never goes down: a later, weaker attempt
    // must not make the LMS show "passed" next to a failing score.
    if (progress.score !== null && progress.score !== written.score && progress.score >= this.scoreFloor) {
      written.score = this.scoreFloor = progress.score;
      transport.setScore({ raw: progress.score, min: 0, max: 100, scaled: progress.score / 100 });
    }
    this.status = laterStatus(this.status, progress.earned);
    if (!sameStatus(this.status, this.statusWritten)) transport.setStatus((this.statusWritten = this.status));
    if (exit !== written.exit) transport.setExit((written.exit = exit));
    return JSON.stringify([written, this.statusWritten]) !== before;
  }

  private health(saved: boolean): void {
    this.failing = !saved;
    if (!saved) {
      this.saveCopy();
      // Write everything again next time: the LMS may have lost any of it.
      this.written = {};
      this.statusWritten = { completion: 'not-attempted', success: 'unknown' };
      this.retryLater();
    } else {
      this.retryDelay = COMMIT_INTERVAL_MS;
      this.carried = [];
      if (this.placeKeptHere()) this.saveCopy();
      else if (this.unconfirmed) {
        this.copies.own?.clear();
        this.unconfirmed = false;
      }
    }
    const health: Health = this.transport.refusedSome?.() ? 'refused' : !saved ? 'retrying' : this.placeKeptHere() ? 'place-kept-here' : 'saved';
    if (health !== this.shown && !this.leaving) this.onHealth((this.shown = health));
  }

  /** The platform stores statements but no bookmark (an LRS without the State API). */
  private placeKeptHere(): boolean {
    return this.transport.keepsPlace?.() === false;
  }

  /**
   * A learner who stops to read would otherwise keep the "could not save"
   * notice, and the LMS would miss their progress, until their next step;
   * an LMS that recovers gets everything again on its own.
   */
  private retryLater(): void {
    if (this.closed || this.retryTimer !== null || !this.pending) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.closed || !this.failing || !this.pending) return;
      this.write(this.pending);
      this.schedule();
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
  }

  private saveCopy(): void {
    const own = this.copies.own;
    if (!this.pending || !own) return;
    own.save({ location: this.pending.location, suspendData: this.pending.suspendData, base: this.copies.base, interactions: this.carried, savedAt: Date.now() });
    this.unconfirmed = true;
  }
}
