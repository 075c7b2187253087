/**
 * Pieces the jsdom test LMSs (SCORM 1.2, SCORM 2004, the xAPI launcher) share:
 * how files are served, where the course page sits, a window on another
 * origin, waiting for the player, and reading or seeding scorm-again's data
 * model.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { JSDOM, VirtualConsole, requestInterceptor } from 'jsdom';

export type Cmi = Record<string, unknown>;

/** Where the LMS window is, seen from the course page. */
export type Placement = 'parent' | 'grandparent' | 'opener' | 'opener-parent' | 'behind-foreign-frame' | 'none';

export interface CourseWindowOptions {
  /** Package folder served under /course/. */
  dir: string;
  placement: Placement;
  /** The LMS window's global the API is found under: `API` (SCORM 1.2) or `API_1484_11` (2004). */
  apiName: string;
  api: unknown;
  /** localStorage contents of the course page's origin at launch. */
  localStorage?: Record<string, string>;
  /** localStorage throws in the course page (private mode, opaque origin); top-level placements only. */
  noStorage?: boolean;
  /** The opener's properties throw, as a window on another origin does. */
  foreignOpener?: boolean;
  /** Uncaught errors and console.error output of every page go here; console.warn to `warnings`. */
  pageErrors: string[];
  warnings?: string[];
}

const ORIGIN = 'https://lms.test';

/**
 * Serves the package on the LMS's origin and opens the course page where
 * `placement` puts it; resolves with the course window, once the player shows
 * its first page, and every window opened (to close them).
 */
export async function openCourseWindow(options: CourseWindowOptions): Promise<{ course: Window; windows: JSDOM[] }> {
  const { dir, placement } = options;
  const lmsPage = (frame: string) => `<!DOCTYPE html><title>LMS</title><iframe id="frame" src="${frame}"></iframe>`;
  const pages: Record<string, string> = {
    '/lms.html': lmsPage(placement === 'grandparent' ? '/frame.html' : placement === 'parent' ? '/course/index.html' : '/blank.html'),
    '/frame.html': lmsPage('/course/index.html'),
    '/blank.html': '<!DOCTYPE html><title>Launcher</title>',
  };
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('error', (...args: unknown[]) => options.pageErrors.push(args.map(String).join(' ')));
  virtualConsole.on('warn', (...args: unknown[]) => options.warnings?.push(args.map(String).join(' ')));
  virtualConsole.on('jsdomError', (error: Error) => options.pageErrors.push(error.message));
  const serve = requestInterceptor(async (request: Request) => {
    const path = new URL(request.url).pathname;
    const body = path.startsWith('/course/') ? await readFile(join(dir, path.slice('/course/'.length))).catch(() => undefined) : pages[path];
    return body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'text/html' } });
  });
  const common = { runScripts: 'dangerously' as const, resources: { interceptors: [serve] }, virtualConsole, pretendToBeVisual: true };
  const preloadStorage = (window: Window) => {
    for (const [key, value] of Object.entries(options.localStorage ?? {})) window.localStorage.setItem(key, value);
  };
  const windows: JSDOM[] = [];
  const lms = new JSDOM(pages['/lms.html'], {
    ...common,
    url: `${ORIGIN}/lms.html`,
    beforeParse: (window) => {
      if (placement !== 'none') Object.assign(window, { [options.apiName]: options.api });
      // Frames on this origin share the LMS window's storage.
      preloadStorage(window as unknown as Window);
    },
  });
  windows.push(lms);
  const frame = lms.window.document.getElementById('frame') as HTMLIFrameElement;
  await new Promise((resolve) => frame.addEventListener('load', resolve));
  let course: Window;
  if (placement === 'parent' || placement === 'grandparent') {
    const inner = placement === 'parent' ? frame : (frame.contentDocument?.getElementById('frame') as HTMLIFrameElement);
    if (placement === 'grandparent') await loaded(inner.contentWindow as Window);
    course = inner.contentWindow as unknown as Window;
  } else {
    // A popup or a window of its own: the course page is a top-level window.
    const dom = await JSDOM.fromURL(`${ORIGIN}/course/index.html`, {
      ...common,
      beforeParse: (window) => {
        const define = (name: string, value: unknown) => Object.defineProperty(window, name, { value, configurable: true });
        preloadStorage(window as unknown as Window);
        if (options.noStorage) {
          Object.defineProperty(window, 'localStorage', {
            get: () => {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        }
        if (options.foreignOpener) define('opener', foreignWindow(null));
        if (placement === 'opener') define('opener', lms.window);
        if (placement === 'opener-parent') define('opener', frame.contentWindow);
        if (placement === 'behind-foreign-frame') define('parent', foreignWindow(lms.window as unknown as Window));
      },
    });
    windows.push(dom);
    course = dom.window as unknown as Window;
  }
  await loaded(course);
  return { course, windows };
}

export const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
};

/**
 * A window on another origin: reading any property throws SecurityError, as
 * a browser does; given `parent`, reading `parent` and `top` gives it, as a
 * browser allows.
 */
export function foreignWindow(parent?: Window | null): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (parent !== undefined && (property === 'parent' || property === 'top')) return parent;
        throw new DOMException(`Blocked a frame from accessing a cross-origin frame (${String(property)}).`, 'SecurityError');
      },
    },
  );
}

