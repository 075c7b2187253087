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
 * they were given when queued and go one by one, in order; a failure waits
 * (500 ms, doubling to 30 s) and the 'online' event retries at once.
 */
export class DeliveryQueue {
  private pending: Pending = { statements: [], state: null };
  private chain: Promise<boolean> = Promise.resolve(true);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  /** A statement the LRS refused for good since the last report; progress is then not safe. */
  private refused = false;

  constructor(
    private readonly lrs: LrsClient,
    private readonly store: BrowserStore,
    private readonly key: string,
  ) {
    try {
      const saved = JSON.parse(store.read(key) ?? 'null') as Pending | null;
      if (saved && Array.isArray(saved.statements)) this.pending = { statements: saved.statements, state: saved.state ?? null };
    } catch {
      // A damaged queue is dropped rather than blocking every later launch.
    }
    addEventListener('online', () => {
      this.failures = 0;
      void this.drain();
    });
  }

  get size(): number {
    return this.pending.statements.length + (this.pending.state ? 1 : 0);
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
    this.pending.state = { address, document };
    this.save();
  }

  /** Sends everything in order; true once nothing is left and nothing was refused. */
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
    const batch: QueuedStatement[] = [];
    let bytes = 0;
    for (const statement of statements) {
      bytes += JSON.stringify(statement).length + 1;
      if (bytes > KEEPALIVE_BYTES) break;
      batch.push(statement);
    }
    const sent = await Promise.all([
      batch.length ? this.lrs.postStatements(batch, true) : ('stored' as Delivery),
      state ? this.lrs.putState(state.address, state.document, true) : ('stored' as Delivery),
    ]);
    if (sent[0] === 'stored') this.confirm(batch);
    if (sent[1] === 'stored' && this.pending.state === state) this.pending.state = null;
    this.save();
    return this.size === 0 && !this.refused;
  }

  private async sendAll(): Promise<boolean> {
    this.clearTimer();
    for (let head = this.pending.statements[0]; head; head = this.pending.statements[0]) {
      const delivery = await this.lrs.putStatement(head);
      if (delivery === 'retry') return this.retryLater();
      if (delivery === 'rejected') {
        console.warn('cease: the LRS refused a statement for good; dropping it', head);
        this.refused = true;
      }
      this.confirm([head]);
    }
    const state = this.pending.state;
    if (state) {
      const delivery = await this.lrs.putState(state.address, state.document);
      if (delivery === 'retry') return this.retryLater();
      if (this.pending.state === state) this.pending.state = null;
      this.save();
    }
    this.failures = 0;
    const clean = !this.refused;
    this.refused = false;
    return clean;
  }

  /** By identity: a dismissal batch and a one-by-one send may confirm the same statement. */
  private confirm(delivered: readonly QueuedStatement[]): void {
    this.pending.statements = this.pending.statements.filter((statement) => !delivered.includes(statement));
    this.save();
  }

  private retryLater(): false {
    const delay = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** this.failures++);
    this.clearTimer();
    this.timer = setTimeout(() => void this.drain(), delay);
    return false;
  }

  /** New statements leave on the next turn of the event loop, together. */
  private soon(): void {
    if (this.timer === null && this.failures === 0) this.timer = setTimeout(() => void this.drain(), 0);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private save(): void {
    if (this.size === 0) this.store.remove(this.key);
    else this.store.write(this.key, JSON.stringify(this.pending));
  }
}
