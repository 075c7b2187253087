import type { BrowserStore } from '../core/browser-store.js';
import type { PlayerCourse } from '../../model/player.js';
import type { CourseStatus, ExitMode, InteractionRecord, LaunchData, MediaView, PageView, Score, Transport } from './transport.js';
import { agentKey, type Agent } from './xapi-agent.js';
import { LrsClient, type StateAddress } from './xapi-lrs.js';
import { emptyProgress, PROGRESS_STATE_ID, progressFrom, type ProgressDocument } from './xapi-progress.js';
import { DeliveryQueue, type QueuedStatement } from './xapi-queue.js';
import { duration, PROGRESS_EXTENSION, StatementBuilder, type Activity, type Context, type Verb } from './xapi-statements.js';

/** The State API sets no size limit; this keeps one PUT well inside a keepalive request. */
const SUSPEND_DATA_LIMIT = 32000;

export interface XapiSession {
  endpoint: string;
  /** Read on every request: cmi5 gets its token after the transport exists. */
  auth: () => string;
  actor: Agent;
  registration: string | null;
  activityId: string;
}

/**
 * xAPI 1.0.3 transport for a Tin Can launch: statements for what the learner
 * does (initialized, experienced/progressed per page, answered, completed,
 * passed/failed, terminated) and the bookmark as a State API document.
 * Everything goes through a durable queue, so nothing is lost offline.
 */
export class XapiTransport implements Transport {
  protected readonly builder: StatementBuilder;
  protected readonly lrs: LrsClient;
  protected readonly queue: DeliveryQueue;
  protected progress: ProgressDocument = emptyProgress();
  protected startedAt = Date.now();
  protected finished = false;
  private score: Score | null = null;
  private progressSent = -1;
  private stateChanged = false;
  private readonly questions: PlayerCourse['questions'];
  /** Answers wait in the durable queue, so a browser copy need not keep them. */
  readonly keepsUnsentAnswers = true;

  constructor(
    protected readonly session: XapiSession,
    course: PlayerCourse,
    store: BrowserStore,
  ) {
    this.questions = course.questions;
    this.builder = new StatementBuilder({ ...session, title: course.title, language: course.language, template: {} });
    this.lrs = new LrsClient(session.endpoint, session.auth);
    this.queue = new DeliveryQueue(this.lrs, store, `cease:lrs-queue:${session.endpoint}:${agentKey(session.actor)}`);
  }

  /** The learner and the registration: a browser copy never crosses into another registration. */
  owner(): string {
    return `${agentKey(this.session.actor)}|${this.session.registration ?? this.session.activityId}`;
  }

  refusedSome(): boolean {
    return this.queue.refused;
  }

  keepsPlace(): boolean {
    return !this.queue.stateUnsupported;
  }

  async start(): Promise<LaunchData> {
    this.startedAt = Date.now();
    this.progress = (await this.readProgress()) ?? emptyProgress();
    return this.opened(null, agentKey(this.session.actor));
  }

  /**
   * Sends initialized, then any result the LRS's progress document holds but
   * no session has sent yet (a session cut short after the result was
   * saved), and tells the player what the LRS holds for this learner.
   */
  protected opened(masteryScore: number | null, learnerId: string): LaunchData {
    this.send('initialized', this.builder.course);
    const { location, suspendData, status, score, reported } = this.progress;
    if (score !== null) this.score = { raw: score, min: 0, max: 100, scaled: score / 100 };
    if (status.completion === 'completed' && !reported.includes('completed')) this.completed();
    if (status.success === 'passed' && !reported.includes('passed')) this.judged('passed');
    return {
      location,
      suspendData,
      resumed: location !== '' || suspendData !== '',
      status,
      score,
      masteryScore,
      learnerId,
      suspendDataLimit: SUSPEND_DATA_LIMIT,
    };
  }

  setLocation(pageId: string): void {
    this.changeProgress({ location: pageId });
  }

  setSuspendData(data: string): void {
    this.changeProgress({ suspendData: data });
  }

  setScore(score: Score): void {
    this.score = score;
    this.changeProgress({ score: score.raw });
  }

  setStatus(status: CourseStatus): void {
    if (!this.judging()) return;
    const before = this.progress.status;
    this.changeProgress({ status });
    if (status.completion === 'completed' && before.completion !== 'completed') this.completed();
    if (status.success !== 'unknown' && status.success !== before.success) this.judged(status.success);
  }

