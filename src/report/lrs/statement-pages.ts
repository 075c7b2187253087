import { ReportInputError } from '../report-error.js';
import { getJson, type LrsConnection } from './lrs-request.js';

/** The parts of a statement the report reads (xAPI-Data §2.4), as `format=ids` returns them. */
export interface ReportStatement {
  id?: unknown;
  actor?: { mbox?: unknown; mbox_sha1sum?: unknown; account?: { name?: unknown }; objectType?: unknown };
  verb?: { id?: unknown };
  object?: { id?: unknown; objectType?: unknown };
  context?: { registration?: unknown; contextActivities?: Record<string, { id?: unknown }[] | { id?: unknown }> };
  timestamp?: unknown;
  stored?: unknown;
}

export interface StatementQuery {
  activity: string;
  verb: string;
  since?: string;
}

/** Pages of the query a client may follow before the report stops: a loop in `more` links must end. */
const MAX_PAGES = 1_000_000;

/**
 * Every statement of one query, page by page (xAPI-Comm §2.1.3): the first
 * GET filters by activity (related activities too), verb and since, in the
 * compact `ids` format; each StatementResult's `more` is a path on the LRS's
 * own host (§2.1.3, "more") and is followed until it is empty. Only one page is
 * held at a time.
 */
export async function* statementPages(endpoint: URL, query: StatementQuery, connection: LrsConnection): AsyncGenerator<ReportStatement[]> {
  let url: URL | null = new URL('statements', endpoint);
  url.search = new URLSearchParams({
    activity: query.activity,
    related_activities: 'true',
    verb: query.verb,
    format: 'ids',
    ...(query.since ? { since: query.since } : {}),
  }).toString();
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const result = (await getJson(url, connection)) as { statements?: unknown; more?: unknown } | null;
    if (!result || !Array.isArray(result.statements)) {
      throw new ReportInputError(`The LRS at ${endpoint.origin} did not answer with a StatementResult (no "statements" list) for ${url.pathname}.`);
    }
    yield result.statements as ReportStatement[];
    const next: URL | null = typeof result.more === 'string' && result.more !== '' ? new URL(result.more, endpoint) : null;
    // A `more` link back to the same page would be read forever.
    if (next?.href === url.href) throw new ReportInputError(`The LRS at ${endpoint.origin} answered a page with a "more" link to that same page.`);
    url = next;
  }
}
