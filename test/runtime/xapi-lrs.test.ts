import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { Learner } from '../helpers/learner.js';
import { eventually, LaunchedCourse } from '../helpers/lrs-launch.js';
import type { TestLrs, StoredStatement } from '../helpers/lrs.js';
import { lrsPerFile } from '../helpers/lrs-per-file.js';
import { builtPackage, type BuiltPackage } from './xapi-package.js';

let built: BuiltPackage;
const newLrs = lrsPerFile();

beforeAll(async () => {
  built = await builtPackage('xapi');
});



const ACTIVITY = 'https://lms.test/activities/course-42';

/** A Tin Can launch with the pre-1.0 actor arrays Rustici's launch document still shows. */
function tinCanQuery(lrs: TestLrs, registration: string): Record<string, string> {
  return {
    endpoint: lrs.endpoint.replace(/\/$/, ''),
    auth: lrs.basicAuth(),
    actor: JSON.stringify({ mbox: ['mailto:jane@example.org'], name: ['Jane Doe'] }),
    registration,
    activity_id: ACTIVITY,
  };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 25));

/** The learner's whole visit at a human-like pace: every screen, both knowledge checks, a passing assessment, Exit. */
async function completeCourse(launched: LaunchedCourse): Promise<void> {
  const learner = new Learner(launched.window, built.course);
  const steps = [
    () => learner.next(),
    () => learner.next(),
    () => learner.choose('kc-any-community', ['a']),
    () => learner.check('kc-any-community'),
    () => learner.next(),
    () => learner.choose('kc-pick-two', ['a', 'c']),
    () => learner.check('kc-pick-two'),
    () => learner.next(),
    () => learner.takeAssessment([true, true]),
    () => learner.exit(),
  ];
  for (const step of steps) {
    step();
    await pause();
  }
}

