import { agentFrom, type Agent } from './xapi-agent.js';
import type { Context } from './xapi-statements.js';

/** The five launch parameters (cmi5 §8.1). */
export interface Cmi5Launch {
  endpoint: string;
  fetch: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

/** What the LMS says about this launch in the LMS.LaunchData State document (cmi5 §10). */
export interface Cmi5LaunchData {
  contextTemplate: Context;
  launchMode: 'Normal' | 'Browse' | 'Review';
  moveOn: string;
  /** 0–1, or null. */
  masteryScore: number | null;
  returnURL: string | null;
}

/** Kept in sessionStorage so a reload neither fetches again (the URL is single-use) nor repeats once-only statements (cmi5 Best Practice #17). */
export interface Cmi5Session {
  token: string;
  /** cmi5-defined verbs already sent in this session. */
  sent: string[];
}

/** Null without an endpoint (opened outside an LMS); throws when the launch is incomplete. */
export function cmi5Launch(search: string): Cmi5Launch | null {
  const query = new URLSearchParams(search);
  const endpoint = query.get('endpoint');
  if (!endpoint) return null;
  const actor = agentFrom(query.get('actor'));
  const fetchUrl = query.get('fetch');
  const registration = query.get('registration');
  const activityId = query.get('activityId');
  // cmi5 §8.1.2: the actor is identified by an account.
  if (!actor?.account || !fetchUrl || !registration || !activityId) throw new Error('the cmi5 launch lacks fetch, actor (with an account), registration or activityId');
  return { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, fetch: fetchUrl, actor, registration, activityId };
}

/** cmi5 §8.2: POST (never GET) to the fetch URL; the answer is always 200, with a token or an error code. */
export async function fetchToken(url: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', credentials: 'omit', cache: 'no-store' });
  const answer = (await response.json()) as { 'auth-token'?: string; 'error-code'?: string; 'error-text'?: string };
  if (!answer['auth-token']) throw new Error(`the LMS gave no cmi5 token (error ${answer['error-code'] ?? '?'}: ${answer['error-text'] ?? response.status})`);
  return answer['auth-token'];
}

export function launchDataFrom(document: Record<string, unknown> | null | undefined): Cmi5LaunchData {
  if (!document || typeof document['contextTemplate'] !== 'object') throw new Error('LMS.LaunchData is missing or has no contextTemplate');
  const mastery = document['masteryScore'];
  const mode = document['launchMode'];
  return {
    contextTemplate: document['contextTemplate'] as Context,
    launchMode: mode === 'Browse' || mode === 'Review' ? mode : 'Normal',
    moveOn: typeof document['moveOn'] === 'string' ? (document['moveOn'] as string) : 'NotApplicable',
    masteryScore: typeof mastery === 'number' && mastery >= 0 && mastery <= 1 ? mastery : null,
    returnURL: typeof document['returnURL'] === 'string' ? (document['returnURL'] as string) : null,
  };
}

export function readSession(storage: Storage | null, key: string): Cmi5Session | null {
  try {
    const session = JSON.parse(storage?.getItem(key) ?? 'null') as Cmi5Session | null;
    return session && typeof session.token === 'string' && Array.isArray(session.sent) ? session : null;
  } catch {
    return null;
  }
}

export function writeSession(storage: Storage | null, key: string, session: Cmi5Session): void {
  try {
    storage?.setItem(key, JSON.stringify(session));
  } catch {
    // Without sessionStorage a reload cannot resume the session; nothing else breaks.
  }
}
