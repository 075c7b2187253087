import { randomUUID } from 'node:crypto';

/** A statement as the player sent it, with the id it was stored under. */
export type Statement = Record<string, unknown> & { id: string };

/** A statement the preview LRS holds, with what the LRS adds (xAPI-Data §2.4.8 stored, §2.4.9 authority). */
export interface StoredStatement {
  statement: Statement;
  stored: string;
  /** Counts up: the order the LRS stored them in. */
  sequence: number;
}

export interface StatementReply {
  status: number;
  body?: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The Statement resource (xAPI-Comm §2.1): PUT with `statementId`, POST of
 * one statement or an array, GET one by id or the list. An id already stored
 * with the same content is accepted again without storing twice (204 for
 * PUT); with other content it is a 409 Conflict, and nothing of that request
 * is stored (§2.1.2).
 */
export class StatementStore {
  private readonly byId = new Map<string, StoredStatement>();
  private sequence = 0;

  /** Everything stored, oldest first. */
  all(): StoredStatement[] {
    return [...this.byId.values()].sort((a, b) => a.sequence - b.sequence);
  }

  put(statementId: string | null, body: unknown): StatementReply {
    if (!statementId || !UUID.test(statementId)) return refuse(400, 'PUT needs statementId, a UUID.');
    if (!isObject(body)) return refuse(400, 'PUT takes one statement (a JSON object).');
    if (body['id'] !== undefined && body['id'] !== statementId) return refuse(400, 'The statement id differs from statementId.');
    const stored = this.store([{ ...body, id: statementId }]);
    return 'status' in stored ? stored : { status: 204 };
  }

  post(body: unknown): StatementReply {
    const batch = Array.isArray(body) ? body : [body];
    if (batch.length === 0 || !batch.every(isObject)) return refuse(400, 'POST takes a statement or an array of statements.');
    const withIds: Statement[] = [];
    for (const statement of batch as Record<string, unknown>[]) {
      const id = statement['id'] ?? randomUUID();
      if (typeof id !== 'string' || !UUID.test(id)) return refuse(400, `Statement id ${JSON.stringify(id)} is not a UUID.`);
      withIds.push({ ...statement, id });
    }
    // xAPI-Comm §2.1.2: two statements with one id in a batch are a bad request.
    if (new Set(withIds.map((s) => s.id)).size !== withIds.length) return refuse(400, 'Two statements in the batch share an id.');
    const stored = this.store(withIds);
    return 'status' in stored ? stored : { status: 200, body: stored.ids };
  }

  /** GET by `statementId`, else the newest first, filtered by registration and verb (xAPI-Comm §2.1.3). */
  get(query: URLSearchParams): StatementReply {
    const id = query.get('statementId');
    if (id) {
      const found = this.byId.get(id);
      return found ? { status: 200, body: withLrsFields(found) } : refuse(404, `No statement ${id}.`);
    }
    const registration = query.get('registration');
    const verb = query.get('verb');
    const limit = Number(query.get('limit') ?? 0) || Infinity;
    const list = this.all()
      .reverse()
      .filter(({ statement }) => !registration || registrationOf(statement) === registration)
      .filter(({ statement }) => !verb || (statement['verb'] as { id?: string } | undefined)?.id === verb)
      .slice(0, limit);
    return { status: 200, body: { statements: list.map(withLrsFields), more: '' } };
  }

  private store(batch: Statement[]): { ids: string[] } | StatementReply {
    for (const statement of batch) {
      const problem = shapeProblem(statement);
      if (problem) return refuse(400, `Statement ${statement.id}: ${problem}`);
      const existing = this.byId.get(statement.id);
      if (existing && canonical(existing.statement) !== canonical(statement)) {
        return refuse(409, `Statement ${statement.id} is already stored with other content.`);
      }
    }
    const stored = new Date().toISOString();
    for (const statement of batch) {
      if (!this.byId.has(statement.id)) this.byId.set(statement.id, { statement, stored, sequence: ++this.sequence });
    }
    return { ids: batch.map((s) => s.id) };
  }
}

export function registrationOf(statement: Statement): string | null {
  const context = statement['context'] as { registration?: unknown } | undefined;
  return typeof context?.registration === 'string' ? context.registration : null;
}

/** The minimum every statement needs (xAPI-Data §2.4): an actor, a verb with an IRI id, an object. The preview checks no more. */
function shapeProblem(statement: Statement): string | null {
  if (!isObject(statement['actor'])) return 'no actor.';
  const verb = statement['verb'];
  if (!isObject(verb) || typeof verb['id'] !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(verb['id'])) return 'no verb with an IRI id.';
  if (!isObject(statement['object'])) return 'no object.';
  return null;
}

function withLrsFields({ statement, stored }: StoredStatement): Statement {
  return { ...statement, stored, timestamp: statement['timestamp'] ?? stored, authority: { objectType: 'Agent', name: 'cease preview', mbox: 'mailto:preview@cease.invalid' }, version: '1.0.3' };
}

function refuse(status: number, message: string): StatementReply {
  return { status, body: { message } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with sorted keys, so "the same statement" ignores key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  return JSON.stringify(value);
}
