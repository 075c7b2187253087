import { beforeAll, describe, expect, test } from 'vitest';
import { Learner } from '../helpers/learner.js';
import { eventually, LaunchedCourse } from '../helpers/lrs-launch.js';
import { Cmi5Registration } from '../helpers/cmi5-registration.js';
import type { TestLrs, StoredStatement } from '../helpers/lrs.js';
import { lrsPerFile } from '../helpers/lrs-per-file.js';
import { builtPackage, type BuiltPackage } from './xapi-package.js';

let built: BuiltPackage;
const newLrs = lrsPerFile();

beforeAll(async () => {
  built = await builtPackage('cmi5');
});


const CMI5 = 'https://w3id.org/xapi/cmi5/context/';
const SESSION = `${CMI5}extensions/sessionid`;
const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.test', name: 'learner-7' }, name: 'Jane Doe' };
const AU = 'https://cease.invalid/courses/fixture-testville/au';

interface Cmi5Launch {
  lrs: TestLrs;
  query: Record<string, string>;
  activityId: string;
  sessionId: string;
  /** What the LMS does for the next launch of the same registration: a new session id in LMS.LaunchData and a new fetch URL. */
  relaunch(): Record<string, string>;
}

/** A cmi5 LMS's first launch of a new registration, and its next ones (`relaunch`). */
async function prepareLaunch(launchData: Record<string, unknown> = {}): Promise<Cmi5Launch> {
  const lrs = await newLrs();
  const lms = new Cmi5Registration(lrs, ACTOR, { contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: AU }] } }, ...launchData });
  const query = lms.launch();
  return { lrs, query, activityId: lms.activityId, sessionId: lms.sessions[0] as string, relaunch: () => lms.launch() };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 25));
