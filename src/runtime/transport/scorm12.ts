import type { CourseStatus, ExitMode, InteractionRecord, LaunchData, Score, Transport } from './transport.js';
import { cmiTime, cmiTimespan } from './scorm12-time.js';

/** The eight functions of the SCORM 1.2 API object; every argument and result is a string. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

export function isScorm12Api(candidate: unknown): candidate is Scorm12Api {
  return typeof candidate === 'object' && candidate !== null && typeof (candidate as Scorm12Api).LMSInitialize === 'function';
}

/** cmi.suspend_data is a CMIString4096 (RTE 1.2 Appendix A). */
const SUSPEND_DATA_LIMIT = 4096;
/** cmi.core.lesson_location is a CMIString255. */
const LOCATION_LIMIT = 255;

/**
 * SCORM 1.2 transport. LMS implementations differ, so every call is guarded:
 * a throwing or "false"-returning call is logged and remembered (the next
 * commit reports it), never fatal.
 */
export class Scorm12Transport implements Transport {
  private startedAt = Date.now();
  private finished = false;
  private writeFailed = false;
  /** False in browse/review mode or without credit, where the status and score belong to the LMS. */
  private judged = true;
  /** Interactions are journaled (append only), so we write at `_count` and count on from there. */
  private nextInteraction: number | null = 0;

  constructor(private readonly api: Scorm12Api) {}

  async start(): Promise<LaunchData> {
    this.startedAt = Date.now();
    // A reloaded page meets an API that is still initialised (error 101);
    // it is usable if a read succeeds.
    if (!this.callTrue('LMSInitialize', () => this.api.LMSInitialize('')) && this.get('cmi.core.lesson_status') === null) {
      throw new Error('the LMS refused LMSInitialize');
    }
    const location = this.get('cmi.core.lesson_location') ?? '';
    const suspendData = this.get('cmi.suspend_data') ?? '';
    const entry = this.get('cmi.core.entry') ?? '';
    // lesson_mode and credit are optional in practice (some LMSs leave them
    // out); missing means normal mode for credit.
    const mode = this.get('cmi.core.lesson_mode') ?? '';
    this.judged = mode !== 'browse' && mode !== 'review' && this.get('cmi.core.credit') !== 'no-credit';
    const count = this.get('cmi.interactions._count') ?? '';
    this.nextInteraction = /^\d+$/.test(count) ? Number(count) : null;
    const mastery = Number(this.get('cmi.student_data.mastery_score') || NaN);
    return {
      location,
      suspendData,
      // Some LMSs report entry "" on a resumed attempt; data present then means resume.
      resumed: entry === 'resume' || (entry === '' && (location !== '' || suspendData !== '')),
      status: statusFrom(this.get('cmi.core.lesson_status') ?? ''),
      score: this.get('cmi.core.score.raw') ? Number(this.get('cmi.core.score.raw')) : null,
      masteryScore: mastery >= 0 && mastery <= 100 ? mastery : null,
      learnerId: this.get('cmi.core.student_id') ?? '',
      suspendDataLimit: SUSPEND_DATA_LIMIT,
    };
  }

  setLocation(pageId: string): void {
    this.set('cmi.core.lesson_location', pageId.slice(0, LOCATION_LIMIT));
  }

  setSuspendData(data: string): void {
    this.set('cmi.suspend_data', data);
  }

  setScore(score: Score): void {
    if (!this.judged) return;
    this.set('cmi.core.score.raw', decimal(score.raw));
    this.set('cmi.core.score.min', decimal(score.min));
    this.set('cmi.core.score.max', decimal(score.max));
  }

  setStatus(status: CourseStatus): void {
    if (this.judged) this.set('cmi.core.lesson_status', lessonStatus(status));
  }

