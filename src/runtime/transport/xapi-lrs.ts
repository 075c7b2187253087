import type { Agent } from './xapi-agent.js';

/**
 * What became of a write: stored (or already there), worth retrying, refused
 * for good, or addressed to an API the LRS does not serve (some LRSs keep
 * statements only, with no State API).
 */
export type Delivery = 'stored' | 'retry' | 'rejected' | 'unsupported';

/** Where a State API document lives (xAPI-Comm §2.3). */
export interface StateAddress {
  activityId: string;
  agent: Agent;
  registration: string | null;
  stateId: string;
}

/** Browsers cap the bodies of all keepalive requests in flight at 64 KiB. */
export const KEEPALIVE_BYTES = 60000;

/**
 * The few LRS calls the player makes, over fetch with the headers every
 * request needs (xAPI-Comm §3.3). The Authorization value is whatever the
 * launch handed over; none is ever compiled into the package.
 */
export class LrsClient {
  constructor(
    private readonly endpoint: string,
    private readonly auth: () => string,
  ) {}

  /**
   * PUT with the statement's own id: 204 when stored, 409 when that id is
   * already stored (an earlier try got through), so both count as delivered
   * (xAPI-Comm §2.1.2).
   */
  putStatement(statement: { id: string }, keepalive = false): Promise<Delivery> {
    return this.deliver('PUT', `statements?statementId=${encodeURIComponent(statement.id)}`, statement, keepalive, true);
  }

  /**
   * One request for many statements, in order; for page dismissal, where only
   * one request is sure to leave. A 409 here may mean one of them was stored
   * and the rest were not, so it is retried one by one later.
   */
  postStatements(statements: readonly object[], keepalive = false): Promise<Delivery> {
    return this.deliver('POST', 'statements', statements, keepalive, false);
  }

  /** Whether the LRS holds this statement: 'unknown' when it cannot be asked (down, or a token that may write but not read). */
  async lookUp(id: string): Promise<'stored' | 'absent' | 'unknown'> {
    const status = (await this.send('GET', `statements?statementId=${encodeURIComponent(id)}`))?.status;
    return status === 200 ? 'stored' : status === 404 ? 'absent' : 'unknown';
  }

  /** 404, 405 or 501 to a PUT mean the LRS has no State API at all: 'unsupported'. */
  putState(address: StateAddress, document: object, keepalive = false): Promise<Delivery> {
    return this.deliver('PUT', stateQuery(address), document, keepalive, false, [404, 405, 501]);
  }

  /** The document, null when there is none (404), or undefined when the LRS could not be asked. */
  async getState(address: StateAddress): Promise<Record<string, unknown> | null | undefined> {
    const response = await this.send('GET', stateQuery(address));
    if (response?.status === 404) return null;
    if (!response?.ok) return undefined;
    try {
      const document = (await response.json()) as unknown;
      return document && typeof document === 'object' ? (document as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }

  async send(method: string, resource: string, body?: unknown, keepalive = false): Promise<Response | null> {
    const headers: Record<string, string> = { 'X-Experience-API-Version': '1.0.3' };
    if (this.auth()) headers['Authorization'] = this.auth();
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      return await fetch(this.endpoint + resource, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        keepalive,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      console.warn(`cease: ${method} ${resource.split('?')[0] ?? ''} failed`, error);
      return null;
    }
  }

  private async deliver(method: string, resource: string, body: unknown, keepalive: boolean, conflictIsStored: boolean, unsupported: number[] = []): Promise<Delivery> {
    const response = await this.send(method, resource, body, keepalive);
    if (!response) return 'retry';
    if (response.ok || (conflictIsStored && response.status === 409)) return 'stored';
    console.warn(`cease: the LRS answered ${response.status} to ${method} ${resource.split('?')[0] ?? ''}`);
    if (unsupported.includes(response.status)) return 'unsupported';
    // 400/413: this body will never be accepted; 403: these credentials may
    // never send it (a cmi5 LMS after `terminated`); anything else (401 of an
    // expired session, 408, 429, 5xx, a proxy's 404) may pass later.
    return [400, 403, 413].includes(response.status) ? 'rejected' : 'retry';
  }
}

function stateQuery(address: StateAddress): string {
  const query = [`stateId=${encodeURIComponent(address.stateId)}`, `activityId=${encodeURIComponent(address.activityId)}`, `agent=${encodeURIComponent(JSON.stringify(address.agent))}`];
  if (address.registration) query.push(`registration=${encodeURIComponent(address.registration)}`);
  return `activities/state?${query.join('&')}`;
}
