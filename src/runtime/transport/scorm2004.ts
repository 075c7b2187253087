import { ScormCalls } from './scorm-calls.js';
import type { CourseStatus, ExitMode, InteractionRecord, LaunchData, Score, Transport } from './transport.js';
import { isoDuration, isoTimestamp } from './scorm2004-time.js';

/** The eight functions of the SCORM 2004 API object (RTE 4th Ed. 3.1); every argument and result is a string. */
export interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

export function isScorm2004Api(candidate: unknown): candidate is Scorm2004Api {
  return typeof candidate === 'object' && candidate !== null && typeof (candidate as Scorm2004Api).Initialize === 'function';
}

/** Smallest permitted maxima (RTE 4th Ed. 4.2): cmi.suspend_data, cmi.location, interaction description. */
const SUSPEND_DATA_LIMIT = 64000;
const LOCATION_LIMIT = 1000;
const DESCRIPTION_LIMIT = 250;

/**
 * SCORM 2004 4th Edition transport. As with 1.2, every call is guarded: a
 * throwing or "false"-returning call is logged and remembered (the next
 * commit reports it), never fatal.
 */
export class Scorm2004Transport implements Transport {
  private startedAt = Date.now();
  /** False in browse/review mode or without credit, where the status and score belong to the LMS. */
  private judged = true;
  /** Interactions are journaled (append only), so we write at `_count` and count on from there. */
  private nextInteraction: number | null = 0;

  /** `scored`: the course has an assessment, so the manifest gave the LMS a pass mark to hand back. */
  private readonly calls: ScormCalls;

  constructor(
    private readonly api: Scorm2004Api,
    private readonly scored: boolean,
  ) {
    this.calls = new ScormCalls({
      names: { set: 'SetValue', commit: 'Commit', finish: 'Terminate' },
      getValue: (element) => api.GetValue(element),
      setValue: (element, value) => api.SetValue(element, value),
      commit: () => api.Commit(''),
      finish: () => api.Terminate(''),
      lastError: () => api.GetLastError(),
      errorString: (code) => api.GetErrorString(code),
      diagnostic: (code) => api.GetDiagnostic(code),
    });
  }

  async start(): Promise<LaunchData> {
    this.startedAt = Date.now();
    // A reloaded page meets an API that is still initialised (error 103);
    // it is usable if a read answers. The value, not GetLastError, tells:
    // some LMSs leave the 103 in place until the next call.
    const initialized = this.calls.callTrue('Initialize', () => this.api.Initialize(''));
    // Nothing may be written before what the LMS holds is known (a status
    // read as "" would be overwritten with `incomplete`); a bridge that
    // fills its cache after Initialize gets a moment to answer.
    if (!(await this.calls.patiently(() => this.readable() || null))) {
      throw new Error(initialized ? 'LMS data unreadable' : 'Initialize refused');
    }
    // Reading an element nobody set answers error 403, which some LMSs log
    // and slow down on, so only what is known to hold a value is read:
    // these are always set by the LMS (RTE 4.2) ...
    const entry = this.calls.get('cmi.entry') ?? '';
    const mode = this.calls.get('cmi.mode') ?? '';
    this.judged = mode !== 'browse' && mode !== 'review' && this.calls.get('cmi.credit') !== 'no-credit';
    const completion = this.calls.get('cmi.completion_status') ?? '';
    const success = this.calls.get('cmi.success_status') ?? '';
    const count = this.calls.get('cmi.interactions._count') ?? '';
    this.nextInteraction = /^\d+$/.test(count) ? Number(count) : null;
    // ... and these only when an earlier session can have set them.
    const fresh = entry === 'ab-initio';
    // RTE 4.1.7: 403 is "value not initialized", i.e. never set; any other failure leaves what it holds unknown.
    const location = fresh ? '' : this.calls.get('cmi.location', '403');
    const suspendData = fresh ? '' : this.calls.get('cmi.suspend_data', '403');
    if (location === null || suspendData === null) throw new Error('LMS data unreadable');
    const scaled = success === 'passed' || success === 'failed' ? Number(this.calls.get('cmi.score.scaled') || NaN) : NaN;
    // cmi.scaled_passing_score comes from imsss:minNormalizedMeasure, which
    // the manifest declares only for a course with an assessment.
    const passing = this.scored ? Number(this.calls.get('cmi.scaled_passing_score') || NaN) : NaN;
    return {
      location,
      suspendData,
      // Some LMSs report entry "" on a resumed attempt; data present then means resume.
      resumed: entry === 'resume' || (entry === '' && (location !== '' || suspendData !== '')),
      status: {
        completion: completion === 'completed' || completion === 'incomplete' ? completion : 'not-attempted',
        success: success === 'passed' || success === 'failed' ? success : 'unknown',
      },
      score: scaled >= 0 && scaled <= 1 ? Math.round(scaled * 10000) / 100 : null,
      masteryScore: passing >= 0 && passing <= 1 ? Math.round(passing * 10000) / 100 : null,
      learnerId: this.calls.get('cmi.learner_id') ?? '',
      suspendDataLimit: SUSPEND_DATA_LIMIT,
    };
  }

