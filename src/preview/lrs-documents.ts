/** One document of the State or Agent Profile resource, as stored. */
export interface LrsDocument {
  kind: 'state' | 'profile';
  activityId: string;
  /** The agent's inverse functional identifier, as JSON. */
  agent: string;
  registration: string;
  /** stateId or profileId. */
  id: string;
  contentType: string;
  body: Buffer;
  updated: string;
}

export interface DocumentReply {
  status: number;
  body?: unknown;
  /** Set when the body is a stored document sent back as it came. */
  raw?: { contentType: string; body: Buffer };
}

/**
 * The State resource (xAPI-Comm §2.3) and the Agent Profile resource
 * (§2.6, which cmi5 reads for learner preferences): documents keyed by
 * activity, agent, registration and id. PUT replaces, POST merges two JSON
 * objects (anything else is 400), DELETE without an id clears the set, GET
 * without an id lists the ids. Profile concurrency headers (§3.1) are not
 * enforced: the preview has one writer.
 */
export class DocumentStore {
  private readonly documents = new Map<string, LrsDocument>();

  all(): LrsDocument[] {
    return [...this.documents.values()];
  }

  handle(kind: LrsDocument['kind'], method: string, query: URLSearchParams, contentType: string, body: Buffer): DocumentReply {
    const agent = agentIfi(query.get('agent'));
    const activityId = kind === 'state' ? query.get('activityId') : '';
    if (!agent || !(kind === 'profile' || activityId)) {
      return refuse(400, kind === 'state' ? 'The State API needs activityId and agent (JSON with one identifier).' : 'The Agent Profile API needs agent (JSON with one identifier).');
    }
    const scope = { kind, activityId: activityId ?? '', agent, registration: query.get('registration') ?? '' };
    const id = query.get(kind === 'state' ? 'stateId' : 'profileId');
    if (method === 'GET') return id === null ? this.list(scope, query.get('since')) : this.read({ ...scope, id });
    if (method === 'DELETE') {
      for (const document of this.matching(scope)) if (id === null || document.id === id) this.documents.delete(keyOf(document));
      return { status: 204 };
    }
    if (id === null) return refuse(400, `${method} needs ${kind === 'state' ? 'stateId' : 'profileId'}.`);
    if (method === 'PUT') return this.write({ ...scope, id, contentType, body });
    if (method === 'POST') return this.merge({ ...scope, id, contentType, body });
    return refuse(405, `${method} is not part of this resource.`);
  }

  /** What the LMS writes before launch (cmi5 §10 LMS.LaunchData). */
  set(document: Omit<LrsDocument, 'updated' | 'agent'> & { agent: object }): void {
    const agent = agentIfi(JSON.stringify(document.agent)) ?? '';
    const stored = { ...document, agent, updated: new Date().toISOString() };
    this.documents.set(keyOf(stored), stored);
  }

  private read(address: Address): DocumentReply {
    const document = this.documents.get(keyOf(address));
    return document ? { status: 200, raw: { contentType: document.contentType, body: document.body } } : refuse(404, `No document ${address.id}.`);
  }

  private list(scope: Omit<Address, 'id'>, since: string | null): DocumentReply {
    const ids = this.matching(scope).filter((d) => !since || d.updated > since).map((d) => d.id).sort();
    return { status: 200, body: ids };
  }

  private write(document: Address & { contentType: string; body: Buffer }): DocumentReply {
    const stored: LrsDocument = { ...document, updated: new Date().toISOString() };
    this.documents.set(keyOf(stored), stored);
    return { status: 204 };
  }

  private merge(document: Address & { contentType: string; body: Buffer }): DocumentReply {
    const existing = this.documents.get(keyOf(document));
    if (!existing) return this.write(document);
    const before = jsonObject(existing);
    const after = jsonObject(document);
    if (!before || !after) return refuse(400, 'POST merges JSON objects only; use PUT to replace this document.');
    return this.write({ ...document, contentType: 'application/json', body: Buffer.from(JSON.stringify({ ...before, ...after })) });
  }

  private matching(scope: Omit<Address, 'id'>): LrsDocument[] {
    return this.all().filter((d) => d.kind === scope.kind && d.activityId === scope.activityId && d.agent === scope.agent && d.registration === scope.registration);
  }
}

interface Address {
  kind: LrsDocument['kind'];
  activityId: string;
  agent: string;
  registration: string;
  id: string;
}

function keyOf(address: Address): string {
  return JSON.stringify([address.kind, address.activityId, address.agent, address.registration, address.id]);
}

/** The one identifier that says who an Agent is (xAPI-Data §2.4.2.1), so name or key order do not matter. */
function agentIfi(json: string | null): string | null {
  try {
    const agent = JSON.parse(json ?? '') as Record<string, unknown>;
    const account = agent['account'] as { homePage?: unknown; name?: unknown } | undefined;
    const ifi = agent['mbox'] ?? agent['mbox_sha1sum'] ?? agent['openid'] ?? (account ? [account.homePage, account.name] : undefined);
    return ifi === undefined ? null : JSON.stringify(ifi);
  } catch {
    return null;
  }
}

function jsonObject(document: { contentType: string; body: Buffer }): Record<string, unknown> | null {
  if (!document.contentType.startsWith('application/json')) return null;
  try {
    const value = JSON.parse(document.body.toString('utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function refuse(status: number, message: string): DocumentReply {
  return { status, body: { message } };
}
