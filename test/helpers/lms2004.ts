/**
 * A SCORM 2004 4th Edition LMS in jsdom, for driving the real bundled player.
 * The LMS page holds `window.API_1484_11` (scorm-again's Scorm2004API behind a
 * recorder) and frames the course page, served from a package folder on the
 * same origin; `placement` puts it two frames down or in a popup instead. Every refused call is kept as a violation, and so is every read
 * of an element nobody set (error 403), which some LMSs log and slow down on.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Scorm2004API } from 'scorm-again';
import type { PlayerCourse } from '../../src/model/player.js';
import { cmiOf, lookup, merge, CourseWindowHost, type Cmi, type CourseWindowOptions } from './jsdom-lms.js';
import { Learner } from './learner.js';
import { bundledRuntime, writePlayerPackage } from './player-package.js';

export type { Cmi } from './jsdom-lms.js';

/** Where and how the course page opens; see `CourseWindowOptions`. */
export interface Lms2004Options extends Partial<Pick<CourseWindowOptions, 'placement' | 'localStorage' | 'foreignOpener'>> {
  /** Data the LMS holds at launch (e.g. `snapshot()` of an earlier launch), merged over a first launch. */
  cmi?: Cmi;
  /** Makes Commit fail (error 391) without storing, by returning "false" or by throwing. */
  failCommit?: () => 'false' | 'throw' | undefined;
  /** Initialize answers "false" (error 102). */
  failInitialize?: boolean;
  /** GetValue fails after a successful Initialize: it throws, or answers "" with error 101; `read` counts the reads so far. */
  failGetValue?: (element: string, read: number) => 'throw' | 'error' | undefined;
  /** The API was already initialised by an earlier load of the page (a reload). */
  initialized?: boolean;
}

export interface ApiCall {
  name: string;
  args: string[];
  result: string;
  error: string;
}

const FIRST_LAUNCH: Cmi = { learner_id: 'learner-1', learner_name: 'Doe, Jane', entry: 'ab-initio', mode: 'normal', credit: 'credit' };

export class Lms2004 extends CourseWindowHost {
  readonly calls: ApiCall[] = [];
  /** Calls the LMS refused, and reads of uninitialised elements. */
  readonly violations: string[] = [];
  readonly api: Record<string, (...args: string[]) => string>;
  private readonly inner: Scorm2004API;
  private storedCmi: Cmi;
  private storedNavRequest = '_none_';

  constructor(private readonly options: Lms2004Options = {}) {
    super('API_1484_11', options);
    this.inner = new Scorm2004API({ autocommit: false, logLevel: 5 });
    this.inner.loadFromJSON(merge(structuredClone(FIRST_LAUNCH), structuredClone(options.cmi ?? {})));
    if (options.initialized) this.inner.Initialize('');
    this.storedCmi = cmiOf(this.inner);
    this.api = this.recordingApi();
  }

  /** The value stored as of the last successful Commit or Terminate (write-only elements too); `adl.nav.request` as well. */
  stored(element: string): string {
    if (element === 'adl.nav.request') return this.storedNavRequest;
    return lookup(this.storedCmi, element);
  }

  /** Stored interactions, flattened. */
  interactions(): Record<string, string>[] {
    const journal = (this.storedCmi['interactions'] ?? {}) as Record<string, Record<string, unknown>>;
    return Object.keys(journal)
      .sort((a, b) => Number(a) - Number(b))
      .map((n) => {
        const { correct_responses, objectives: _, ...fields } = journal[n] as Record<string, unknown>;
        const pattern = (correct_responses as Record<string, { pattern?: string }> | undefined)?.['0']?.pattern ?? '';
        return { ...fields, pattern } as Record<string, string>;
      });
  }

  count(name: string): number {
    return this.calls.filter((call) => call.name === name).length;
  }

  /** SetValue calls in order, as `element=value`. */
  writes(): string[] {
    return this.calls.filter((call) => call.name === 'SetValue').map((call) => `${call.args[0]}=${call.args[1]}`);
  }

