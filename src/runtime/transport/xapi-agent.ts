/** An xAPI Agent with exactly one inverse functional identifier (xAPI-Data §2.4.2.1). */
export interface Agent {
  objectType: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

type Loose = Record<string, unknown>;

/**
 * Reads the `actor` launch parameter. Rustici's launch document still shows
 * the pre-1.0 form, `{"mbox":["mailto:…"],"name":["…"]}`, and LMSs copied it,
 * so arrays take their first item, pre-1.0 accounts
 * (`accountServiceHomePage`/`accountName`) are renamed and a bare address gets
 * its `mailto:`, as TinCanJS does. Null when no identifier is left.
 */
export function agentFrom(json: string | null): Agent | null {
  let raw: Loose;
  try {
    raw = JSON.parse(json ?? '') as Loose;
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
  const text = (value: unknown): string | undefined => (typeof first(value) === 'string' && first(value) !== '' ? (first(value) as string) : undefined);
  const agent: Agent = { objectType: 'Agent' };
  const name = text(raw['name']);
  if (name) agent.name = name;
  const mbox = text(raw['mbox']);
  const account = first(raw['account']) as Loose | undefined;
  const homePage = account && text(account['homePage'] ?? account['accountServiceHomePage']);
  const accountName = account && text(account['name'] ?? account['accountName']);
  if (mbox) agent.mbox = mbox.startsWith('mailto:') ? mbox : `mailto:${mbox}`;
  else if (text(raw['mbox_sha1sum'])) agent.mbox_sha1sum = text(raw['mbox_sha1sum']);
  else if (text(raw['openid'])) agent.openid = text(raw['openid']);
  else if (homePage && accountName) agent.account = { homePage, name: accountName };
  else return null;
  return agent;
}

/** The identifier alone, e.g. to key this learner's data in the browser. */
export function agentKey(agent: Agent): string {
  return agent.mbox ?? agent.mbox_sha1sum ?? agent.openid ?? `${agent.account?.homePage ?? ''}|${agent.account?.name ?? ''}`;
}
