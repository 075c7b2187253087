import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { DocumentStore } from './lrs-documents.js';
import { registrationOf, StatementStore, type Statement } from './lrs-statements.js';

/** The xAPI endpoint and the cmi5 fetch URLs, on the preview's own origin. */
export const LRS_ENDPOINT_PATH = '/lrs/xapi/';
export const FETCH_PATH = '/lrs/fetch/';

export interface LrsRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface LrsReply {
  status: number;
  contentType?: string;
  body?: string | Buffer;
}

/**
 * The in-memory LRS of `cease preview`: enough xAPI 1.0.3 for the player and
 * the inspector (Statements, State, Agent Profile) plus the LMS's cmi5 fetch
 * URLs. Everything lives in this process and is gone when the preview stops.
 * Only the credentials the simulated LMS handed out (a Basic value per xAPI
 * launch, a token per cmi5 fetch) are accepted.
 */
export class PreviewLrs {
  readonly statements = new StatementStore();
  readonly documents = new DocumentStore();
  private readonly credentials = new Set<string>();
  private readonly fetchUrls = new Map<string, { token: string; used: boolean }>();

  /** Called after every write, with the registration it concerned, so the inspector can refresh. */
  constructor(private readonly changed: (registration: string | null) => void = () => {}) {}

  /** A fresh Basic credential for a Tin Can launch's `auth`. */
  issueCredential(): string {
    const value = `Basic ${Buffer.from(`preview:${randomBytes(12).toString('hex')}`).toString('base64')}`;
    this.credentials.add(value);
    return value;
  }

  /** A single-use fetch URL path for one cmi5 launch (cmi5 §8.2). */
  issueFetchPath(): string {
    const id = randomUUID();
    this.fetchUrls.set(id, { token: Buffer.from(`au:${randomBytes(12).toString('hex')}`).toString('base64'), used: false });
    return FETCH_PATH + id;
  }

  handle(request: LrsRequest): LrsReply {
    const path = request.url.pathname;
    if (path.startsWith(FETCH_PATH)) return this.fetch(request.method, path.slice(FETCH_PATH.length));
    if (!path.startsWith(LRS_ENDPOINT_PATH)) return json(404, { message: 'Not an LRS resource.' });
    // xAPI-Comm §3.3: every request names the version; 1.0.x are compatible.
    if (!/^1\.0(\.\d+)?$/.test(String(request.headers['x-experience-api-version'] ?? ''))) {
      return json(400, { message: 'The X-Experience-API-Version header (1.0.x) is missing.' });
    }
    if (!this.credentials.has(String(request.headers.authorization ?? ''))) {
      return json(401, { message: 'Unknown credentials: use the auth value (or cmi5 token) of this launch.' });
    }
    const resource = path.slice(LRS_ENDPOINT_PATH.length);
    const query = request.url.searchParams;
    if (resource === 'statements') return this.statementResource(request, query);
    if (resource === 'activities/state' || resource === 'agents/profile') {
      const reply = this.documents.handle(resource === 'activities/state' ? 'state' : 'profile', request.method, query, String(request.headers['content-type'] ?? 'application/octet-stream'), request.body);
      if (request.method !== 'GET' && reply.status < 300) this.changed(query.get('registration'));
      return reply.raw ? { status: reply.status, contentType: reply.raw.contentType, body: reply.raw.body } : json(reply.status, reply.body);
    }
    return json(404, { message: `The preview LRS has no resource "${resource}".` });
  }

  private statementResource(request: LrsRequest, query: URLSearchParams): LrsReply {
    if (request.method === 'GET') {
      const reply = this.statements.get(query);
      return json(reply.status, reply.body);
    }
    if (request.method !== 'PUT' && request.method !== 'POST') return json(405, { message: `${request.method} is not part of the Statement resource.` });
    let body: unknown;
    try {
      body = JSON.parse(request.body.toString('utf8'));
    } catch {
      return json(400, { message: 'The body is not JSON.' });
    }
    const before = this.statements.all().length;
    const reply = request.method === 'PUT' ? this.statements.put(query.get('statementId'), body) : this.statements.post(body);
    const added = this.statements.all().slice(before);
    for (const registration of new Set(added.map(({ statement }) => registrationOf(statement as Statement)))) this.changed(registration);
    return json(reply.status, reply.body);
  }

  /** cmi5 §8.2.2: POST only; the answer is always 200, a token the first time and error 1 after. */
  private fetch(method: string, id: string): LrsReply {
    if (method !== 'POST') return json(405, { 'error-code': '3', 'error-text': 'The fetch URL takes POST only.' });
    const entry = this.fetchUrls.get(id);
    if (!entry) return json(200, { 'error-code': '3', 'error-text': 'Unknown fetch URL.' });
    if (entry.used) return json(200, { 'error-code': '1', 'error-text': 'This fetch URL was already used; relaunch for a new session.' });
    entry.used = true;
    this.credentials.add(`Basic ${entry.token}`);
    return json(200, { 'auth-token': entry.token });
  }
}

function json(status: number, body: unknown): LrsReply {
  return body === undefined ? { status } : { status, contentType: 'application/json', body: JSON.stringify(body) };
}
