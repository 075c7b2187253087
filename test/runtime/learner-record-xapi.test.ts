import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { Learner } from '../helpers/learner.js';
import { eventually, LaunchedCourse } from '../helpers/lrs-launch.js';
import type { TestLrs } from '../helpers/lrs.js';
import { lrsPerFile } from '../helpers/lrs-per-file.js';
import { builtPackage, type BuiltPackage } from './xapi-package.js';

let built: BuiltPackage;
const newLrs = lrsPerFile();

beforeAll(async () => {
  built = await builtPackage('xapi');
});



const ACTIVITY = 'https://lms.test/activities/course-42';

function launchQuery(lrs: TestLrs, registration: string, activity = ACTIVITY): Record<string, string> {
  return {
    endpoint: lrs.endpoint,
    auth: lrs.basicAuth(),
    actor: JSON.stringify({ objectType: 'Agent', mbox: 'mailto:jane@example.org', name: 'Jane Doe' }),
    registration,
    activity_id: activity,
  };
}

const pause = (ms = 25) => new Promise((resolve) => setTimeout(resolve, ms));
const notices = (launched: LaunchedCourse) => launched.window.document.getElementById('cease-notices')?.textContent ?? '';
const forRegistration = (lrs: TestLrs, registration: string) => lrs.statements.filter((s) => s.context?.registration === registration);
const verbsOf = (statements: { verb: { id: string } }[]) => statements.map((s) => s.verb.id.replace(/^.*\//, ''));

/** Every screen, both knowledge checks and a passing assessment, at a human pace. */
async function passCourse(launched: LaunchedCourse, exit = true): Promise<void> {
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
    ...(exit ? [() => learner.exit()] : []),
  ];
  for (const step of steps) {
    step();
    await pause();
  }
}

describe('the xAPI record with an LRS that keeps statements only (no State API)', () => {
  test('a new registration in the same browser starts afresh and sends no result it did not earn', async () => {
    const lrs = await newLrs();
    lrs.noStateApi = true;
    const lastYear = randomUUID();
    const first = await LaunchedCourse.open(built.dir, launchQuery(lrs, lastYear));
    await passCourse(first);
    await eventually(() => verbsOf(forRegistration(lrs, lastYear)).includes('terminated'), 10000, 'the first visit');
    expect(verbsOf(forRegistration(lrs, lastYear))).toEqual(expect.arrayContaining(['completed', 'passed']));

    // Next year's refresher: a new registration, the same browser.
    const refresher = randomUUID();
    const second = await LaunchedCourse.open(built.dir, launchQuery(lrs, refresher), first.storage());
    const learner = new Learner(second.window, built.course);
    expect(learner.heading()).not.toBe(built.course.strings.resultTitle);
    expect(learner.heading()).toBe('The basics');
    await pause(300);
    expect(verbsOf(forRegistration(lrs, refresher))).not.toContain('passed');
    expect(verbsOf(forRegistration(lrs, refresher))).not.toContain('completed');
  });

  test('says only what is true: results reach the LRS, the place in the course is kept in this browser', async () => {
    const lrs = await newLrs();
    lrs.noStateApi = true;
    const registration = randomUUID();
    const first = await LaunchedCourse.open(built.dir, launchQuery(lrs, registration));
    const learner = new Learner(first.window, built.course);
    learner.next();
    await eventually(() => notices(first) !== '', 5000, 'a notice');
    expect(notices(first)).toBe(built.course.strings.placeKeptHereNotice);
    expect(notices(first)).not.toContain(built.course.strings.saveFailedNotice);
    learner.next();
    await pause(100);
    first.close();

    const again = await LaunchedCourse.open(built.dir, launchQuery(lrs, registration), first.storage());
    expect(new Learner(again.window, built.course).heading()).toBe('Check yourself');
  });
});

describe('the xAPI record when the LRS is down at launch', () => {
  test('the next launch that reaches the LRS delivers the visit: answers, completion, pass and bookmark, once each', async () => {
    const lrs = await newLrs();
    const registration = randomUUID();
    lrs.down = true;
    const offline = await LaunchedCourse.open(built.dir, launchQuery(lrs, registration));
    expect(notices(offline)).toBe(built.course.strings.lmsUnreachableNotice);
    await passCourse(offline, false);
    new Learner(offline.window, built.course).previous();
    await pause();
    offline.close();
    expect(lrs.statements).toEqual([]);

    lrs.down = false;
    const online = await LaunchedCourse.open(built.dir, launchQuery(lrs, registration), offline.storage());
    expect(new Learner(online.window, built.course).heading()).toBe('Question 2 of 2');
    await eventually(() => verbsOf(lrs.statements).includes('passed'), 10000, 'the pass');
    await pause(300);
    const verbs = verbsOf(lrs.statements);
    expect(verbs.filter((v) => v === 'answered')).toHaveLength(4);
    expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'passed')).toHaveLength(1);
    expect(lrs.refusals).toEqual([]);
    expect(notices(online)).toBe('');
    // The answers keep the time they were given, not the time they were delivered.
    const answered = lrs.statements.filter((s) => s.verb.id.endsWith('/answered'));
    expect(Math.min(...answered.map((s) => Date.parse(s.timestamp)))).toBeLessThan(Date.parse(lrs.statements[0]?.timestamp ?? ''));
  });

  test('a copy from another registration is never delivered', async () => {
    const lrs = await newLrs();
    lrs.down = true;
    const offline = await LaunchedCourse.open(built.dir, launchQuery(lrs, randomUUID()));
    await passCourse(offline, false);
    offline.close();

    lrs.down = false;
    const other = randomUUID();
    const online = await LaunchedCourse.open(built.dir, launchQuery(lrs, other), offline.storage());
    expect(new Learner(online.window, built.course).heading()).toBe('The basics');
    await pause(300);
    expect(verbsOf(lrs.statements)).toEqual(['initialized', 'experienced', 'progressed']);
  });
});

describe('the xAPI record when the LRS refuses statements', () => {
  test('an activity id that is not a valid IRI: the learner is told the record may be incomplete, and the notice stays', async () => {
    const lrs = await newLrs();
    const launched = await LaunchedCourse.open(built.dir, launchQuery(lrs, randomUUID(), 'https://lms.test/activities/San José'));
    await eventually(() => lrs.refusals.length > 0, 5000, 'a refusal');
    await eventually(() => notices(launched) !== '', 5000, 'a notice');
    expect(notices(launched)).toBe(built.course.strings.recordRefusedNotice);
    const learner = new Learner(launched.window, built.course);
    learner.next();
    await pause(2500);
    expect(notices(launched)).toBe(built.course.strings.recordRefusedNotice);
    expect(lrs.statements).toEqual([]);
  });
});
