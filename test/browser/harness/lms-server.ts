/**
 * A test LMS on 127.0.0.1 (random port): course packages under
 * /course/<name>/, an LMS page per launch that frames one of them, and the
 * store that LMS pages send their commits to. One server per test file.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { repoRoot } from '../../helpers/cli.js';

export type Cmi = Record<string, unknown>;

export interface LmsConfig {
  /** False: no API anywhere, as when the page is opened outside an LMS. */
  api: boolean;
  cmi: Cmi;
  failSetValue?: Record<string, 'false' | 'throw'>;
  failCommit?: 'false' | 'throw' | null;
  failFinish?: 'false' | null;
  /** LMSInitialize answers "false". */
  failInitialize?: boolean;
  /** Every LMSGetValue after LMSInitialize throws, or answers "" with error 101 (a cross-frame bridge whose cache never fills). */
  failGetValue?: 'throw' | 'error' | null;
  /** A SCORM 2004 LMS (window.API_1484_11) instead of SCORM 1.2; the fault options apply to 1.2 only. */
  standard?: '2004';
}

export interface StoredRecord {
  seq: number;
  finished: boolean;
  cmi: Cmi;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

const LMS_SCRIPTS: Record<string, string> = {
  // The classic-script build: it defines the global Scorm12API class.
  '/lms/scorm-again.js': join(repoRoot, 'node_modules/scorm-again/dist/scorm12.min.js'),
  '/lms/lms-frame.js': join(import.meta.dirname, 'lms-frame.js'),
  '/lms/scorm-again-2004.js': join(repoRoot, 'node_modules/scorm-again/dist/scorm2004.min.js'),
  '/lms/lms-frame-2004.js': join(import.meta.dirname, 'lms-frame-2004.js'),
};

export class LmsServer {
  private readonly packages = new Map<string, string>();
  private readonly launches = new Map<string, { config: LmsConfig; course: string }>();
  /** Last record each launch sent (by launch id). */
  readonly records = new Map<string, StoredRecord>();
  private server: Server | null = null;
  private nextId = 1;
  origin = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.handle(request.method ?? 'GET', request.url ?? '/', request).then(
        ({ status, type, body }) => response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body),
        (error: unknown) => response.writeHead(500).end(String(error)),
      );
    });
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((done) => this.server?.close(done));
  }

  /** Serves an unzipped package folder at /course/<name>/. */
  addPackage(name: string, dir: string): void {
    this.packages.set(name, dir);
  }

  /** Registers one launch; returns its id and the LMS page to open. */
  addLaunch(course: string, config: LmsConfig): { id: string; url: string } {
    const id = String(this.nextId++);
    this.launches.set(id, { config, course });
    return { id, url: `${this.origin}/lms/${id}.html` };
  }

  private async handle(method: string, url: string, request: NodeJS.ReadableStream) {
    const path = decodeURIComponent(new URL(url, 'http://x').pathname);
    const store = /^\/lms\/(\d+)\/store$/.exec(path);
    if (method === 'POST' && store) {
      let text = '';
      for await (const chunk of request) text += String(chunk);
      const record = JSON.parse(text) as StoredRecord;
      const id = store[1] as string;
      if (record.seq > (this.records.get(id)?.seq ?? 0)) this.records.set(id, record);
      return { status: 204, type: 'text/plain', body: '' };
    }
    const launch = /^\/lms\/(\d+)\.html$/.exec(path);
    if (launch) return { status: 200, type: TYPES['.html'] as string, body: this.lmsPage(launch[1] as string) };
    if (LMS_SCRIPTS[path]) return { status: 200, type: TYPES['.js'] as string, body: await readFile(LMS_SCRIPTS[path] as string) };
    if (path === '/blank.html') return { status: 200, type: TYPES['.html'] as string, body: '<!DOCTYPE html><title>Closed</title>' };
    const course = /^\/course\/([^/]+)\/(.+)$/.exec(path);
    const root = course ? this.packages.get(course[1] as string) : undefined;
    if (course && root) {
      const file = normalize(join(root, course[2] as string));
      if (file.startsWith(root + sep)) {
        const body = await readFile(file).catch(() => null);
        if (body) return { status: 200, type: TYPES[extname(file)] ?? 'application/octet-stream', body };
      }
    }
    return { status: 404, type: 'text/plain', body: 'not found' };
  }

  private lmsPage(id: string): string {
    const launch = this.launches.get(id);
    if (!launch) return 'no such launch';
    const config = { ...launch.config, storeUrl: `/lms/${id}/store` };
    const json = JSON.stringify(config).replace(/</g, '\\u003c');
    const suffix = launch.config.standard === '2004' ? '-2004' : '';
    return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Test LMS</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>html,body{margin:0;height:100%;overflow:hidden}iframe{display:block;border:0;width:100%;height:100%}</style>
<script src="/lms/scorm-again${suffix}.js"></script>
<script type="application/json" id="lms-config">${json}</script>
<script src="/lms/lms-frame${suffix}.js"></script>
</head>
<body><iframe id="course" title="Course" src="/course/${launch.course}/index.html"></iframe></body>
</html>`;
  }
}