const verb = (s: StoredStatement) => s.verb.id.replace(/^.*\//, '');

describe('an xAPI package launched the Tin Can way', () => {
  test('reports the visit as a valid, complete, ordered stream of statements, each stored once', async () => {
    const lrs = await newLrs();
    const registration = randomUUID();
    const course = await LaunchedCourse.open(built.dir, tinCanQuery(lrs, registration));
    await completeCourse(course);
    await eventually(() => lrs.verbs().includes('terminated'), 10000, 'terminated');

    expect(lrs.refusals).toEqual([]);
    const statements = lrs.statements;
    const verbs = statements.map(verb);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    expect(verbs.filter((v) => v === 'answered')).toHaveLength(4);
    expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'passed')).toHaveLength(1);
    expect(verbs.indexOf('completed')).toBeLessThan(verbs.indexOf('passed'));
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    // Stored in the order they happened, with UTC millisecond timestamps.
    const times = statements.map((s) => s.timestamp);
    expect(times.every((t) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(t))).toBe(true);
    expect([...times].sort()).toEqual(times);
    for (const s of statements) {
      expect(s.actor).toEqual({ objectType: 'Agent', name: 'Jane Doe', mbox: 'mailto:jane@example.org' });
      expect(s.context?.registration).toBe(registration);
    }
    const course42 = statements.filter((s) => s.object.id === ACTIVITY).map(verb);
    expect(course42).toEqual(expect.arrayContaining(['initialized', 'progressed', 'completed', 'passed', 'terminated']));

    const passed = statements.find((s) => verb(s) === 'passed');
    expect(passed?.result).toMatchObject({ success: true, score: { scaled: 1, raw: 100, min: 0, max: 100 } });
    expect(passed?.result?.['duration']).toMatch(/^PT/);
    expect(statements.at(-1)?.result?.['duration']).toMatch(/^PT(\d+M)?[\d.]+S$/);

    const pick = statements.find((s) => verb(s) === 'answered' && s.object.id === `${ACTIVITY}/questions/kc-pick-two`);
    expect(pick?.object.definition).toMatchObject({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'choice',
      correctResponsesPattern: ['a[,]c'],
      choices: [
        { id: 'a', description: { en: 'Note what you saw' } },
        { id: 'b', description: { en: 'Confront the person' } },
        { id: 'c', description: { en: 'Report it' } },
      ],
    });
    expect(pick?.result).toMatchObject({ response: 'a[,]c', success: true });
    const trueFalse = statements.find((s) => s.object.id === `${ACTIVITY}/questions/kc-any-community`);
    expect(trueFalse?.object.definition).toMatchObject({ interactionType: 'true-false', correctResponsesPattern: ['true'] });
    expect(trueFalse?.result?.['response']).toBe('true');

    // One experienced per page shown, in the order shown; progress only grows.
    const pages = statements.filter((s) => verb(s) === 'experienced').map((s) => s.object.id.replace(`${ACTIVITY}/pages/`, ''));
    expect(pages.slice(0, 5)).toEqual(['m1s1', 'm1s2', 'm1s3', 'm1s4', 'm2s1']);
    const progress = statements.filter((s) => verb(s) === 'progressed').map((s) => s.result?.['extensions'] as Record<string, number>);
    const values = progress.map((extensions) => Object.values(extensions)[0] as number);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    expect(values.at(-1)).toBe(100);
    expect(course.pageErrors).toEqual([]);
  });

  test('loses and duplicates nothing when the LRS refuses the first requests and drops a connection', async () => {
    const lrs = await newLrs();
    const course = await LaunchedCourse.open(built.dir, tinCanQuery(lrs, randomUUID()));
    lrs.refuseNext(3);
    lrs.dropNextConnection();
    await completeCourse(course);
    await eventually(() => lrs.verbs().includes('terminated') && lrs.statements.length >= 20, 20000, 'every statement after the faults').catch((error) => {
      console.log(lrs.verbs(), lrs.requests.map((r) => `${r.method} ${r.path} ${r.status}`));
      throw error;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(lrs.requests.filter((r) => r.status === 503)).toHaveLength(3);
    expect(lrs.requests.filter((r) => r.status === 0)).toHaveLength(1);
    expect(lrs.refusals).toEqual([]);
    const statements = lrs.statements;
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    const verbs = statements.map(verb);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    expect(verbs.filter((v) => v === 'answered')).toHaveLength(4);
    expect(verbs.filter((v) => v === 'passed')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
    expect([...statements.map((s) => s.timestamp)].sort()).toEqual(statements.map((s) => s.timestamp));
    // Nothing is left waiting in the browser.
    expect(Object.keys(course.storage().local).filter((key) => key.startsWith('cease:lrs-queue'))).toEqual([]);
  }, 30000);

  test('resumes on the bookmark kept in the State API, in another browser, without answering again', async () => {
    const lrs = await newLrs();
    const registration = randomUUID();
    const first = await LaunchedCourse.open(built.dir, tinCanQuery(lrs, registration));
    const learner = new Learner(first.window, built.course);
    learner.next();
    learner.next();
    learner.choose('kc-any-community', ['b']);
    learner.check('kc-any-community');
    await pause();
    first.close();
    await eventually(() => lrs.verbs().includes('terminated') && lrs.states.size === 1, 10000, 'the first session');

    // Another browser: nothing local, so the bookmark can only come from the LRS.
    const second = await LaunchedCourse.open(built.dir, tinCanQuery(lrs, registration));
    const again = new Learner(second.window, built.course);
    expect(again.heading()).toBe('Check yourself');
    expect(again.checked('kc-any-community')).toEqual(['b']);
    second.close();
    await eventually(() => lrs.verbs().filter((v) => v === 'terminated').length === 2, 10000, 'the second session');
    expect(lrs.verbs().filter((v) => v === 'initialized')).toHaveLength(2);
    expect(lrs.verbs().filter((v) => v === 'answered')).toHaveLength(1);
    expect(lrs.refusals).toEqual([]);
  });

  test('keeps statements made offline in the browser and delivers them, once, at the next launch', async () => {
    const lrs = await newLrs();
    const query = tinCanQuery(lrs, randomUUID());
    const first = await LaunchedCourse.open(built.dir, query);
    await eventually(() => lrs.verbs().includes('experienced'), 5000, 'the first page');
    lrs.refuseNext(10000);
    const learner = new Learner(first.window, built.course);
    learner.next();
    learner.next();
    learner.choose('kc-any-community', ['a']);
    learner.check('kc-any-community');
    await pause();
    first.close();
    const waiting = Object.entries(first.storage().local).find(([key]) => key.startsWith('cease:lrs-queue'));
    expect(JSON.parse(waiting?.[1] ?? '{}').statements.map(verb)).toEqual(expect.arrayContaining(['answered', 'terminated']));
    expect(lrs.verbs()).not.toContain('answered');

    lrs.refuseNext(0);
    const second = await LaunchedCourse.open(built.dir, query, first.storage());
    await eventually(() => lrs.verbs().filter((v) => v === 'initialized').length === 2, 10000, 'the queued statements');
    const verbs = lrs.verbs();
    // The first session's statements arrive before the second session's, each once.
    expect(verbs.slice(0, verbs.lastIndexOf('initialized'))).toEqual([
      'initialized', 'experienced', 'progressed', 'experienced', 'progressed', 'experienced', 'progressed', 'answered', 'terminated',
    ]);
    expect(verbs.filter((v) => v === 'answered')).toHaveLength(1);
    expect(verbs.indexOf('terminated')).toBeLessThan(verbs.lastIndexOf('initialized'));
    expect(new Set(lrs.statements.map((s) => s.id)).size).toBe(lrs.statements.length);
    // The bookmark written offline wins over the older one in the LRS.
    expect(new Learner(second.window, built.course).heading()).toBe('Check yourself');
    second.close();
  });

  test('without an endpoint in the launch, says so and keeps progress in this browser', async () => {
    const course = await LaunchedCourse.open(built.dir, {});
    expect(course.window.document.getElementById('cease-notices')?.textContent).toBe(built.course.strings.standaloneNotice);
  });

  test('with an endpoint but no usable actor, says the platform cannot be reached instead of failing silently', async () => {
    const lrs = await newLrs();
    const course = await LaunchedCourse.open(built.dir, { endpoint: lrs.endpoint, auth: lrs.basicAuth(), actor: '{"name":"nobody"}' });
    expect(course.window.document.getElementById('cease-notices')?.textContent).toBe(built.course.strings.lmsUnreachableNotice);
    expect(lrs.requests).toEqual([]);
  });
});