  recordInteraction(record: InteractionRecord): void {
    const result = {
      response: this.builder.response(record, record.response),
      // A neutral answer (an acceptable scenario choice) is neither a success nor a failure: no `success`.
      ...(record.result === 'neutral' ? {} : { success: record.result === 'correct' }),
      ...duration(record.latencyMs),
    };
    const object = this.builder.interaction(record, this.questions.find((question) => question.id === record.id));
    this.send('answered', object, result, this.builder.inCourse(), record.timestamp);
  }

  pageViewed(view: PageView): void {
    this.send('experienced', this.builder.page(view.id, view.title), undefined, this.builder.inCourse());
    if (view.progress > this.progressSent && this.progressAllowed()) {
      this.progressSent = view.progress;
      this.send('progressed', this.builder.course, { extensions: { [PROGRESS_EXTENSION]: view.progress } });
    }
  }

  mediaViewed(view: MediaView): void {
    this.send('experienced', this.builder.media(view.id, view.title), undefined, this.builder.inCourse());
  }

  /** Nothing to write: the progress document, not an exit value, says whether to resume. */
  setExit(_exit: ExitMode): void {}

  async commit(): Promise<boolean> {
    if (this.finished) return false;
    this.queueProgress();
    return this.queue.drain();
  }

  /**
   * On pagehide (`leaving`) no await comes before the requests leave, since
   * there is no later; after the learner's Exit the page waits for the
   * queue, so every statement still goes once, in order.
   */
  async finish(_exit: ExitMode, leaving: boolean): Promise<boolean> {
    if (this.finished) return true;
    this.beforeTerminate();
    this.send('terminated', this.builder.course, this.sessionDuration());
    this.finished = true;
    this.queueProgress(true);
    return leaving ? this.queue.flushOnExit() : this.queue.drain();
  }

  protected completed(): void {
    this.result('completed', { completion: true, ...this.sessionDuration() });
  }

  protected judged(success: 'passed' | 'failed'): void {
    this.result(success, { ...this.scoreResult(), success: success === 'passed', completion: true, ...this.sessionDuration() });
  }

  /** Sends a result and notes it in the progress document once queued. */
  protected result(verb: 'completed' | 'passed' | 'failed', result: Record<string, unknown>): void {
    if (this.send(verb, this.builder.course, result) && !this.progress.reported.includes(verb)) this.changeProgress({ reported: [...this.progress.reported, verb] });
  }

  /** Whether this launch may set the learner's status (cmi5: Normal mode only). */
  protected judging(): boolean {
    return true;
  }


  /** From launch to now: the session so far (cmi5 §9.5.4.1 asks the same of terminated). */
  protected sessionDuration(): { duration: string } {
    return duration(Date.now() - this.startedAt);
  }

  protected scoreResult(): { score?: Record<string, number> } {
    const score = this.score;
    return score ? { score: { scaled: round(score.scaled, 4), raw: score.raw, min: score.min, max: score.max } } : {};
  }

  protected progressAllowed(): boolean {
    return true;
  }

  protected beforeTerminate(): void {}

  protected send(verb: Verb, object: Activity, result?: Record<string, unknown>, extra: Context = {}, at?: number): QueuedStatement | null {
    if (this.finished) return null;
    const statement = this.builder.statement(verb, object, result, extra, at);
    this.queue.add(statement);
    return statement;
  }

  /** The bookmark from the LRS; else the copy still waiting in this browser; throws when neither can be had. */
  protected async readProgress(): Promise<ProgressDocument | null> {
    const waiting = progressFrom(this.queue.waitingState(this.stateAddress()));
    for (let attempt = 0; attempt < 3; attempt++) {
      const document = await this.lrs.getState(this.stateAddress());
      if (document !== undefined) return waiting ?? progressFrom(document);
      await new Promise((resolve) => setTimeout(resolve, 400 * (attempt + 1)));
    }
    if (waiting) return waiting;
    throw new Error('the LRS cannot be read, so the bookmark is unknown');
  }

  private changeProgress(change: Partial<ProgressDocument>): void {
    this.progress = { ...this.progress, ...change };
    this.stateChanged = true;
  }

  private queueProgress(always = false): void {
    if (!this.stateChanged && !always) return;
    this.stateChanged = false;
    this.queue.setState(this.stateAddress(), this.progress);
  }

  protected stateAddress(): StateAddress {
    const { activityId, actor: agent, registration } = this.session;
    return { activityId, agent, registration, stateId: PROGRESS_STATE_ID };
  }
}

function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