/**
 * Resolves when the page has loaded and the player has rendered a page
 * heading (or the page has no player at all). The cover is passed with its
 * button, as a learner does, so the page shown is the first (or resumed) one.
 */
export async function loaded(window: Window): Promise<void> {
  // A player whose LMS cannot be read waits up to ~2 s for it before running on its own.
  for (let tries = 0; tries < 800; tries++) {
    if (window.document?.readyState === 'complete' && window.document.querySelector('#cease-main h1')) return passCover(window);
    if (window.document?.readyState === 'complete' && !window.document.getElementById('cease-main')) return;
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => globalThis.setTimeout(resolve, 5));
  }
  throw new Error('the course page did not start');
}

/** Presses the cover's Start (or Continue) button, when the cover is shown. */
export function passCover(window: Window): void {
  window.document.querySelector<HTMLElement>('#cease-start')?.click();
}

/**
 * What both SCORM test LMSs do with the course page: open it where the
 * options put it, close it as a closing tab does, and keep its storage for
 * the next launch.
 */
export abstract class CourseWindowHost {
  /** Uncaught errors and console.error output of every page. */
  readonly pageErrors: string[] = [];
  readonly warnings: string[] = [];
  course!: Window;
  abstract readonly api: Record<string, (...args: string[]) => string>;
  private readonly windows: JSDOM[] = [];
  private closedStorage: Record<string, string> | null = null;

  constructor(
    /** `API` (SCORM 1.2) or `API_1484_11` (2004). */
    private readonly apiName: string,
    private readonly windowOptions: Partial<Pick<CourseWindowOptions, 'placement' | 'localStorage' | 'noStorage' | 'foreignOpener'>>,
  ) {}

  /** Loads the package in `dir` where `placement` puts it; resolves once the player shows its first page. */
  async launch(dir: string): Promise<Window> {
    const { course, windows } = await openCourseWindow({
      ...this.windowOptions,
      dir,
      placement: this.windowOptions.placement ?? 'parent',
      apiName: this.apiName,
      api: this.api,
      pageErrors: this.pageErrors,
      warnings: this.warnings,
    });
    this.windows.push(...windows);
    this.course = course;
    return course;
  }

  /** Ends the visit as a closing tab does: pagehide, then the windows go away. */
  close(): void {
    this.course.dispatchEvent(new this.course.Event('pagehide'));
    this.closedStorage = this.localStorage();
    for (const dom of this.windows.splice(0)) dom.window.close();
  }

  /** Storage of the course page's origin, to carry into a relaunch; after `close()`, as it was then. */
  localStorage(): Record<string, string> {
    return this.closedStorage ?? storageOf(this.course);
  }
}

/** Every localStorage entry of a window's origin. */
export function storageOf(window: Window): Record<string, string> {
  const storage = window.localStorage;
  return Object.fromEntries(Array.from({ length: storage.length }, (_, i) => storage.key(i) as string).map((key) => [key, storage.getItem(key) as string]));
}

/** A plain copy of scorm-again's data model. */
export function cmiOf(api: { cmi: unknown }): Cmi {
  return JSON.parse(JSON.stringify(api.cmi)) as Cmi;
}

/** The value of a dotted element such as `cmi.core.lesson_status`, or '' when unset. */
export function lookup(cmi: Cmi, element: string): string {
  let value: unknown = { cmi };
  for (const part of element.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  return value === undefined || value === null ? '' : String(value);
}

/** Deep-merges `source` into `target` (launch data over a first-launch default). */
export function merge(target: Cmi, source: Cmi): Cmi {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] =
      value && typeof value === 'object' && existing && typeof existing === 'object' ? merge(existing as Cmi, value as Cmi) : value;
  }
  return target;
}
