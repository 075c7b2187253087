/**
 * The LRS inside `cease preview --format xapi|cmi5`, over HTTP on loopback
 * as the player reaches it: statements stored once per id (204 again for the
 * same content, 409 for other content), the State API round trip, and the
 * cmi5 launch: a single-use fetch URL and LMS.LaunchData written first.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, scratchDir } from '../helpers/cli.js';
import { openEvents } from './event-reader.js';
import { startPreviewCli, type RunningCli } from './preview-process.js';

interface Ticket {
  registration: string;
  launch: number;
  session: string | null;
  target: { activityId: string; moveOn: string | null; masteryScore: number | null };
  query: string;
}

describe('cease preview --format xapi: the preview LRS', () => {
  const scratch = scratchDir();
  let preview: RunningCli & { url: string };
  let ticket: Ticket;
  let launch: URLSearchParams;
  const lrs = (resource: string, init: RequestInit & { auth?: string | null } = {}) =>
    fetch(`${launch.get('endpoint')}${resource}`, {
      ...init,
      headers: {
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
        ...(init.auth === null ? {} : { Authorization: init.auth ?? launch.get('auth')! }),
        ...(init.headers as Record<string, string>),
      },
    });
  const statement = (verb: string) => ({
    actor: JSON.parse(launch.get('actor')!) as object,
    verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
    object: { objectType: 'Activity', id: launch.get('activity_id') },
    context: { registration: ticket.registration },
  });

  beforeAll(async () => {
    preview = await startPreviewCli(copyFixture('minimal', scratch.dir), ['--format', 'xapi']);
    ticket = (await (await fetch(`${preview.url}/preview/launch/xapi`, { method: 'POST', body: '{}' })).json()) as Ticket;
    launch = new URLSearchParams(ticket.query);
  });
  afterAll(async () => {
    await preview?.stop('SIGKILL');
    scratch.cleanup();
  });

  it('launches with the Tin Can parameters: an endpoint on the preview origin, Basic auth, the preview learner, a registration, the tincan.xml activity', () => {
    expect(launch.get('endpoint')).toBe(`${preview.url}/lrs/xapi/`);
    expect(launch.get('auth')).toMatch(/^Basic [A-Za-z0-9+/]+=*$/);
    expect(JSON.parse(launch.get('actor')!)).toMatchObject({ objectType: 'Agent', account: { name: 'preview-learner' } });
    expect(launch.get('registration')).toBe(ticket.registration);
    expect(launch.get('activity_id')).toBe('https://cease.invalid/courses/fixture-testville');
  });

  it('stores a statement by PUT, answers 204 again for the same content and 409 for other content, and returns it by GET', async () => {
    const id = randomUUID();
    const put = (body: object) => lrs(`statements?statementId=${id}`, { method: 'PUT', body: JSON.stringify(body) });
    expect((await put(statement('initialized'))).status).toBe(204);
    expect((await put({ ...statement('initialized'), id })).status).toBe(204);
    expect((await put(statement('terminated'))).status).toBe(409);
    const got = await lrs(`statements?statementId=${id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('x-experience-api-version')).toBe('1.0.3');
    const stored = (await got.json()) as { id: string; verb: { id: string }; stored: string };
    expect(stored.id).toBe(id);
    expect(stored.verb.id).toMatch(/initialized$/);
    expect(stored.stored).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('stores a batch by POST with the ids, refuses the whole batch on a conflict, and lists by registration', async () => {
    const first = { ...statement('experienced'), id: randomUUID() };
    const posted = await lrs('statements', { method: 'POST', body: JSON.stringify([first, statement('progressed')]) });
    expect(posted.status).toBe(200);
    const ids = (await posted.json()) as string[];
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(first.id);

    const fresh = { ...statement('answered'), id: randomUUID() };
    expect((await lrs('statements', { method: 'POST', body: JSON.stringify([fresh, { ...first, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } }]) })).status).toBe(409);
    expect((await lrs(`statements?statementId=${fresh.id}`)).status).toBe(404);
    expect((await lrs('statements', { method: 'POST', body: JSON.stringify([fresh, fresh]) })).status).toBe(400);

    const list = (await (await lrs(`statements?registration=${ticket.registration}`)).json()) as { statements: { id: string }[] };
    expect(list.statements.map((s) => s.id)).toEqual(expect.arrayContaining(ids));
  });

  it('refuses a request without the version header, without the launch credentials, or with a statement lacking a verb', async () => {
    expect((await lrs('statements', { headers: { 'X-Experience-API-Version': '' } })).status).toBe(400);
    expect((await lrs('statements', { auth: null })).status).toBe(401);
    expect((await lrs('statements', { auth: `Basic ${Buffer.from('someone:else').toString('base64')}` })).status).toBe(401);
    const { verb: _verb, ...noVerb } = statement('answered');
    expect((await lrs(`statements?statementId=${randomUUID()}`, { method: 'PUT', body: JSON.stringify(noVerb) })).status).toBe(400);
  });

  it('keeps State documents per activity, agent, registration and stateId: PUT, GET, POST merge, list, DELETE', async () => {
    const address = (stateId?: string) =>
      `activities/state?activityId=${encodeURIComponent(launch.get('activity_id')!)}&agent=${encodeURIComponent(launch.get('actor')!)}&registration=${ticket.registration}${stateId ? `&stateId=${stateId}` : ''}`;
    expect((await lrs(address('bookmark'))).status).toBe(404);
    expect((await lrs(address('bookmark'), { method: 'PUT', body: JSON.stringify({ location: 'p1', suspendData: 'abc' }) })).status).toBe(204);
    expect(await (await lrs(address('bookmark'))).json()).toEqual({ location: 'p1', suspendData: 'abc' });
    expect((await lrs(address('bookmark'), { method: 'POST', body: JSON.stringify({ location: 'p2' }) })).status).toBe(204);
    expect(await (await lrs(address('bookmark'))).json()).toEqual({ location: 'p2', suspendData: 'abc' });
    // Another registration is another learner attempt: it does not see this one's bookmark.
    expect((await lrs(address('bookmark').replace(ticket.registration, randomUUID()))).status).toBe(404);
    expect(await (await lrs(address())).json()).toEqual(['bookmark']);
    expect((await lrs(address('bookmark'), { method: 'DELETE' })).status).toBe(204);
    expect((await lrs(address('bookmark'))).status).toBe(404);
    expect((await lrs(`activities/state?stateId=bookmark&agent=${encodeURIComponent(launch.get('actor')!)}`)).status).toBe(400);
  });

  it('tells the inspector about every write, and reports the statements and State documents of the registration', async () => {
    const events = await openEvents(`${preview.url}/preview/events`);
    try {
      expect((await lrs('statements', { method: 'POST', body: JSON.stringify({ ...statement('completed'), result: { completion: true } }) })).status).toBe(200);
      expect(JSON.parse((await events.next('lrs')).data)).toEqual({ registration: ticket.registration });
    } finally {
      events.close();
    }
    const report = (await (await fetch(`${preview.url}/preview/lrs/${ticket.registration}.json`)).json()) as { status: { completion: string }; statements: unknown[] };
    expect(report.status.completion).toBe('completed');
    expect(report.statements.length).toBeGreaterThanOrEqual(4);
  });
});

describe('cease preview --format cmi5: the simulated LMS side', () => {
  const scratch = scratchDir();
  let preview: RunningCli & { url: string };
  const newLaunch = async (registration: string | null = null) =>
    (await (await fetch(`${preview.url}/preview/launch/cmi5`, { method: 'POST', body: JSON.stringify({ registration }) })).json()) as Ticket;
  const fetchToken = (url: string) => fetch(url, { method: 'POST' }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, string> }));

  beforeAll(async () => {
    preview = await startPreviewCli(copyFixture('minimal', scratch.dir), ['--format', 'cmi5']);
  });
  afterAll(async () => {
    await preview?.stop('SIGKILL');
    scratch.cleanup();
  });

  it('hands out a fetch URL that gives a token once, then cmi5 error 1; the token reads LMS.LaunchData', async () => {
    const ticket = await newLaunch();
    const launch = new URLSearchParams(ticket.query);
    expect([...launch.keys()].sort()).toEqual(['activityId', 'actor', 'endpoint', 'fetch', 'registration']);
    expect(launch.get('activityId')).toBe('https://cease.invalid/courses/fixture-testville/au');

    expect((await fetch(launch.get('fetch')!)).status).toBe(405);
    const first = await fetchToken(launch.get('fetch')!);
    expect(first.status).toBe(200);
    expect(first.body['auth-token']).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const second = await fetchToken(launch.get('fetch')!);
    expect(second).toEqual({ status: 200, body: { 'error-code': '1', 'error-text': expect.stringContaining('already used') } });

    const launchData = await fetch(
      `${launch.get('endpoint')}activities/state?stateId=LMS.LaunchData&activityId=${encodeURIComponent(launch.get('activityId')!)}&agent=${encodeURIComponent(launch.get('actor')!)}&registration=${ticket.registration}`,
      { headers: { 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${first.body['auth-token']}` } },
    );
    expect(launchData.status).toBe(200);
    expect(await launchData.json()).toEqual({
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: launch.get('activityId') }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': ticket.session },
      },
      launchMode: 'Normal',
      launchMethod: 'AnyWindow',
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.5,
    });
  });

  it('derives what an LMS would from the statements: completed, then passed with its score, meets moveOn CompletedAndPassed', async () => {
    const ticket = await newLaunch();
    const launch = new URLSearchParams(ticket.query);
    const token = (await fetchToken(launch.get('fetch')!)).body['auth-token'];
    const report = async () => ((await (await fetch(`${preview.url}/preview/lrs/${ticket.registration}.json`)).json()) as { status: Record<string, unknown> }).status;
    const send = (verb: string, result: object) =>
      fetch(`${launch.get('endpoint')}statements`, {
        method: 'POST',
        headers: { 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          actor: JSON.parse(launch.get('actor')!) as object,
          verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
          object: { objectType: 'Activity', id: launch.get('activityId') },
          result,
          context: { registration: ticket.registration },
        }),
      });
    expect(await report()).toEqual({ completion: 'not attempted', success: 'unknown', score: null, progress: null, moveOn: 'CompletedAndPassed', satisfied: false });
    expect((await send('failed', { success: false, score: { scaled: 0.25 } })).status).toBe(200);
    expect(await report()).toMatchObject({ completion: 'incomplete', success: 'failed', score: 25, satisfied: false });
    expect((await send('completed', { completion: true })).status).toBe(200);
    expect(await report()).toMatchObject({ completion: 'completed', success: 'failed', satisfied: false });
    expect((await send('passed', { success: true, score: { scaled: 0.75 } })).status).toBe(200);
    expect(await report()).toMatchObject({ completion: 'completed', success: 'passed', score: 75, satisfied: true });
  });

  it('starts a new session with a new fetch URL on each launch of the same registration', async () => {
    const first = await newLaunch();
    const again = await newLaunch(first.registration);
    expect(again.registration).toBe(first.registration);
    expect(again.launch).toBe(2);
    expect(again.session).not.toBe(first.session);
    expect(new URLSearchParams(again.query).get('fetch')).not.toBe(new URLSearchParams(first.query).get('fetch'));
    expect((await newLaunch(null)).registration).not.toBe(first.registration);
  });
});
