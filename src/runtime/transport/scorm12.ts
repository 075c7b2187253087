import { ScormCalls } from './scorm-calls.js';
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
  /** False in browse/review mode or without credit, where the status and score belong to the LMS. */
  private judged = true;
  /** Interactions are journaled (append only), so we write at `_count` and count on from there. */
  private nextInteraction: number | null = 0;

  private readonly calls: ScormCalls;

  constructor(private readonly api: Scorm12Api) {
    this.calls = new ScormCalls({
      names: { set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish' },
      getValue: (element) => api.LMSGetValue(element),
      setValue: (element, value) => api.LMSSetValue(element, value),
      commit: () => api.LMSCommit(''),
      finish: () => api.LMSFinish(''),
      lastError: () => api.LMSGetLastError(),
      errorString: (code) => api.LMSGetErrorString(code),
      diagnostic: (code) => api.LMSGetDiagnostic(code),
    });
  }

  async start(): Promise<LaunchData> {
    this.startedAt = Date.now();
    // A reloaded page meets an API that is still initialised (error 101);
    // it is usable if a read succeeds.
    const initialized = this.calls.callTrue('LMSInitialize', () => this.api.LMSInitialize(''));
    // Nothing may be written before what the LMS holds is known: a status or
    // bookmark read as "" would have the course write `incomplete` over
    // `passed` and a first page over the learner's answers.
    const held = await this.calls.patiently(() => {
      const status = this.calls.get('cmi.core.lesson_status');
      const location = this.calls.get('cmi.core.lesson_location');
      const suspendData = this.calls.get('cmi.suspend_data');
      return status && location !== null && suspendData !== null ? { status, location, suspendData } : null;
    });
    if (!held) throw new Error(initialized ? 'LMS data unreadable' : 'LMSInitialize refused');
    const { location, suspendData } = held;
    const entry = this.calls.get('cmi.core.entry') ?? '';
    // lesson_mode and credit are optional in practice (some LMSs leave them
    // out); missing means normal mode for credit.
    const mode = this.calls.get('cmi.core.lesson_mode') ?? '';
    this.judged = mode !== 'browse' && mode !== 'review' && this.calls.get('cmi.core.credit') !== 'no-credit';
    const count = this.calls.get('cmi.interactions._count') ?? '';
    this.nextInteraction = /^\d+$/.test(count) ? Number(count) : null;
    const mastery = Number(this.calls.get('cmi.student_data.mastery_score') || NaN);
    return {
      location,
      suspendData,
      // Some LMSs report entry "" on a resumed attempt; data present then means resume.
      resumed: entry === 'resume' || (entry === '' && (location !== '' || suspendData !== '')),
      status: statusFrom(held.status),
      score: this.calls.get('cmi.core.score.raw') ? Number(this.calls.get('cmi.core.score.raw')) : null,
      masteryScore: mastery >= 0 && mastery <= 100 ? mastery : null,
      learnerId: this.calls.get('cmi.core.student_id') ?? '',
      suspendDataLimit: SUSPEND_DATA_LIMIT,
    };
  }

  setLocation(pageId: string): void {
    this.calls.set('cmi.core.lesson_location', pageId.slice(0, LOCATION_LIMIT));
  }

  setSuspendData(data: string): void {
    this.calls.set('cmi.suspend_data', data);
  }

  setScore(score: Score): void {
    if (!this.judged) return;
    this.calls.set('cmi.core.score.raw', decimal(score.raw));
    this.calls.set('cmi.core.score.min', decimal(score.min));
    this.calls.set('cmi.core.score.max', decimal(score.max));
  }

  setStatus(status: CourseStatus): void {
    if (this.judged) this.calls.set('cmi.core.lesson_status', lessonStatus(status));
  }

  recordInteraction(interaction: InteractionRecord): void {
    if (this.nextInteraction === null) return;
    const prefix = `cmi.interactions.${this.nextInteraction++}.`;
    const trueFalse = interaction.type === 'true-false';
    // RTE 1.2 3.4.2.7: choice responses are single characters; true-false is
    // t/f, and the compiler always puts True first (choice a).
    const answer = (ids: string[]) => (trueFalse ? (ids[0] === 'a' ? 't' : 'f') : ids.join(','));
    // `{…}` marks an unordered set of several correct choices.
    const pattern = answer(interaction.correct);
    const fields: [string, string][] = [
      ['id', interaction.id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 255)],
      ['type', interaction.type],
      ['student_response', answer(interaction.response)],
      ['correct_responses.0.pattern', interaction.correct.length > 1 ? `{${pattern}}` : pattern],
      // RTE 1.2 3.4.2.7.6: correct, wrong, unanticipated or neutral.
      ['result', interaction.result === 'incorrect' ? 'wrong' : interaction.result],
      ['weighting', String(interaction.weighting)],
      ['latency', cmiTimespan(interaction.latencyMs)],
      ['time', cmiTime(interaction.timestamp)],
    ];
    this.calls.journal(fields.map(([element, value]) => [prefix + element, value]));
  }

  setExit(exit: ExitMode): void {
    this.calls.set('cmi.core.exit', exit === 'suspend' ? 'suspend' : '');
  }

  async commit(): Promise<boolean> {
    return this.calls.commit();
  }

  async finish(exit: ExitMode): Promise<boolean> {
    if (this.calls.finished) return true;
    this.setExit(exit);
    // session_time is this session only; the LMS adds it to total_time.
    this.calls.set('cmi.core.session_time', cmiTimespan(Date.now() - this.startedAt));
    return this.calls.finish();
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
