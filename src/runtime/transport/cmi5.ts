import type { BrowserStore } from '../core/browser-store.js';
import type { PlayerCourse } from '../../model/player.js';
import { SessionEndedError, type ExitMode, type LaunchData } from './transport.js';
import { cmi5Launch, fetchToken, launchDataFrom, readSession, writeSession, type Cmi5Launch, type Cmi5LaunchData, type Cmi5Session } from './cmi5-launch.js';
import { XapiTransport } from './xapi.js';
import type { QueuedStatement } from './xapi-queue.js';
import { verbOf, type Activity, type Context, type Verb } from './xapi-statements.js';

const CMI5 = 'https://w3id.org/xapi/cmi5/context/';
/** cmi5 §9.3: the verbs cmi5 defines for an AU; each at most once per session. */
const DEFINED: readonly Verb[] = ['initialized', 'completed', 'passed', 'failed', 'terminated'];
const JUDGMENTS: readonly Verb[] = ['completed', 'passed', 'failed'];

/**
 * cmi5 AU: the xAPI transport plus the cmi5 rules. The token comes from the
 * single-use fetch URL and is kept in sessionStorage with the once-only
 * verbs already sent, so a reload does not fetch again or repeat them;
 * LMS.LaunchData supplies the context template (copied into every
 * statement), launch mode and mastery score; cmi5-defined statements carry
 * the cmi5 category, judgments the moveOn category too (cmi5 §9.6.2).
 */
export class Cmi5Transport extends XapiTransport {
  private launchData: Cmi5LaunchData | null = null;
  private readonly sessionKey: string;
  private readonly token: { value: string };
  private cmi5Session: Cmi5Session = { token: '', sent: [] };
  /** A failed judgment waits for the end of the session: a retry may still pass, and a session holds at most one of passed/failed. */
  private pendingFail = false;

  static fromLocation(search: string, course: PlayerCourse, store: BrowserStore): Cmi5Transport | null {
    const launch = cmi5Launch(search);
    return launch ? new Cmi5Transport(launch, course, store) : null;
  }

  private constructor(
    private readonly cmi5: Cmi5Launch,
    course: PlayerCourse,
    store: BrowserStore,
  ) {
    const token = { value: '' };
    super({ ...cmi5, auth: () => (token.value ? `Basic ${token.value}` : '') }, course, store);
    this.token = token;
    // The fetch URL is new for every launch (cmi5 §8.1), so a reload (same
    // URL) finds its session while a relaunch of the same registration in
    // the same tab starts a new one instead of reusing a terminated session.
    this.sessionKey = `cease:cmi5:${cmi5.registration}:${cmi5.activityId}:${cmi5.fetch}`;
  }

  override async start(): Promise<LaunchData> {
    this.startedAt = Date.now();
    const saved = readSession(sessionStorage(), this.sessionKey);
    // A reload after pagehide sent `terminated`: cmi5 §9.3.8 allows nothing
    // more in this session, and only the LMS can start another.
    if (saved?.sent.includes('terminated')) throw new SessionEndedError();
    this.cmi5Session = saved ?? { token: await fetchToken(this.cmi5.fetch), sent: [] };
    this.token.value = this.cmi5Session.token;
    this.remember();
    const address = { ...this.stateAddress(), stateId: 'LMS.LaunchData' };
    const launchData = launchDataFrom(await this.lrs.getState(address));
    this.launchData = launchData;
    this.builder.useTemplate(launchData.contextTemplate);
    // cmi5 §11: read at startup; the player has no audio and follows the course language.
    await this.lrs.send('GET', `agents/profile?profileId=cmi5LearnerPreferences&agent=${encodeURIComponent(JSON.stringify(this.cmi5.actor))}`);
    this.progress = (await this.readProgress()) ?? this.progress;
    const answers = await this.abandonedAnswers(launchData.contextTemplate);
    const opened = this.opened(
      launchData.masteryScore === null ? null : Math.round(launchData.masteryScore * 10000) / 100,
      `${this.cmi5.actor.account?.homePage ?? ''}|${this.cmi5.actor.account?.name ?? ''}`,
    );
    // After initialized, which must come first in a session (cmi5 §9.3.2).
    for (const answer of answers) this.send('answered', answer['object'] as Activity, answer['result'] as Record<string, unknown>, this.builder.inCourse(), Date.parse(String(answer['timestamp'])));
    return opened;
  }

