import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { UnknownFormatError } from '../build.js';
import { formats } from '../package/formats.js';
import { templatesDir } from '../project-files.js';
import { rebuildQueue, watchFolder, type FolderWatcher } from '../watch/index.js';
import { EventStream } from './event-stream.js';
import { lrsRoutes } from './lrs-routes.js';
import { buildPreview, type PreviewBuild, type PreviewBuildOptions } from './preview-build.js';
import { buildFailedPage, buildStatus, lmsPage } from './preview-pages.js';
import { simulatedLms } from './simulated-lms.js';
import { DEFAULT_PORT } from './default-port.js';

export interface PreviewOptions extends PreviewBuildOptions {
  format?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the preview is for the author's own browser. */
  host?: string;
  /** Each rebuild after a change, for progress output. */
  onRebuild?: (build: PreviewBuild, changed: string[]) => void;
  onWatchError?: (error: Error) => void;
}

export interface PreviewServer {
  url: string;
  /** The build of the format the preview opened with. */
  current(): Promise<PreviewBuild>;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml', '.xsd': 'application/xml', '.dtd': 'application/xml-dtd',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.webp': 'image/webp', '.mp3': 'audio/mpeg', '.mp4': 'video/mp4', '.vtt': 'text/vtt', '.pdf': 'application/pdf',
  '.webm': 'video/webm', '.m4a': 'audio/mp4', '.ogg': 'audio/ogg', '.oga': 'audio/ogg',
};
const STATIC = new Set(['inspector.js', 'inspector.css', 'scorm-lms.js', 'lrs-lms.js']);

/**
 * `cease preview`: compiles the course in memory per format, serves it inside
 * a page that plays the LMS, and rebuilds and tells the page to reload on
 * every change in the course folder.
 */
export async function startPreview(courseDir: string, options: PreviewOptions = {}): Promise<PreviewServer> {
  const dir = resolve(courseDir);
  const defaultFormat = options.format ?? 'scorm12';
  if (!formats.has(defaultFormat)) throw new UnknownFormatError(defaultFormat);
  const host = options.host ?? '127.0.0.1';
  const events = new EventStream();
  const builds = new Map<string, Promise<PreviewBuild>>();
  let number = 0;

  const buildOf = (format: string) => {
    let build = builds.get(format);
    if (!build) {
      build = buildPreview(dir, formats.get(format)!, ++number, options);
      builds.set(format, build);
    }
    return build;
  };
  await buildOf(defaultFormat);

  let changed: string[] = [];
  const queue = rebuildQueue(async () => {
    const names = [...new Set([defaultFormat, ...builds.keys()])];
    const files = changed;
    changed = [];
    builds.clear();
    const rebuilt = await Promise.all(names.map(buildOf));
    const build = rebuilt[0]!;
    options.onRebuild?.(build, files);
    events.send('reload', { number: build.number, ok: rebuilt.every((b) => b.files !== null), changed: files });
  }, (error) => events.send('failure', { message: String(error) }));

  const lrs = lrsRoutes(events, buildOf);

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, 'text/plain; charset=utf-8', `cease preview: ${String(error)}`));
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    // A page on another site can point a DNS name at 127.0.0.1 (DNS rebinding);
    // answering only our own host names keeps it from reading the course.
    if (LOOPBACK.has(host) && !isLoopbackHost(request.headers.host)) {
      return send(response, 403, 'text/plain; charset=utf-8', 'cease preview answers only on 127.0.0.1 and localhost.\n');
    }
    const url = new URL(request.url ?? '/', 'http://preview');
    const routed = await lrs(request, url);
    if (routed) return send(response, routed.status, routed.type, routed.body, routed.headers);
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'GET only\n');
    const path = decodeURIComponent(url.pathname);

    if (path === '/') {
      const format = url.searchParams.get('format') ?? defaultFormat;
      if (!formats.has(format)) return send(response, 404, 'text/plain; charset=utf-8', `No format "${format}".\n`);
      return send(response, 200, TYPES['.html']!, lmsPage(await buildOf(format), dir));
    }
    if (path === '/preview/events') return events.open(response);
    const status = path.match(/^\/preview\/status\/([\w-]+)\.json$/);
    if (status && formats.has(status[1]!)) return send(response, 200, TYPES['.json']!, JSON.stringify(buildStatus(await buildOf(status[1]!))));
    const lms = path.match(/^\/preview\/lms\/([\w-]+)\.js$/);
    const simulated = lms ? simulatedLms(lms[1]!) : null;
    if (simulated?.bundle) return send(response, 200, TYPES['.js']!, await readFile(simulated.bundle));
    const asset = path.match(/^\/preview\/([\w.-]+)$/);
    if (asset && STATIC.has(asset[1]!)) {
      return send(response, 200, TYPES[extname(asset[1]!)]!, await readFile(join(templatesDir, 'preview', asset[1]!)));
    }
    const course = path.match(/^\/course\/([\w-]+)\/(.+)$/);
    if (course && formats.has(course[1]!)) {
      const build = await buildOf(course[1]!);
      if (!build.files) {
        return course[2] === 'index.html' ? send(response, 500, TYPES['.html']!, buildFailedPage(build)) : send(response, 404, 'text/plain', 'The course has errors.\n');
      }
      const file = build.files.get(course[2]!);
      if (file) return send(response, 200, TYPES[extname(course[2]!).toLowerCase()] ?? 'application/octet-stream', file);
    }
    send(response, 404, 'text/plain; charset=utf-8', 'Not found.\n');
  }

  function isLoopbackHost(header: string | undefined): boolean {
    const name = (header ?? '').replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
    return LOOPBACK.has(name);
  }

  await new Promise<void>((listening, failed) => {
    server.once('error', (error) => {
      events.close();
      failed(error);
    });
    server.listen(options.port ?? DEFAULT_PORT, host, () => listening());
  });
  const watcher: FolderWatcher = watchFolder(dir, (paths) => {
    changed.push(...paths);
    void queue.run();
  }, { ...(options.onWatchError ? { onError: options.onWatchError } : {}) });
  await watcher.ready;
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${shownHost}:${address.port}`,
    current: () => buildOf(defaultFormat),
    async close() {
      watcher.close();
      events.close();
      await new Promise<void>((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      });
      await queue.idle();
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) {
  response.writeHead(status, { ...headers, 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}
