/**
 * A SCORM 1.2 LMS in jsdom, for driving the real bundled player. The LMS
 * window holds `window.API` (scorm-again's Scorm12API behind a recorder that
 * also enforces the strict 1.2 data types); the course page is served from a
 * package folder (index.html, cease.js, cease.css) on the same origin, placed
 * where the test asks: in a frame, two frames down, in a popup, or behind a
 * foreign frame.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { JSDOM, VirtualConsole, requestInterceptor } from 'jsdom';
import { Scorm12API } from 'scorm-again';
import { CONTENT_TYPES, cmiOf, foreignWindow, loaded, lookup, merge, type Cmi } from './jsdom-lms.js';
import { strictViolation } from './scorm12-strict.js';

export type { Cmi } from './jsdom-lms.js';
export type Placement = 'parent' | 'grandparent' | 'opener' | 'opener-parent' | 'behind-foreign-frame' | 'none';

export interface LmsOptions {
  /** Data the LMS holds at launch, e.g. `snapshot()` of an earlier launch; merged over a first-launch default. */
  cmi?: Cmi;
  placement?: Placement;
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
  /** localStorage contents of the course page's origin at launch. */
  localStorage?: Record<string, string>;
  /** localStorage throws in the course page (private mode, opaque origin); top-level placements only. */
  noStorage?: boolean;
  /** The opener's properties throw, as a window on another origin does. */
  foreignOpener?: boolean;
}

export interface ApiCall {
  name: string;
  args: string[];
  result: string;
}

const ORIGIN = 'https://lms.test';
const FIRST_LAUNCH: Cmi = {
  core: { student_id: 'learner-1', student_name: 'Doe, Jane', entry: 'ab-initio', lesson_mode: 'normal', credit: 'credit' },
};

export class Lms12 {
  readonly calls: ApiCall[] = [];
  /** Writes a strict SCORM 1.2 LMS would refuse. */
  readonly violations: string[] = [];
  /** Uncaught errors and console.error output of every page. */
  readonly pageErrors: string[] = [];
  readonly warnings: string[] = [];
  readonly api: Record<string, (...args: string[]) => string>;
  private readonly inner: Scorm12API;
  private storedCmi: Cmi;
  private readonly types = new Map<string, string>();
  private readonly windows: JSDOM[] = [];
  course!: Window;
  private closedStorage: Record<string, string> | null = null;

  constructor(private readonly options: LmsOptions = {}) {
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

  /** Storage of the course page's origin, to carry into a relaunch; after `close()`, as it was then. */
  localStorage(): Record<string, string> {
    if (this.closedStorage) return this.closedStorage;
    const storage = this.course.localStorage;
    return Object.fromEntries(Array.from({ length: storage.length }, (_, i) => storage.key(i) as string).map((key) => [key, storage.getItem(key) as string]));
  }

  /** Loads the package in `dir` and resolves once the player shows its first page. */
  async launch(dir: string): Promise<Window> {
    const placement = this.options.placement ?? 'parent';
    const lmsPage = (frame: string) => `<!DOCTYPE html><title>LMS</title><iframe id="frame" src="${frame}"></iframe>`;
    const pages: Record<string, string> = {
      '/lms.html': lmsPage(placement === 'grandparent' ? '/frame.html' : placement === 'parent' ? '/course/index.html' : '/blank.html'),
      '/frame.html': lmsPage('/course/index.html'),
      '/blank.html': '<!DOCTYPE html><title>Launcher</title>',
    };
    const virtualConsole = new VirtualConsole();
    virtualConsole.on('error', (...args: unknown[]) => this.pageErrors.push(args.map(String).join(' ')));
    virtualConsole.on('warn', (...args: unknown[]) => this.warnings.push(args.map(String).join(' ')));
    virtualConsole.on('jsdomError', (error: Error) => this.pageErrors.push(error.message));
    const resources = {
      interceptors: [
        requestInterceptor(async (request: Request) => {
          const path = new URL(request.url).pathname;
          const body = path.startsWith('/course/') ? await readFile(join(dir, path.slice('/course/'.length))) : pages[path];
          return body === undefined
            ? new Response('not found', { status: 404 })
            : new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'text/html' } });
        }),
      ],
    };
    const common = { runScripts: 'dangerously' as const, resources, virtualConsole, pretendToBeVisual: true };
    const lms = new JSDOM(pages['/lms.html'], {
      ...common,
      url: `${ORIGIN}/lms.html`,
      beforeParse: (window) => {
        if (placement !== 'none') Object.assign(window, { API: this.api });
        // Frames on this origin share the LMS window's storage.
        this.preloadStorage(window as unknown as Window);
      },
    });
    this.windows.push(lms);
    const frame = lms.window.document.getElementById('frame') as HTMLIFrameElement;
    await new Promise((resolve) => frame.addEventListener('load', resolve));
    if (placement === 'parent' || placement === 'grandparent') {
      const inner = placement === 'parent' ? frame : (frame.contentDocument?.getElementById('frame') as HTMLIFrameElement);
      if (placement === 'grandparent') await loaded(inner.contentWindow as Window);
      this.course = inner.contentWindow as unknown as Window;
    } else {
      const dom = await JSDOM.fromURL(`${ORIGIN}/course/index.html`, {
        ...common,
        beforeParse: (window) => this.wire(window, placement, lms.window as unknown as Window, frame.contentWindow as unknown as Window),
      });
      this.windows.push(dom);
      this.course = dom.window as unknown as Window;
    }
    await loaded(this.course);
    return this.course;
  }

  /** Ends the visit as a closing tab does: pagehide, then the windows go away. */
  close(): void {
    this.course.dispatchEvent(new this.course.Event('pagehide'));
    this.closedStorage = this.localStorage();
    for (const dom of this.windows.splice(0)) dom.window.close();
  }

  private wire(window: unknown, placement: Placement, lms: Window, launcher: Window): void {
    const define = (name: string, value: unknown) => Object.defineProperty(window, name, { value, configurable: true });
    this.preloadStorage(window as Window);
    if (this.options.noStorage) {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
    if (this.options.foreignOpener) define('opener', foreignWindow(null));
    if (placement === 'opener') define('opener', lms);
    if (placement === 'opener-parent') define('opener', launcher);
    if (placement === 'behind-foreign-frame') define('parent', foreignWindow(lms));
  }

  private preloadStorage(window: Window): void {
    for (const [key, value] of Object.entries(this.options.localStorage ?? {})) window.localStorage.setItem(key, value);
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