  setLocation(pageId: string): void {
    this.calls.set('cmi.location', pageId.slice(0, LOCATION_LIMIT));
  }

  setSuspendData(data: string): void {
    this.calls.set('cmi.suspend_data', data);
  }

  setScore(score: Score): void {
    if (!this.judged) return;
    // Many LMSs report only scaled; raw/min/max are for those that show points.
    this.calls.set('cmi.score.scaled', decimal(score.scaled, 7));
    this.calls.set('cmi.score.raw', decimal(score.raw, 2));
    this.calls.set('cmi.score.min', decimal(score.min, 2));
    this.calls.set('cmi.score.max', decimal(score.max, 2));
  }

  setStatus(status: CourseStatus): void {
    if (!this.judged) return;
    // The content never sets "not attempted", and "unknown" success is what
    // the LMS already holds for an unjudged course.
    if (status.completion !== 'not-attempted') this.calls.set('cmi.completion_status', status.completion);
    if (status.success !== 'unknown') this.calls.set('cmi.success_status', status.success);
  }

  recordInteraction(interaction: InteractionRecord): void {
    if (this.nextInteraction === null) return;
    const prefix = `cmi.interactions.${this.nextInteraction++}.`;
    const trueFalse = interaction.type === 'true-false';
    // RTE 4.2.9.1: true-false is `true`/`false` (the compiler puts True
    // first, choice a); choice ids are joined by the `[,]` delimiter.
    const answer = (ids: string[]) => (trueFalse ? String(ids[0] === 'a') : ids.join('[,]'));
    // id must come first and type before the responses (error 408 otherwise).
    const fields: [string, string][] = [
      ['id', interaction.id.replace(/[^A-Za-z0-9_-]/g, '_')],
      ['type', interaction.type],
      ['description', description(interaction.description)],
      ['learner_response', answer(interaction.response)],
      ['correct_responses.0.pattern', answer(interaction.correct)],
      // RTE 4.2.9.1 cmi.interactions.n.result: correct, incorrect, unanticipated, neutral or a real.
      ['result', interaction.result],
      ['weighting', String(interaction.weighting)],
      ['latency', isoDuration(interaction.latencyMs)],
      ['timestamp', isoTimestamp(interaction.timestamp)],
    ];
    this.calls.journal(fields.map(([element, value]) => [prefix + element, value]));
  }

  setExit(exit: ExitMode): void {
    this.calls.set('cmi.exit', exit);
  }

  async commit(): Promise<boolean> {
    return this.calls.commit();
  }

  async finish(exit: ExitMode): Promise<boolean> {
    if (this.calls.finished) return true;
    this.setExit(exit);
    // session_time is this session only; the LMS adds it to total_time.
    this.calls.set('cmi.session_time', isoDuration(Date.now() - this.startedAt));
    // SN 4th Ed. 4.4.2: processed after Terminate; ends the whole course
    // (kept for resume or finished) instead of leaving the learner on the
    // LMS's navigation for a single SCO.
    this.calls.set('adl.nav.request', exit === 'suspend' ? 'suspendAll' : 'exitAll', false);
    return this.calls.finish();
  }

  /** completion_status and success_status always hold a value once the session is open (RTE 4.2.4, 4.2.21). */
  private readable(): boolean {
    try {
      return this.api.GetValue('cmi.completion_status') !== '' && this.api.GetValue('cmi.success_status') !== '';
    } catch {
      return false;
    }
  }
}

/**
 * localized_string_type (SPM 250) on one line: a leading `{` would be read
 * as a `{lang=…}` delimiter, and a cut must not split a surrogate pair.
 */
function description(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\{+/, '')
    .slice(0, DESCRIPTION_LIMIT)
    .replace(/[\uD800-\uDBFF]$/, '');
}

function decimal(value: number, places: number): string {
  return String(Math.round(value * 10 ** places) / 10 ** places);
}
