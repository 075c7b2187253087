import type { Transport } from './transport.js';
import { agentFrom, type Agent } from './xapi-agent.js';

/** The Tin Can launch parameters the player uses (Rustici, "Incorporating a Tin Can LRS into an LMS"). */
export interface TinCanLaunch {
  /** LRS base URL, always ending in `/`. */
  endpoint: string;
  /** The Authorization header value, verbatim; '' when the LMS sent none. */
  auth: string;
  actor: Agent;
  registration: string | null;
  /** The LMS's id for the course activity, or null to use the compiled one. */
  activityId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads the launch query string (URLSearchParams decodes once, as it must).
 * Null when there is no endpoint: the page was opened outside an LMS.
 * Throws when an endpoint came without a usable actor, since statements
 * without one would be refused.
 */
export function tinCanLaunch(search: string): TinCanLaunch | null {
  const query = new URLSearchParams(search);
  const endpoint = query.get('endpoint');
  if (!endpoint) return null;
  const actor = agentFrom(query.get('actor'));
  if (!actor) throw new Error('the launch has an endpoint but no usable actor');
  const registration = query.get('registration');
  return {
    endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    auth: query.get('auth') ?? '',
    actor,
    registration: registration && UUID.test(registration) ? registration : null,
    activityId: query.get('activity_id') || null,
  };
}

/** Stands in for a transport when the launch is unusable: the player says the platform cannot be reached and keeps progress in this browser. */
export function unusableLaunch(reason: unknown): Transport {
  const refuse = () => Promise.reject(reason);
  const nothing = () => undefined;
  return { start: refuse, setLocation: nothing, setSuspendData: nothing, setScore: nothing, setStatus: nothing, recordInteraction: nothing, setExit: nothing, commit: refuse, finish: refuse };
}
