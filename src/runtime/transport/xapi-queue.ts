import type { BrowserStore } from '../core/browser-store.js';
import { KEEPALIVE_BYTES, type Delivery, type LrsClient, type StateAddress } from './xapi-lrs.js';

export interface QueuedStatement {
  id: string;
  [property: string]: unknown;
}

interface Pending {
  statements: QueuedStatement[];
  /** The latest progress document not yet confirmed; a newer one replaces it. */
  state: { address: StateAddress; document: object } | null;
}

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30000;

/**
 * Everything on its way to the LRS, kept in localStorage until the LRS
 * confirms it, so a lost connection, a closed tab or a crashed browser loses
 * nothing: the next launch sends what is left first. Statements keep the id
 * they were given when queued and go one by one, in order, by one path: a
 * statement is never in two requests at once. A failure waits (500 ms,
 * doubling to 30 s) and the 'online' event retries at once.
 */
export class DeliveryQueue {
  private pending: Pending = { statements: [], state: null };
  private chain: Promise<boolean> = Promise.resolve(true);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  /** The statement whose PUT has not been answered yet. */
  private inFlight: QueuedStatement | null = null;
  /** The page is going: what was not in flight left in the dismissal batch, so nothing more is sent from here. */
  private closing = false;
  /** The LRS refused a statement or the progress document for good in this session. */
  refused = false;
  /** The LRS has no State API: the progress document has nowhere to go. */
  stateUnsupported = false;
  /** Statements an earlier page queued: it may have sent them as it closed without hearing the answer. */
  private readonly earlier = new Set<string>();
  /** Ids of the statements this page saw delivered. */
  private readonly delivered = new Set<string>();

  constructor(
    private readonly lrs: LrsClient,
    private readonly store: BrowserStore,
    private readonly key: string,
  ) {
    const saved = this.saved();
    if (saved) this.pending = saved;
    for (const statement of this.pending.statements) this.earlier.add(statement.id);
    addEventListener('online', () => {
      this.failures = 0;
      void this.drain();
    });
  }

  get size(): number {
    return this.pending.statements.length + (this.pending.state ? 1 : 0);
  }

  /** Takes out the statements an earlier page left that `stale` picks, for the caller to deal with. */
  takeEarlier(stale: (statement: QueuedStatement) => boolean): QueuedStatement[] {
    const taken = this.pending.statements.filter((statement) => this.earlier.has(statement.id) && stale(statement));
    this.confirm(taken);
    return taken;
  }

  /** The progress document for this address still waiting here, if any: newer than the LRS's copy. */
  waitingState(address: StateAddress): object | null {
    const state = this.pending.state;
    return state && JSON.stringify(state.address) === JSON.stringify(address) ? state.document : null;
  }

  add(statement: QueuedStatement): void {
    this.pending.statements.push(statement);
    this.save();
    this.soon();
  }

  setState(address: StateAddress, document: object): void {
    if (this.stateUnsupported) return;
    this.pending.state = { address, document };
    this.save();
  }

  /** Sends everything in order; true unless the LRS could not be reached (refusals are told by `refused`). */
  drain(): Promise<boolean> {
    this.chain = this.chain.then(() => this.sendAll());
    return this.chain;
  }

  /**
   * Page dismissal: the statements go in one keepalive POST (the page may be
   * gone before a second request starts) beside the progress document. What
   * the LRS does not confirm stays queued for the next launch, where a
   * statement that did arrive is answered 409/204 and never stored twice.
   */
  async flushOnExit(): Promise<boolean> {
    const { statements, state } = this.pending;
    // The statement in flight completes on its own (its request is keepalive
    // too); sending it again here would have the LRS see it twice, and a cmi5
    // LMS refuses anything after `terminated`.
    this.closing = true;
    const batch: QueuedStatement[] = [];
    let bytes = this.inFlight ? JSON.stringify(this.inFlight).length : 0;
    for (const statement of statements) {
      if (statement === this.inFlight) continue;
      bytes += JSON.stringify(statement).length + 1;
      if (bytes > KEEPALIVE_BYTES) break;
      batch.push(statement);
    }
    const sent = await Promise.all([
      batch.length ? this.lrs.postStatements(batch, true) : ('stored' as Delivery),
      state ? this.lrs.putState(state.address, state.document, true) : ('stored' as Delivery),
    ]);
    if (sent[0] === 'stored') this.confirm(batch);
    if (sent[1] !== 'retry' && this.pending.state === state) this.pending.state = null;
    this.save();
    return this.size === 0;
  }