  override async finish(exit: ExitMode, leaving: boolean): Promise<boolean> {
    const alreadyFinished = this.finished;
    const delivered = await super.finish(exit, leaving);
    // cmi5 §10: with a returnURL the AU must send the learner back there; not when the page is already going.
    const returnURL = this.launchData?.returnURL;
    if (!alreadyFinished && returnURL && document.visibilityState === 'visible') location.assign(returnURL);
    return delivered;
  }

  protected override judged(success: 'passed' | 'failed'): void {
    if (success === 'failed') this.pendingFail = true;
    else this.result('passed', { ...this.cmi5Score(), success: true, ...this.sessionDuration() });
  }

  protected override beforeTerminate(): void {
    if (this.pendingFail && this.progress.status.success === 'failed') this.result('failed', { ...this.cmi5Score(), success: false, ...this.sessionDuration() });
  }

  /** cmi5 §10: only a Normal launch judges; Browse and Review leave the learner's status as it was. */
  protected override judging(): boolean {
    return this.launchData?.launchMode === 'Normal';
  }

  /** cmi5 §9.5.5.1: no progress on or after completed. */
  protected override progressAllowed(): boolean {
    return this.progress.status.completion !== 'completed' && !this.cmi5Session.sent.includes('completed');
  }

  protected override send(verb: Verb, object: Activity, result?: Record<string, unknown>, extra: Context = {}, at?: number): QueuedStatement | null {
    const { sent } = this.cmi5Session;
    // cmi5 §9.3: once per session, nothing after terminated, at most one of passed/failed; §10: judgments only in Normal mode.
    if (sent.includes('terminated') || (DEFINED.includes(verb) && sent.includes(verb))) return null;
    if (JUDGMENTS.includes(verb) && this.launchData?.launchMode !== 'Normal') return null;
    if ((verb === 'passed' || verb === 'failed') && (sent.includes('passed') || sent.includes('failed'))) return null;
    const categories: Activity[] = [];
    const extensions: Record<string, unknown> = {};
    if (DEFINED.includes(verb)) categories.push({ objectType: 'Activity', id: `${CMI5}categories/cmi5` });
    if (JUDGMENTS.includes(verb)) categories.push({ objectType: 'Activity', id: `${CMI5}categories/moveon` });
    const mastery = this.launchData?.masteryScore;
    if ((verb === 'passed' || verb === 'failed') && mastery !== null && mastery !== undefined) extensions[`${CMI5}extensions/masteryscore`] = mastery;
    const context: Context = { ...extra, contextActivities: { ...(extra.contextActivities ?? {}), ...(categories.length ? { category: categories } : {}) } };
    if (Object.keys(extensions).length) context['extensions'] = extensions;
    const statement = super.send(verb, object, result, context, at);
    if (statement && DEFINED.includes(verb)) {
      sent.push(verb);
      this.remember();
    }
    return statement;
  }

  /**
   * Statements an earlier session of this browser could not deliver belong
   * to a session the LMS has closed by launching this one (cmi5 §9.3.6,
   * abandoned): it refuses them. Answers the LRS says it lacks are sent
   * again by this session with their own time (returned, to follow
   * initialized); when it cannot say, they are let go rather than risk a
   * second copy. Results it does not say it holds are sent again through
   * the progress document's list of results sent: a lost pass costs more
   * than a second one, which the LMS refuses. The rest (pages seen, the old
   * session's own initialized and terminated) is let go.
   */
  private async abandonedAnswers(template: Context): Promise<QueuedStatement[]> {
    const session = (context: unknown) => ((context as Context | undefined)?.['extensions'] as Record<string, unknown> | undefined)?.[`${CMI5}extensions/sessionid`];
    const stale = this.queue.takeEarlier((statement) => session(statement['context']) !== session(template));
    const answers: QueuedStatement[] = [];
    for (const statement of stale) {
      const verb = verbOf(statement);
      if (!['answered', 'completed', 'passed'].includes(verb)) continue;
      const held = await this.lrs.lookUp(statement.id);
      if (verb === 'answered') {
        if (held === 'absent') answers.push(statement);
      } else if (held !== 'stored') this.progress = { ...this.progress, reported: this.progress.reported.filter((sent) => sent !== verb) };
    }
    return answers;
  }

  /** cmi5 §9.5.1: scaled 0–1; raw, min and max only as integers. */
  private cmi5Score(): { score?: Record<string, number> } {
    const score = this.scoreResult().score;
    if (!score) return {};
    const raw = score['raw'] as number;
    return { score: Number.isInteger(raw) ? { scaled: score['scaled'] as number, raw, min: 0, max: 100 } : { scaled: score['scaled'] as number } };
  }

  private remember(): void {
    writeSession(sessionStorage(), this.sessionKey, this.cmi5Session);
  }
}

function sessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