const verb = (s: StoredStatement) => s.verb.id.replace(/^.*\//, '');
const categories = (s: StoredStatement) => (s.context?.contextActivities?.['category'] ?? []).map((a) => a.id.replace(`${CMI5}categories/`, ''));

async function play(launched: LaunchedCourse, steps: ((learner: Learner) => void)[]): Promise<void> {
  const learner = new Learner(launched.window, built.course);
  for (const step of steps) {
    step(learner);
    await pause();
  }
}

const throughTheLessons: ((learner: Learner) => void)[] = [
  (l) => l.next(),
  (l) => l.next(),
  (l) => l.choose('kc-any-community', ['a']),
  (l) => l.check('kc-any-community'),
  (l) => l.next(),
  (l) => l.next(),
];

describe('a cmi5 AU', () => {
  test('follows the cmi5 statement rules from initialized to terminated on a passing visit', async () => {
    const { lrs, query, activityId, sessionId } = await prepareLaunch();
    const course = await LaunchedCourse.open(built.dir, query);
    await play(course, [...throughTheLessons, (l) => l.takeAssessment([true, true]), (l) => l.exit()]);
    await eventually(() => lrs.verbs().includes('terminated'), 10000, 'terminated');

    expect(lrs.refusals).toEqual([]);
    expect(lrs.count('POST', '/fetch/')).toBe(1);
    const statements = lrs.statements;
    const verbs = statements.map(verb);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    for (const once of ['initialized', 'completed', 'passed', 'terminated']) expect(verbs.filter((v) => v === once), once).toHaveLength(1);
    expect(verbs).not.toContain('failed');
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect([...statements.map((s) => s.timestamp)].sort()).toEqual(statements.map((s) => s.timestamp));
    for (const s of statements) {
      // The context template in every statement, unchanged; the launch's actor and registration.
      expect(s.context?.extensions?.[SESSION]).toBe(sessionId);
      expect(s.context?.contextActivities?.['grouping']?.[0]?.id).toBe(AU);
      expect(s.context?.registration).toBe(query.registration);
      expect(s.actor).toEqual(ACTOR);
      expect(s.timestamp).toMatch(/Z$/);
      const defined = ['initialized', 'completed', 'passed', 'failed', 'terminated'].includes(verb(s));
      // cmi5 §9.6.2: the cmi5 category on cmi5-defined statements only; moveon where result has success or completion.
      expect(categories(s).includes('cmi5'), verb(s)).toBe(defined);
      const judged = s.result?.['success'] !== undefined || s.result?.['completion'] !== undefined;
      expect(categories(s).includes('moveon'), verb(s)).toBe(judged && verb(s) !== 'answered');
      if (defined) expect(s.object.id).toBe(activityId);
    }
    const completed = statements.find((s) => verb(s) === 'completed');
    expect(completed?.result).toEqual({ completion: true, duration: expect.stringMatching(/^PT/) });
    const passed = statements.find((s) => verb(s) === 'passed');
    expect(passed?.result).toMatchObject({ success: true, score: { scaled: 1 }, duration: expect.stringMatching(/^PT/) });
    expect(passed?.context?.extensions?.[`${CMI5}extensions/masteryscore`]).toBe(0.5);
    expect(statements.at(-1)?.result?.['duration']).toMatch(/^PT/);
    // No progress on or after completed (cmi5 §9.5.5.1).
    expect(verbs.slice(verbs.indexOf('completed')).filter((v) => v === 'progressed')).toEqual([]);
    // Answers are cmi5 "allowed" statements: between initialized and terminated, without the cmi5 category.
    expect(verbs.filter((v) => v === 'answered')).toHaveLength(3);
    expect(course.pageErrors).toEqual([]);
  });

  test('survives a reload: the token comes from sessionStorage, fetch is not called again, initialized is not repeated', async () => {
    const { lrs, query } = await prepareLaunch();
    const first = await LaunchedCourse.open(built.dir, query);
    await play(first, throughTheLessons.slice(0, 4));
    // Commits are at most one per 2 s; wait for the one that carries the bookmark.
    const bookmarked = () => [...lrs.states.values()].some((doc) => (doc as { location?: string }).location === 'm1s3');
    await eventually(() => lrs.verbs().includes('answered') && bookmarked(), 5000, 'the answer and the bookmark');
    // A reload the page did not see coming (crash, frozen tab): no pagehide.
    const storage = first.storage();
    first.window.close();

    const reloaded = await LaunchedCourse.open(built.dir, query, storage);
    expect(new Learner(reloaded.window, built.course).heading()).toBe('Check yourself');
    await play(reloaded, [(l) => l.next(), (l) => l.next(), (l) => l.takeAssessment([true, true]), (l) => l.exit()]);
    await eventually(() => lrs.verbs().includes('terminated'), 10000, 'terminated');

    expect(lrs.count('POST', '/fetch/')).toBe(1);
    expect(lrs.requests.filter((r) => r.status === 401)).toEqual([]);
    const verbs = lrs.verbs();
    for (const once of ['initialized', 'completed', 'passed', 'terminated']) expect(verbs.filter((v) => v === once), once).toHaveLength(1);
    expect(verbs.at(-1)).toBe('terminated');
    expect(lrs.refusals).toEqual([]);
    expect(reloaded.pageErrors).toEqual([]);
  });

  test('after a reload that ended the session, says at once that the window no longer records, and the next launch records the pass', async () => {
    const { lrs, query, relaunch } = await prepareLaunch();
    const first = await LaunchedCourse.open(built.dir, query);
    await play(first, throughTheLessons.slice(0, 2));
    first.close();
    await eventually(() => lrs.verbs().includes('terminated'), 5000, 'terminated');
    const before = lrs.statements.length;

    // The same launch URL, reloaded: the session ended with pagehide.
    const reloaded = await LaunchedCourse.open(built.dir, query, first.storage());
    const stale = new Learner(reloaded.window, built.course);
    expect(stale.heading()).toBe(built.course.strings.sessionEndedTitle);
    expect(stale.text()).toContain(built.course.strings.sessionEndedBody);
    // Nothing there can look like progress: no navigation, no questions.
    expect(reloaded.window.document.querySelectorAll('#cease-main input, #cease-main button')).toHaveLength(0);
    expect(reloaded.window.document.getElementById('cease-next')?.hidden).toBe(true);
    reloaded.close();
    await pause();
    expect(lrs.statements.length).toBe(before);
    expect(lrs.count('POST', '/fetch/')).toBe(1);

    // Opened again from the LMS: a new session resumes where the first stopped and records the pass.
    const relaunched = await LaunchedCourse.open(built.dir, relaunch(), reloaded.storage());
    expect(new Learner(relaunched.window, built.course).heading()).toBe('Check yourself');
    await play(relaunched, [...throughTheLessons.slice(2), (l) => l.takeAssessment([true, true]), (l) => l.exit()]);
    await eventually(() => lrs.verbs().filter((v) => v === 'terminated').length === 2, 10000, 'the second terminated');
    expect(lrs.verbs().filter((v) => v === 'passed')).toHaveLength(1);
    expect(lrs.verbs().filter((v) => v === 'completed')).toHaveLength(1);
    expect(lrs.refusals).toEqual([]);
  });

  test.each(['Exit', 'a closing page'])('sends every statement once, terminated last, when %s comes while a statement is still on its way', async (ending) => {
    const { lrs, query } = await prepareLaunch();
    const course = await LaunchedCourse.open(built.dir, query);
    await play(course, throughTheLessons.slice(0, 3));
    lrs.slowReplies = 400;
    const learner = new Learner(course.window, built.course);
    learner.check('kc-any-community');
    learner.next();
    // The answer's PUT is in flight, unanswered, when the session ends.
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (ending === 'Exit') learner.exit();
    else course.close();
    await eventually(() => lrs.verbs().includes('terminated'), 10000, 'terminated');
    await new Promise((resolve) => setTimeout(resolve, 1000));

    expect(lrs.refusals).toEqual([]);
    const ids = lrs.statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(lrs.verbs().at(-1)).toBe('terminated');
    expect(lrs.verbs().filter((v) => v === 'terminated')).toHaveLength(1);
  });

  test('a page brought back from the back-forward cache after its session ended records nothing and says so', async () => {
    const { lrs, query } = await prepareLaunch();
    const course = await LaunchedCourse.open(built.dir, query);
    await play(course, throughTheLessons.slice(0, 2));
    const window = course.window;
    const { PageTransitionEvent } = window as unknown as typeof globalThis;
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await eventually(() => lrs.verbs().includes('terminated'), 5000, 'terminated');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    const learner = new Learner(window, built.course);
    expect(learner.heading()).toBe(built.course.strings.sessionEndedTitle);
    expect(window.document.getElementById('cease-next')?.hidden).toBe(true);
  });

  test('an LMS that lets the AU write but not read statements: answers a closing page may already have delivered are not sent again', async () => {
    const { lrs, query, relaunch } = await prepareLaunch();
    lrs.noStatementReads = true;
    const first = await LaunchedCourse.open(built.dir, query);
    await play(first, throughTheLessons.slice(0, 3));
    lrs.slowReplies = 300;
    new Learner(first.window, built.course).check('kc-any-community');
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The answer has arrived, but the window is gone before it hears so.
    first.close();
    await eventually(() => lrs.verbs().includes('terminated'), 5000, 'terminated');
    expect(lrs.verbs().filter((v) => v === 'answered')).toHaveLength(1);

    const again = await LaunchedCourse.open(built.dir, relaunch(), first.storage());
    await play(again, [(l) => l.next()]);
    await pause();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(lrs.verbs().filter((v) => v === 'answered')).toHaveLength(1);
    expect(again.pageErrors).toEqual([]);
  });

  test('a relaunch of the same registration in the same tab is a new session: it fetches its own token and initializes again', async () => {
    const { lrs, query, relaunch } = await prepareLaunch();
    const first = await LaunchedCourse.open(built.dir, query);
    await play(first, [...throughTheLessons.slice(0, 2), (l) => l.exit()]);
    await eventually(() => lrs.verbs().includes('terminated'), 5000, 'terminated');

    // The LMS launches again with a new one-time fetch URL; the tab's sessionStorage is the old one.
    const relaunched = await LaunchedCourse.open(built.dir, relaunch(), first.storage());
    await play(relaunched, [(l) => l.next(), (l) => l.exit()]);
    await eventually(() => lrs.verbs().filter((v) => v === 'terminated').length === 2, 5000, 'the second terminated');

    expect(lrs.count('POST', '/fetch/')).toBe(2);
    expect(lrs.verbs().filter((v) => v === 'initialized')).toHaveLength(2);
    expect(lrs.refusals).toEqual([]);
    expect(relaunched.pageErrors).toEqual([]);
  });

  test('sends one judgment per session: a failed attempt followed by a passing retry is reported as passed only', async () => {
    const { lrs, query } = await prepareLaunch();
    const course = await LaunchedCourse.open(built.dir, query);
    await play(course, [...throughTheLessons, (l) => l.takeAssessment([false, false]), (l) => l.press(built.course.strings.retry), (l) => l.takeAssessment([true, true]), (l) => l.exit()]);
    await eventually(() => lrs.verbs().includes('terminated'), 10000, 'terminated');
    const verbs = lrs.verbs();
    expect(verbs.filter((v) => v === 'passed')).toHaveLength(1);
    expect(verbs).not.toContain('failed');
    expect(lrs.refusals).toEqual([]);
  });

  test('reports failed once, just before terminated, when the learner ends without passing', async () => {
    const { lrs, query } = await prepareLaunch();
    const course = await LaunchedCourse.open(built.dir, query);
    await play(course, [...throughTheLessons, (l) => l.takeAssessment([false, false]), (l) => l.exit()]);
    await eventually(() => lrs.verbs().includes('terminated'), 10000, 'terminated');
    const verbs = lrs.verbs();
    expect(verbs.slice(-2)).toEqual(['failed', 'terminated']);
    const failed = lrs.statements.find((s) => verb(s) === 'failed');
    expect(failed?.result).toMatchObject({ success: false, score: { scaled: 0, raw: 0, min: 0, max: 100 } });
    expect(categories(failed as StoredStatement)).toEqual(['cmi5', 'moveon']);
    expect(lrs.refusals).toEqual([]);
  });

  test('in Browse mode reports what was seen and answered, but no completion or judgment', async () => {
    const { lrs, query } = await prepareLaunch({ launchMode: 'Browse' });
    const course = await LaunchedCourse.open(built.dir, query);
    await play(course, [...throughTheLessons, (l) => l.takeAssessment([true, true]), (l) => l.exit()]);
    await eventually(() => lrs.verbs().includes('terminated'), 10000, 'terminated');
    const verbs = lrs.verbs();
    expect(verbs).toContain('answered');
    expect(verbs.filter((v) => ['completed', 'passed', 'failed'].includes(v))).toEqual([]);
  });

  test('refuses to track without LMS.LaunchData or with a used fetch URL, and says the platform cannot be reached', async () => {
    const { lrs, query } = await prepareLaunch();
    lrs.states.clear();
    const course = await LaunchedCourse.open(built.dir, query);
    expect(course.window.document.getElementById('cease-notices')?.textContent).toBe(built.course.strings.lmsUnreachableNotice);
    const again = await LaunchedCourse.open(built.dir, query);
    expect(again.window.document.getElementById('cease-notices')?.textContent).toBe(built.course.strings.lmsUnreachableNotice);
    expect(lrs.statements).toEqual([]);
  });

  test('goes to returnURL on Exit once terminated has been sent', async () => {
    const { lrs, query } = await prepareLaunch({ returnURL: 'https://lms.test/course-list' });
    const course = await LaunchedCourse.open(built.dir, query);
    await play(course, [(l) => l.exit()]);
    await eventually(() => course.pageErrors.some((e) => e.includes('navigation')), 5000, 'the redirect');
    // jsdom cannot navigate and says so; the attempt came after terminated reached the LRS.
    expect(lrs.verbs().at(-1)).toBe('terminated');
  });
});

