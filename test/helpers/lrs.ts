/**
 * A small, strict xAPI 1.0.3 LRS on 127.0.0.1 for the xAPI and cmi5 tests:
 * Statements (PUT by id, POST one or many, GET), the State and Agent Profile
 * documents, and a cmi5 fetch URL that hands out a token once. As strict as
 * real ones: every statement is checked with xapi-validation and its IRIs
 * with RFC 3987's syntax, and refused (400) when invalid; an id already
 * stored answers 204 when identical, 409 when not (xAPI-Comm §2.1); like a
 * cmi5 LMS, anything in a cmi5 session after its `terminated`, the same id
 * again included, is refused with 403 (cmi5 §9.3.8), and a batch with one
 * refused statement stores none. Faults on demand: 503 for the next
 * requests, everything down, no State API (404, as LRSs that keep
 * statements only answer), or a connection dropped after the write was
 * stored.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import xapiValidation from 'xapi-validation';
import { StatementStore, type StatementReply } from '../../src/preview/lrs-statements.js';

type Validate = (statement: unknown) => { path: string[]; data: unknown }[];
// A CommonJS module whose function is its `default` export.
const validateStatement: Validate = ((xapiValidation as unknown as { default?: Validate }).default ?? xapiValidation) as Validate;

export interface StoredStatement {
  id: string;
  verb: { id: string };
  object: { id: string; definition?: Record<string, unknown> };
  result?: Record<string, unknown>;
  context?: Record<string, unknown> & { registration?: string; contextActivities?: Record<string, { id: string }[]>; extensions?: Record<string, unknown> };
  timestamp: string;
  actor: Record<string, unknown>;
  [key: string]: unknown;
}

export interface LrsRequest {
  method: string;
  path: string;
  status: number;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'Access-Control-Allow-Methods': 'GET, PUT, POST, DELETE',
  'Access-Control-Expose-Headers': 'X-Experience-API-Version',
};

export class TestLrs {
  /** The statement rules (ids, 204 for the same statement again, 409 for other content) are the preview LRS's. */
  private readonly statementStore = new StatementStore();
  readonly requests: LrsRequest[] = [];
  /** Why each refused statement was refused, for the assertion message. */
  readonly refusals: string[] = [];
  readonly states = new Map<string, unknown>();
  /** Authorization values accepted; the launch's Basic credentials, plus cmi5 tokens once fetched. */
  readonly credentials = new Set<string>();
  private fetchTokens = new Map<string, { used: boolean; token: string }>();
  private refuse = 0;
  private drop = 0;
  /** Every request answers 503, as an LRS that is down behind its proxy. */
  down = false;
  /** Statement writes are stored at once but answered this many ms later, as a slow network does. */
  slowReplies = 0;
  /** Reading statements is forbidden (403), as some cmi5 LMSs allow an AU to write statements only. */
  noStatementReads = false;
  /** The State API answers 404 for everything but LMS.LaunchData, which a cmi5 LMS keeps itself. */
  noStateApi = false;
  /** cmi5 sessions (by session id) whose `terminated` is stored. */
  private readonly ended = new Set<string>();
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this;
  }

  stop(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => this.server?.close(() => resolve()));
  }

  get endpoint(): string {
    return `${this.url}/xapi/`;
  }

  /** Basic credentials for a Tin Can launch's `auth`. */
  basicAuth(): string {
    const value = `Basic ${Buffer.from(`lms:${randomUUID()}`).toString('base64')}`;
    this.credentials.add(value);
    return value;
  }

  /** A one-time cmi5 fetch URL (cmi5 §8.2). */
  fetchUrl(): string {
    const id = randomUUID();
    this.fetchTokens.set(id, { used: false, token: Buffer.from(`au:${randomUUID()}`).toString('base64') });
    return `${this.url}/fetch/${id}`;
  }

  /** The next `count` requests are answered 503, as an overloaded LRS does. */
  refuseNext(count: number): void {
    this.refuse = count;
  }

  /**
   * Ends a cmi5 session as the LMS does when it launches the next one
   * without having seen `terminated` (it records it as abandoned): nothing
   * more of it is accepted.
   */
  endSession(sessionId: string): void {
    this.ended.add(sessionId);
  }

  /** The next statement write is stored, then its connection is cut before any answer. */
  dropNextConnection(): void {
    this.drop = 1;
  }

  count(method: string, pathStart: string): number {
    return this.requests.filter((r) => r.method === method && r.path.startsWith(pathStart)).length;
  }

  /** In the order the LRS stored them. */
  get statements(): StoredStatement[] {
    return this.statementStore.all().map(({ statement, stored }) => ({ ...statement, stored }) as unknown as StoredStatement);
  }

  verbs(): string[] {
    return this.statements.map((s) => s.verb.id.replace(/^.*\//, ''));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const body = await readBody(request);
    const reply = (status: number, payload?: unknown) => {
      this.requests.push({ method: request.method ?? '', path: url.pathname, status });
      response.writeHead(status, { ...CORS, 'X-Experience-API-Version': '1.0.3', ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }) });
      response.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    if (request.method === 'OPTIONS') return reply(204);
    if (this.down) return reply(503, { message: 'down' });
    if (this.refuse > 0) {
      this.refuse--;
      return reply(503, { message: 'busy' });
    }
    if (url.pathname.startsWith('/fetch/')) return this.handleFetch(request.method ?? '', url, reply);
    if (!url.pathname.startsWith('/xapi/')) return reply(404);
    if (!/^1\.0\.\d+$/.test(String(request.headers['x-experience-api-version'] ?? ''))) return reply(400, { message: 'X-Experience-API-Version 1.0.x is required' });
    if (!this.credentials.has(String(request.headers['authorization'] ?? ''))) return reply(401, { message: 'unknown credentials' });
    const resource = url.pathname.slice('/xapi/'.length);
    let json: unknown;
    try {
      json = body ? JSON.parse(body) : undefined;
    } catch {
      return reply(400, { message: 'body is not JSON' });
    }
    if (resource === 'statements') {
      const [status, payload] = this.statementsResource(request.method ?? '', url, json);
      if (status < 300 && this.drop > 0 && request.method !== 'GET') {
        this.drop--;
        this.requests.push({ method: request.method ?? '', path: url.pathname, status: 0 });
        request.socket.destroy();
        return;
      }
      if (this.slowReplies > 0 && request.method !== 'GET') await new Promise((resolve) => setTimeout(resolve, this.slowReplies));
      return reply(status, payload);
    }
    if (resource === 'activities/state' && this.noStateApi && url.searchParams.get('stateId') !== 'LMS.LaunchData') return reply(404);
    if (resource === 'activities/state' || resource === 'agents/profile') {
      return this.documentResource(request.method ?? '', url, json, reply);
    }
    return reply(404);
  }

  /** Checks each statement with xapi-validation first; storing is the preview LRS's StatementStore. */
  private statementsResource(method: string, url: URL, json: unknown): [number, unknown?] {
    if (method === 'GET') return this.noStatementReads ? [403, { message: 'this token may not read statements' }] : reply(this.statementStore.get(url.searchParams));
    if (method !== 'PUT' && method !== 'POST') return [405];
    const batch = (Array.isArray(json) ? json : [json]) as StoredStatement[];
    for (const statement of batch) {
      const warnings = validateStatement(statement);
      const badIri = invalidIri(statement);
      if (warnings.length || badIri) {
        this.refusals.push(`${statement?.id}: ${badIri ?? warnings.map((w) => `${w.path.join('.')}=${JSON.stringify(w.data).slice(0, 80)}`).join('; ')}`);
        return [400, { message: 'invalid statement' }];
      }
      const session = cmi5Session(statement);
      if (session && this.ended.has(session)) {
        this.refusals.push(`${statement.id}: ${statement.verb.id.replace(/^.*\//, '')} after terminated`);
        return [403, { message: 'Terminated MUST be the last statement of a session' }];
      }
    }
    const result = reply(method === 'PUT' ? this.statementStore.put(url.searchParams.get('statementId'), json) : this.statementStore.post(json));
    if (result[0] < 300) for (const statement of batch) if (statement.verb.id.endsWith('/terminated') && cmi5Session(statement)) this.ended.add(cmi5Session(statement) as string);
    return result;
  }

  private documentResource(method: string, url: URL, json: unknown, reply: (status: number, payload?: unknown) => void): void {
    const params = url.searchParams;
    const agent = params.get('agent');
    const id = params.get('stateId') ?? params.get('profileId');
    if (!agent || !id || (url.pathname.endsWith('state') && !params.get('activityId'))) return reply(400, { message: 'missing parameters' });
    try {
      JSON.parse(agent);
    } catch {
      return reply(400, { message: 'agent is not JSON' });
    }
    const key = [url.pathname, params.get('activityId') ?? '', agentIfi(agent), params.get('registration') ?? '', id].join('|');
    if (method === 'GET') return this.states.has(key) ? reply(200, this.states.get(key)) : reply(404);
    if (method === 'PUT') {
      this.states.set(key, json);
      return reply(204);
    }
    if (method === 'POST') {
      this.states.set(key, { ...(this.states.get(key) as object), ...(json as object) });
      return reply(204);
    }
    if (method === 'DELETE') {
      this.states.delete(key);
      return reply(204);
    }
    return reply(405);
  }

  /** A State document as the player (or the LMS, for LMS.LaunchData) would address it. */
  setDocument(resource: 'activities/state' | 'agents/profile', params: { activityId?: string; agent: object; registration?: string; id: string }, value: unknown): void {
    const key = [`/xapi/${resource}`, params.activityId ?? '', agentIfi(JSON.stringify(params.agent)), params.registration ?? '', params.id].join('|');
    this.states.set(key, value);
  }

  private handleFetch(method: string, url: URL, reply: (status: number, payload?: unknown) => void): void {
    if (method !== 'POST') return reply(405);
    const entry = this.fetchTokens.get(url.pathname.slice('/fetch/'.length));
    if (!entry) return reply(200, { 'error-code': '3', 'error-text': 'unknown fetch URL' });
    if (entry.used) return reply(200, { 'error-code': '1', 'error-text': 'the fetch URL was already used' });
    entry.used = true;
    this.credentials.add(`Basic ${entry.token}`);
    return reply(200, { 'auth-token': entry.token });
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function reply({ status, body }: StatementReply): [number, unknown?] {
  return body === undefined ? [status] : [status, body];
}

const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

function cmi5Session(statement: StoredStatement): string | null {
  const session = statement.context?.extensions?.[SESSION_ID];
  return typeof session === 'string' ? session : null;
}

/**
 * RFC 3987 §2.2 in brief: a scheme, then no spaces, controls or the
 * characters the RFC excludes (<>"{}|\^`); percent signs only as %XX.
 */
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[^\s<>"{}|\\^`%\u0000-\u001f\u007f-\u009f]|%[0-9A-Fa-f]{2})+$/u;

/** The first IRI in a statement that a conformant LRS refuses, described; null when all are valid. */
function invalidIri(statement: StoredStatement): string | null {
  const object = statement.object as { id: string; objectType?: string };
  const ids: string[] = [statement.verb?.id, ...(object?.objectType === undefined || object.objectType === 'Activity' ? [object?.id] : [])];
  for (const list of Object.values(statement.context?.contextActivities ?? {})) for (const activity of list) ids.push(activity.id);
  const bad = ids.find((id) => typeof id === 'string' && !IRI.test(id));
  return bad === undefined ? null : `invalid IRI ${JSON.stringify(bad)}`;
}

function agentIfi(agent: string): string {
  const { mbox, mbox_sha1sum, openid, account } = JSON.parse(agent) as Record<string, unknown>;
  return JSON.stringify(mbox ?? mbox_sha1sum ?? openid ?? account);
}