  private async sendAll(): Promise<boolean> {
    this.clearTimer();
    for (let head = this.pending.statements[0]; head && !this.closing; head = this.pending.statements[0]) {
      const earlier = this.earlier.has(head.id);
      // Sending it again could be its second arrival, which a cmi5 LMS
      // refuses once the session is over: ask first.
      if (earlier && (await this.lrs.lookUp(head.id)) === 'stored') {
        this.confirm([head]);
        continue;
      }
      this.inFlight = head;
      const delivery = await this.lrs.putStatement(head, true).finally(() => (this.inFlight = null));
      if (delivery === 'retry' || delivery === 'unsupported') return this.retryLater();
      this.confirm([head]);
      if (delivery === 'rejected') {
        console.warn('cease: the LRS refused a statement for good; dropping it', head);
        // One an earlier page left is not this session's loss to report.
        if (!earlier) this.refused = true;
      }
    }
    const state = this.pending.state;
    if (state && !this.closing) {
      const delivery = await this.lrs.putState(state.address, state.document);
      if (delivery === 'retry') return this.retryLater();
      if (delivery === 'unsupported') this.stateUnsupported = true;
      if (delivery === 'rejected') this.refused = true;
      if (this.pending.state === state) this.pending.state = null;
      this.save();
    }
    this.failures = 0;
    // What was queued while this ran is on its way by its own drain; only a
    // failure above says the platform is not taking the record.
    return true;
  }

  /** By identity: a dismissal batch and a one-by-one send may confirm the same statement. */
  private confirm(delivered: readonly QueuedStatement[]): void {
    this.pending.statements = this.pending.statements.filter((statement) => !delivered.includes(statement));
    for (const statement of delivered) this.delivered.add(statement.id);
    this.save();
  }

  private retryLater(): false {
    const delay = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** this.failures++);
    this.clearTimer();
    if (!this.closing) this.timer = setTimeout(() => void this.drain(), delay);
    return false;
  }

  /** New statements leave on the next turn of the event loop, together. */
  private soon(): void {
    if (this.timer === null && this.failures === 0 && !this.closing) this.timer = setTimeout(() => void this.drain(), 0);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * Another page of the course open in this browser (a second tab) keeps its
   * queue under the same key, and each page writes its whole queue: the
   * statements another page saved are kept, or the last page to write would
   * drop them, and an offline visit's answers with them. The next launch
   * sends them, each looked up first (see sendAll). The progress document is
   * this page's own: another page's older one must not come back.
   */
  private save(): void {
    const mine = new Set(this.pending.statements.map((statement) => statement.id));
    const others = (this.saved()?.statements ?? []).filter((statement) => !mine.has(statement.id) && !this.delivered.has(statement.id));
    const statements = [...others, ...this.pending.statements];
    if (statements.length === 0 && !this.pending.state) this.store.remove(this.key);
    else this.store.write(this.key, JSON.stringify({ statements, state: this.pending.state }));
  }

  /** The queue as saved in this browser; a damaged one is dropped rather than blocking every later launch. */
  private saved(): Pending | null {
    try {
      const saved = JSON.parse(this.store.read(this.key) ?? 'null') as Pending | null;
      return saved && Array.isArray(saved.statements) ? { statements: saved.statements, state: saved.state ?? null } : null;
    } catch {
      return null;
    }
  }
}
