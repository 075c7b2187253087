import type { IncomingMessage } from 'node:http';
import type { EventStream } from './event-stream.js';
import { LrsLaunches } from './lrs-launch.js';
import { registrationReport } from './lrs-report.js';
import type { PreviewBuild } from './preview-build.js';
import { PreviewLrs } from './preview-lrs.js';

export interface RouteReply {
  status: number;
  type: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

/** Statement batches leave the player in keepalive requests of at most 64 KiB; this is well above any of them. */
const MAX_BODY_BYTES = 1024 * 1024;
const JSON_TYPE = 'application/json';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * The preview's xAPI and cmi5 side: the LRS under /lrs/, the launches the
 * simulated LMS asks for (POST /preview/launch/<format>), and each
 * registration's report for the inspector (/preview/lrs/<registration>.json).
 * Every write to the LRS is announced on the event stream as `lrs`.
 */
export function lrsRoutes(events: EventStream, buildOf: (format: string) => Promise<PreviewBuild>) {
  const lrs = new PreviewLrs((registration) => events.send('lrs', { registration }));
  const launches = new LrsLaunches(lrs);

  return async function route(request: IncomingMessage, url: URL): Promise<RouteReply | null> {
    const path = url.pathname;
    if (path.startsWith('/lrs/')) {
      const body = await readBody(request);
      if (!body) return json(413, { message: `A request body over ${MAX_BODY_BYTES} bytes.` });
      const reply = lrs.handle({ method: request.method ?? 'GET', url, headers: request.headers, body });
      return { status: reply.status, type: reply.contentType ?? 'text/plain', body: reply.body ?? '', headers: { 'x-experience-api-version': '1.0.3' } };
    }
    const launch = path.match(/^\/preview\/launch\/(xapi|cmi5)$/);
    if (launch) {
      if (request.method !== 'POST') return json(405, { message: 'POST only.' });
      const body = await readBody(request);
      let registration: string | null = null;
      try {
        registration = (JSON.parse(body?.toString('utf8') || '{}') as { registration?: string | null }).registration ?? null;
      } catch {
        return json(400, { message: 'The body is not JSON.' });
      }
      const build = await buildOf(launch[1]!);
      if (!build.files) return json(409, { message: 'The course has errors; fix them to launch it.' });
      const origin = `http://${request.headers.host ?? '127.0.0.1'}`;
      return json(200, launches.launch(launch[1] as 'xapi' | 'cmi5', build, origin, registration));
    }
    const report = path.match(new RegExp(`^/preview/lrs/(${UUID})\\.json$`));
    if (report) return json(200, registrationReport(lrs, report[1]!, launches.targetOf(report[1]!), launches.historyOf(report[1]!)));
    return null;
  };
}

function json(status: number, body: unknown): RouteReply {
  return { status, type: JSON_TYPE, body: JSON.stringify(body) };
}

/** The body, or null when it is larger than any the player sends. */
async function readBody(request: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