  recordInteraction(interaction: InteractionRecord): void {
    if (this.nextInteraction === null) return;
    const prefix = `cmi.interactions.${this.nextInteraction++}.`;
    // An LMS that rejects interactions still saves progress, so a failure
    // here is logged but does not make the learner worry.
    const set = (element: string, value: string) => this.set(prefix + element, value, false);
    const trueFalse = interaction.type === 'true-false';
    // RTE 1.2 3.4.2.7: choice responses are single characters; true-false is
    // t/f, and the compiler always puts True first (choice a).
    const answer = (ids: string[]) => (trueFalse ? (ids[0] === 'a' ? 't' : 'f') : ids.join(','));
    set('id', interaction.id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 255));
    set('type', interaction.type);
    set('student_response', answer(interaction.response));
    // `{…}` marks an unordered set of several correct choices.
    const pattern = answer(interaction.correct);
    set('correct_responses.0.pattern', interaction.correct.length > 1 ? `{${pattern}}` : pattern);
    set('result', interaction.result === 'correct' ? 'correct' : 'wrong');
    set('weighting', String(interaction.weighting));
    set('latency', cmiTimespan(interaction.latencyMs));
    set('time', cmiTime(interaction.timestamp));
  }

  setExit(exit: ExitMode): void {
    this.set('cmi.core.exit', exit === 'suspend' ? 'suspend' : '');
  }

  async commit(): Promise<boolean> {
    return this.commitNow();
  }

  async finish(exit: ExitMode): Promise<boolean> {
    if (this.finished) return true;
    this.setExit(exit);
    // session_time is this session only; the LMS adds it to total_time.
    this.set('cmi.core.session_time', cmiTimespan(Date.now() - this.startedAt));
    // Some LMSs fail a commit during page dismissal and rely on the implicit
    // commit of LMSFinish, so finish is called whatever commit says, and
    // only its answer counts. No await before LMSFinish: on pagehide there
    // is no later.
    this.callTrue('LMSCommit', () => this.api.LMSCommit(''));
    this.finished = true;
    return this.callTrue('LMSFinish', () => this.api.LMSFinish('')) && !this.writeFailed;
  }

  private commitNow(): boolean {
    if (this.finished) return false;
    const committed = this.callTrue('LMSCommit', () => this.api.LMSCommit(''));
    const clean = committed && !this.writeFailed;
    this.writeFailed = false;
    return clean;
  }

  /** The value, or null when the LMS reports an error (e.g. 401 not implemented) or throws. */
  private get(element: string): string | null {
    try {
      const value = this.api.LMSGetValue(element);
      const code = this.api.LMSGetLastError();
      return code && code !== '0' ? null : String(value ?? '');
    } catch {
      return null;
    }
  }

  /** `progress`: losing this write loses the learner's progress, which the next commit then reports. */
  private set(element: string, value: string, progress = true): void {
    if (this.finished) return;
    const stored = this.callTrue(`LMSSetValue ${element}`, () => this.api.LMSSetValue(element, value));
    if (!stored && progress) this.writeFailed = true;
  }

  private callTrue(what: string, call: () => unknown): boolean {
    let result: unknown;
    try {
      result = call();
    } catch (error) {
      console.warn(`cease: ${what} threw`, error);
      return false;
    }
    if (String(result) === 'true') return true;
    console.warn(`cease: ${what} returned ${String(result)} (${this.describeLastError()})`);
    return false;
  }

  private describeLastError(): string {
    try {
      const code = this.api.LMSGetLastError();
      return `${code} ${this.api.LMSGetErrorString(code)} ${this.api.LMSGetDiagnostic(code)}`.trim();
    } catch {
      return 'no error details';
    }
  }
}

function statusFrom(lessonStatus: string): CourseStatus {
  switch (lessonStatus) {
    case 'passed':
      return { completion: 'completed', success: 'passed' };
    case 'failed':
      return { completion: 'completed', success: 'failed' };
    case 'completed':
      return { completion: 'completed', success: 'unknown' };
    case 'incomplete':
      return { completion: 'incomplete', success: 'unknown' };
    default:
      // "not attempted", "browsed", "" or anything unexpected: start over.
      return { completion: 'not-attempted', success: 'unknown' };
  }
}

/** 1.2 has one field for both: success wins when known. */
function lessonStatus(status: CourseStatus): string {
  if (status.success !== 'unknown') return status.success;
  return status.completion === 'completed' ? 'completed' : 'incomplete';
}

function decimal(value: number): string {
  return String(Math.round(value * 100) / 100);
}
