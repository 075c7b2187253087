import { ReportInputError } from '../report-error.js';

/** How long to keep trying one request of the LRS, and how the waits between tries grow. */
export interface RetryPolicy {
  /** Give up on a request when the next wait would end this long after its first try. */
  totalMs: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** One try's limit: a hung connection counts as a failure. */
  attemptMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { totalMs: 120_000, firstDelayMs: 500, maxDelayMs: 15_000, attemptMs: 60_000 };

export interface LrsConnection {
  /** Basic authorization header value, from the environment. */
  authorization: string;
  retry: RetryPolicy;
  /** Called before each wait, so the CLI can say why it is slow. */
  onRetry?: (why: string, waitMs: number) => void;
}

/**
 * GET one resource of the LRS as JSON. 429 and 5xx answers and network
 * failures are tried again, waiting twice as long each time (or what
 * Retry-After asks, RFC 9110 §10.2.3), until the policy's total time is spent.
 * Any other error status is final: more tries would not change it.
 */
export async function getJson(url: URL, connection: LrsConnection): Promise<unknown> {
  const started = Date.now();
  let delay = connection.retry.firstDelayMs;
  for (;;) {
    let why: string;
    let retryAfterMs: number | null = null;
    try {
      const response = await fetch(url, {
        headers: { authorization: connection.authorization, 'x-experience-api-version': '1.0.3', accept: 'application/json' },
        signal: AbortSignal.timeout(connection.retry.attemptMs),
      });
      if (response.ok) return await response.json();
      const body = (await response.text()).slice(0, 300);
      if (response.status === 401 || response.status === 403) {
        throw new ReportInputError(`The LRS at ${url.origin} refused the credentials (${response.status}): check CEASE_LRS_AUTH (key:secret of an LRS client allowed to read statements).`);
      }
      if (response.status !== 429 && response.status < 500) {
        throw new ReportInputError(`The LRS answered ${response.status} to ${url.pathname}${url.search}: ${body || response.statusText}`);
      }
      why = `the LRS answered ${response.status}`;
      retryAfterMs = retryAfter(response.headers.get('retry-after'));
    } catch (error) {
      if (error instanceof ReportInputError) throw error;
      if (error instanceof SyntaxError) throw new ReportInputError(`The LRS at ${url.origin} sent something that is not JSON for ${url.pathname}.`);
      why = `cannot reach the LRS (${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message})`;
    }
    const wait = Math.min(Math.max(retryAfterMs ?? delay, 0), connection.retry.maxDelayMs);
    if (Date.now() + wait - started > connection.retry.totalMs) {
      throw new ReportInputError(`Gave up on the LRS at ${url.origin} after ${Math.round((Date.now() - started) / 1000)} s: ${why}.`);
    }
    connection.onRetry?.(why, wait);
    await new Promise((resume) => setTimeout(resume, wait));
    delay = Math.min(delay * 2, connection.retry.maxDelayMs);
  }
}

/** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
function retryAfter(value: string | null): number | null {
  if (value === null) return null;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : date - Date.now();
}

/**
 * The Authorization header from CEASE_LRS_AUTH: "key:secret" as most LRSs
 * issue it, or a ready "Basic …" value as an xAPI launch hands one out.
 * Never a command-line option: arguments show in `ps` and shell history.
 */
export function authorizationFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  const value = env['CEASE_LRS_AUTH']?.trim();
  if (!value) throw new ReportInputError('Set CEASE_LRS_AUTH to the LRS key and secret as key:secret (it is read from the environment so it never shows in the command line).');
  if (/^Basic\s+\S+$/i.test(value)) return value;
  if (!value.includes(':')) throw new ReportInputError('CEASE_LRS_AUTH must be key:secret (or a "Basic …" authorization value).');
  return `Basic ${Buffer.from(value, 'utf8').toString('base64')}`;
}
