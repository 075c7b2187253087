/**
 * A SCORM 1.2 LMS in jsdom, for driving the real bundled player. The LMS
 * window holds `window.API` (scorm-again's Scorm12API behind a recorder that
 * also enforces the strict 1.2 data types); the course page is served from a
 * package folder (index.html, cease.js, cease.css) on the same origin, placed
 * where the test asks: in a frame, two frames down, in a popup, or behind a
 * foreign frame.
 */
import { Scorm12API } from 'scorm-again';
import { cmiOf, lookup, merge, CourseWindowHost, type Cmi, type CourseWindowOptions } from './jsdom-lms.js';
import { strictViolation } from './scorm12-strict.js';

export type { Cmi, Placement } from './jsdom-lms.js';

/** Where and how the course page opens; see `CourseWindowOptions`. */
export interface LmsOptions extends Partial<Pick<CourseWindowOptions, 'placement' | 'localStorage' | 'noStorage' | 'foreignOpener'>> {
  /** Data the LMS holds at launch, e.g. `snapshot()` of an earlier launch; merged over a first-launch default. */
  cmi?: Cmi;
  /** Elements the LMS does not implement: LMSGetValue answers "" with error 401. */
  unimplemented?: string[];
  /** Makes LMSSetValue fail for some elements, by returning "false" or by throwing. */
  failSetValue?: (element: string) => 'false' | 'throw' | undefined;
  /** LMSInitialize answers "false" (error 101). */
  failInitialize?: boolean;
  /**
   * Makes LMSGetValue fail for some reads after a successful LMSInitialize:
   * it throws, or answers "" with error 101 as scorm-again's cross-frame
   * bridge does until its cache fills. `read` counts the reads so far.
   */
  failGetValue?: (element: string, read: number) => 'throw' | 'error' | undefined;
  /** Makes LMSCommit fail: it returns "false" or throws, and nothing is stored. */
  failCommit?: () => 'false' | 'throw' | undefined;
}

export interface ApiCall {
  name: string;
  args: string[];
  result: string;
}

const FIRST_LAUNCH: Cmi = {
  core: { student_id: 'learner-1', student_name: 'Doe, Jane', entry: 'ab-initio', lesson_mode: 'normal', credit: 'credit' },
};

export class Lms12 extends CourseWindowHost {
  readonly calls: ApiCall[] = [];
  /** Writes a strict SCORM 1.2 LMS would refuse. */
  readonly violations: string[] = [];
  readonly api: Record<string, (...args: string[]) => string>;
  private readonly inner: Scorm12API;
  private storedCmi: Cmi;
  private readonly types = new Map<string, string>();

  constructor(private readonly options: LmsOptions = {}) {
    super('API', options);
    this.inner = new Scorm12API({ autocommit: false, logLevel: 5, mastery_override: false, autoCompleteLessonStatus: false });
    this.inner.loadFromJSON(merge(structuredClone(FIRST_LAUNCH), structuredClone(options.cmi ?? {})));
    this.storedCmi = cmiOf(this.inner);
    this.api = this.recordingApi();
  }

  /** The value the LMS has stored, as of the last successful commit or finish (write-only elements too). */
  stored(element: string): string {
    return lookup(this.storedCmi, element);
  }

  /** The value the LMS holds now, committed or not. */
  current(element: string): string {
    return lookup(cmiOf(this.inner), element);
  }

  /** Stored interactions, flattened: id, type, student_response, pattern, result, weighting, latency, time. */
  interactions(): Record<string, string>[] {
    const journal = (this.storedCmi['interactions'] ?? {}) as Record<string, Record<string, unknown>>;
    return Object.keys(journal)
      .sort((a, b) => Number(a) - Number(b))
      .map((n) => {
        const { id, type, student_response, result, weighting, latency, time, correct_responses } = journal[n] as Record<string, unknown>;
        const pattern = (correct_responses as Record<string, { pattern?: string }> | undefined)?.['0']?.pattern ?? '';
        return { id, type, student_response, pattern, result, weighting, latency, time } as Record<string, string>;
      });
  }

  count(name: string): number {
    return this.calls.filter((call) => call.name === name).length;
  }

  /** What the LMS hands the next launch: the stored data, with entry derived from cmi.core.exit (RTE 1.2 cmi.core.entry). */
  snapshot(): Cmi {
    const cmi = structuredClone(this.storedCmi) as { core: Record<string, unknown> };
    cmi.core.entry = cmi.core.exit === 'suspend' ? 'resume' : '';
    delete cmi.core.exit;
    delete cmi.core.session_time;
    delete cmi.core.total_time;
    return cmi;
  }

  private recordingApi(): Record<string, (...args: string[]) => string> {
    const inner = this.inner as unknown as Record<string, (...args: string[]) => string>;
    const record = (name: string, args: string[], result: string) => {
      this.calls.push({ name, args, result });
      return result;
    };
    const api: Record<string, (...args: string[]) => string> = {};
    api['LMSInitialize'] = (...args) =>
      record('LMSInitialize', args, this.options.failInitialize ? 'false' : String(inner['LMSInitialize']?.(...args)));
    for (const name of ['LMSGetErrorString', 'LMSGetDiagnostic']) {
      api[name] = (...args) => record(name, args, String(inner[name]?.(...args)));
    }
    let reads = 0;
    let forcedError: string | null = null;
    api['LMSGetLastError'] = () => record('LMSGetLastError', [], forcedError ?? String(inner['LMSGetLastError']?.()));
    api['LMSGetValue'] = (element) => {
      forcedError = null;
      const fault = this.options.failGetValue?.(element, reads++);
      if (fault === 'throw') throw new Error(`LMS unavailable while reading ${element}`);
      if (fault === 'error') {
        forcedError = '101';
        return record('LMSGetValue', [element], '');
      }
      if (this.options.unimplemented?.includes(element)) {
        inner['LMSGetValue']?.('cmi.not_implemented_here');
        return record('LMSGetValue', [element], '');
      }
      return record('LMSGetValue', [element], String(inner['LMSGetValue']?.(element)));
    };
    api['LMSSetValue'] = (element, value) => {
      const fault = this.options.failSetValue?.(element);
      if (fault === 'throw') throw new Error(`LMS unavailable while setting ${element}`);
      if (fault === 'false') return record('LMSSetValue', [element, value], 'false');
      const count = Number(inner['LMSGetValue']?.('cmi.interactions._count'));
      const violation = strictViolation(element, value, this.types, count);
      if (violation) {
        this.violations.push(violation);
        return record('LMSSetValue', [element, value], 'false');
      }
      const type = /^cmi\.interactions\.(\d+)\.type$/.exec(element);
      if (type) this.types.set(type[1] as string, value);
      return record('LMSSetValue', [element, value], String(inner['LMSSetValue']?.(element, value)));
    };
    const storing = (name: 'LMSCommit' | 'LMSFinish') => (...args: string[]) => {
      const fault = name === 'LMSCommit' ? this.options.failCommit?.() : undefined;
      if (fault === 'throw') throw new Error('LMS unreachable');
      const result = fault === 'false' ? 'false' : String(inner[name]?.(...args));
      if (result === 'true') this.storedCmi = cmiOf(this.inner);
      return record(name, args, result);
    };
    api['LMSCommit'] = storing('LMSCommit');
    api['LMSFinish'] = storing('LMSFinish');
    return api;
  }
}