  /**
   * What the LMS hands the next launch (RTE 4.2.8 cmi.entry): after exit
   * suspend the same attempt resumes with its data; otherwise a new attempt
   * starts with a fresh data model.
   */
  snapshot(): Cmi {
    const { exit, session_time: _time, total_time: _total, ...cmi } = structuredClone(this.storedCmi);
    if (exit === 'suspend') return { ...cmi, entry: 'resume' };
    return { entry: 'ab-initio', scaled_passing_score: cmi['scaled_passing_score'] };
  }

  private recordingApi(): Record<string, (...args: string[]) => string> {
    const inner = this.inner as unknown as Record<string, (...args: string[]) => string>;
    const call = (name: string, args: string[], run: () => string) => {
      const result = run();
      const error = String(inner['GetLastError']?.());
      this.calls.push({ name, args, result, error });
      if (name === 'GetValue' && error === '403') this.violations.push(`read ${args[0]} before anything set it (403)`);
      else if (error !== '0' && !name.startsWith('Get')) {
        this.violations.push(`${name}(${args.join(', ')}) refused: ${error} ${inner['GetDiagnostic']?.(error)}`);
      }
      return result;
    };
    const api: Record<string, (...args: string[]) => string> = {};
    for (const name of ['GetLastError', 'GetErrorString', 'GetDiagnostic']) api[name] = (...args) => String(inner[name]?.(...args));
    api['Initialize'] = (...args) => {
      if (this.options.failInitialize) return 'false';
      return call('Initialize', args, () => String(inner['Initialize']?.(...args)));
    };
    let reads = 0;
    api['GetValue'] = (element) => {
      const fault = this.options.failGetValue?.(element, reads++);
      if (fault === 'throw') throw new Error(`LMS unavailable while reading ${element}`);
      if (fault === 'error') return (this.calls.push({ name: 'GetValue', args: [element], result: '', error: '101' }), '');
      return call('GetValue', [element], () => String(inner['GetValue']?.(element)));
    };
    api['SetValue'] = (element, value) => call('SetValue', [element, value], () => String(inner['SetValue']?.(element, value)));
    api['Commit'] = (...args) => {
      const fault = this.options.failCommit?.();
      if (fault === 'throw') throw new Error('LMS unreachable');
      // The failure is the LMS's, not the content's: recorded, not a violation.
      if (fault === 'false') return (this.calls.push({ name: 'Commit', args, result: 'false', error: '391' }), 'false');
      return this.storing(call('Commit', args, () => String(inner['Commit']?.(...args))));
    };
    api['Terminate'] = (...args) => {
      // adl.nav.request is reset by Terminate once the LMS has acted on it.
      const navRequest = String((this.inner as unknown as { adl: { nav: { request: string } } }).adl.nav.request);
      const result = this.storing(call('Terminate', args, () => String(inner['Terminate']?.(...args))));
      if (result === 'true') this.storedNavRequest = navRequest;
      return result;
    };
    return api;
  }

  private storing(result: string): string {
    if (result === 'true') this.storedCmi = cmiOf(this.inner);
    return result;
  }
}

/** A package folder for a player fixture, with the SCORM 2004 runtime bundled from source. */
export async function writePlayerPackage2004(course: PlayerCourse): Promise<string> {
  const dir = await writePlayerPackage(course);
  await copyFile(join(await bundledRuntime(), 'scorm2004.js'), join(dir, 'cease.js'));
  return dir;
}

const packages = new WeakMap<PlayerCourse, Promise<string>>();

/**
 * Launches a course in a fresh 2004 LMS. As an LMS does from the manifest's
 * minNormalizedMeasure, it hands a course with an assessment its pass mark.
 */
export async function openCourse2004(course: PlayerCourse, options: Lms2004Options = {}): Promise<{ lms: Lms2004; learner: Learner }> {
  let dir = packages.get(course);
  if (!dir) packages.set(course, (dir = writePlayerPackage2004(course)));
  const passing = course.assessment ? { scaled_passing_score: String(course.assessment.passingScore / 100) } : {};
  const lms = new Lms2004({ ...options, cmi: { ...passing, ...options.cmi } });
  const window = await lms.launch(await dir);
  return { lms, learner: new Learner(window, course) };
}
