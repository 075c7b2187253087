/**
 * A small xAPI Statements resource on 127.0.0.1 for `cease report`: it
 * filters by activity (related_activities too), verb and since, hides voided
 * statements unless told not to, answers with pages joined by `more` links,
 * and can throttle (429) or fail (503) chosen requests. The statements are
 * given by index, so the benchmark can serve a million without holding them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type TestStatement = Record<string, any> & { id: string; verb: { id: string }; object: { id: string; objectType?: string } };

export interface PagingLrsOptions {
  count: number;
  statementAt(index: number): TestStatement;
  /** The verb of a statement without building it, so a large store can skip the rest quickly. */
  verbAt?(index: number): string;
  /** key:secret the requests must carry. */
  credentials: string;
  pageSize: number;
  /** Request numbers (1-based) answered 429 with Retry-After: 1, and 503. */
  throttle?: number[];
  fail?: number[];
  /** Return voided statements too, as a store without voiding support would. */
  showVoided?: boolean;
  /** Statements listed twice, as an LRS may when a page boundary moves between requests. */
  repeat?: number[];
}

export interface PagingLrs {
  endpoint: string;
  /** Requests received, as "status path?query". */
  log: string[];
  close(): Promise<void>;
}

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

export async function startPagingLrs(options: PagingLrsOptions): Promise<PagingLrs> {
  const voided = new Map<string, TestStatement>();
  const byId = new Map<string, number>();
  for (let i = 0; i < options.count; i++) {
    const statement = options.statementAt(i);
    if (statement.verb.id === VOIDED) voided.set(statement.object.id, statement);
    if (options.count <= 10_000) byId.set(statement.id, i);
  }
  const log: string[] = [];
  let requests = 0;
  const server: Server = createServer((request, response) => {
    requests++;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const asked = `${url.pathname}${url.search}`;
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      log.push(`${status} ${asked}`);
      response.writeHead(status, { 'content-type': 'application/json', 'x-experience-api-version': '1.0.3', ...headers });
      response.end(JSON.stringify(body));
    };
    if (request.headers.authorization !== `Basic ${Buffer.from(options.credentials).toString('base64')}`) return reply(401, { message: 'Unknown credentials.' });
    if (!/^1\.0\.\d$/.test(String(request.headers['x-experience-api-version']))) return reply(400, { message: 'No X-Experience-API-Version.' });
    if (options.throttle?.includes(requests)) return reply(429, { message: 'Slow down.' }, { 'retry-after': '1' });
    if (options.fail?.includes(requests)) return reply(503, { message: 'Try later.' });
    if (url.pathname !== '/xapi/statements') return reply(404, { message: 'No such resource.' });
    const query = url.searchParams;
    const matches = (statement: TestStatement): boolean => {
      if (query.get('verb') && statement.verb.id !== query.get('verb')) return false;
      const activity = query.get('activity');
      if (!activity || statement.object.id === activity) return true;
      if (query.get('related_activities') !== 'true') return false;
      return Object.values(statement['context']?.contextActivities ?? {}).some((list: any) => list.some((a: { id: string }) => a.id === activity));
    };
    const selected = (statement: TestStatement): boolean => {
      if (query.get('since') && !(statement['stored'] > query.get('since')!)) return false;
      if (!options.showVoided && voided.has(statement.id)) return false;
      if (matches(statement)) return true;
      // xAPI-Comm §2.1.3 "Filter Conditions for StatementRefs": a statement that targets a matching one is returned with it.
      if (statement.object.objectType !== 'StatementRef') return false;
      const target = byId.get(statement.object.id);
      return target !== undefined && matches(options.statementAt(target));
    };
    const page: TestStatement[] = [];
    let index = Number(query.get('cursor') ?? 0);
    const verb = query.get('verb');
    for (; index < options.count && page.length < options.pageSize; index++) {
      if (verb && options.verbAt && options.verbAt(index) !== verb) continue;
      const statement = options.statementAt(index);
      if (!selected(statement)) continue;
      page.push(statement);
      if (options.repeat?.includes(index) && !query.has('repeated')) {
        query.set('repeated', '1');
        break;
      }
    }
    const next = new URLSearchParams(query);
    next.set('cursor', String(index));
    reply(200, { statements: page, more: index < options.count ? `/xapi/statements?${next}` : '' });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/xapi/`,
    log,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
