/**
 * Opens a built xAPI or cmi5 package in jsdom the way an LMS does: the
 * course page at https://lms.test/course/index.html with the launch
 * parameters in its query string, talking over real HTTP to the test LRS.
 * jsdom has no fetch, so the page gets Node's, which refuses a response
 * without CORS headers as a browser would (the page and the LRS are on
 * different origins).
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { JSDOM, VirtualConsole, requestInterceptor } from 'jsdom';
import { CONTENT_TYPES, passCover } from './jsdom-lms.js';

const ORIGIN = 'https://lms.test';

export interface Storage {
  local: Record<string, string>;
  session: Record<string, string>;
}

export class LaunchedCourse {
  readonly pageErrors: string[] = [];
  readonly warnings: string[] = [];
  private dom!: JSDOM;
  private closedStorage: Storage | null = null;

  get window(): Window {
    return this.dom.window as unknown as Window;
  }

  static async open(dir: string, query: Record<string, string>, storage: Partial<Storage> = {}): Promise<LaunchedCourse> {
    const course = new LaunchedCourse();
    const virtualConsole = new VirtualConsole();
    virtualConsole.on('error', (...args: unknown[]) => course.pageErrors.push(args.map(String).join(' ')));
    virtualConsole.on('warn', (...args: unknown[]) => course.warnings.push(args.map(String).join(' ')));
    virtualConsole.on('jsdomError', (error: Error) => course.pageErrors.push(error.message));
    const interceptor = requestInterceptor(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (!path.startsWith('/course/')) return new Response('not found', { status: 404 });
      const body = await readFile(join(dir, path.slice('/course/'.length))).catch(() => null);
      return body ? new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' } }) : new Response('not found', { status: 404 });
    });
    course.dom = await JSDOM.fromURL(`${ORIGIN}/course/index.html?${new URLSearchParams(query).toString()}`, {
      runScripts: 'dangerously',
      resources: { interceptors: [interceptor] },
      virtualConsole,
      pretendToBeVisual: true,
      beforeParse: (window) => {
        Object.defineProperty(window, 'fetch', { value: corsFetch, configurable: true });
        for (const [key, value] of Object.entries(storage.local ?? {})) window.localStorage.setItem(key, value);
        for (const [key, value] of Object.entries(storage.session ?? {})) window.sessionStorage.setItem(key, value);
      },
    });
    await course.started();
    return course;
  }

  /** Ends the visit as a closing tab does: pagehide, then the window goes away. */
  close(): void {
    this.window.dispatchEvent(new this.window.Event('pagehide'));
    this.closedStorage = this.storage();
    this.dom.window.close();
  }

  /** Browser storage to carry into a relaunch or reload; after `close()`, as it was then. */
  storage(): Storage {
    if (this.closedStorage) return this.closedStorage;
    const dump = (store: globalThis.Storage) =>
      Object.fromEntries(Array.from({ length: store.length }, (_, i) => store.key(i) as string).map((key) => [key, store.getItem(key) as string]));
    return { local: dump(this.window.localStorage), session: dump(this.window.sessionStorage) };
  }

  /** The network came back, as the browser announces it. */
  online(): void {
    this.window.dispatchEvent(new this.window.Event('online'));
  }

  private async started(): Promise<void> {
    for (let tries = 0; tries < 400; tries++) {
      if (this.window.document.readyState === 'complete' && this.window.document.querySelector('#cease-main h1')) return passCover(this.window);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`the course page did not start: ${this.pageErrors.join('; ')}`);
  }
}

/** Node's fetch, with the browser's CORS rule for a cross-origin response. */
async function corsFetch(input: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  const allowed = response.headers.get('access-control-allow-origin');
  if (allowed !== '*' && allowed !== ORIGIN) throw new TypeError('Failed to fetch (no CORS headers)');
  return response;
}

/** Waits until `done` holds, polling; fails after `ms`. */
export async function eventually(done: () => boolean, ms = 10000, what = 'the condition'): Promise<void> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
