/**
 * Format × fault × moment: whatever fails and whenever, once the platform
 * works again the record it holds is never lower than what the learner
 * earned, a pass is recorded exactly once, and nothing is sent that a strict
 * platform refuses (a cmi5 LMS: anything after terminated, or in a session it
 * abandoned when the next one was launched).
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import type { PlayerCourse } from '../../src/model/player.js';
import { Learner, settle } from '../helpers/learner.js';
import type { Lms12, Cmi, LmsOptions } from '../helpers/lms12.js';
import { openCourse2004, type Lms2004, type Lms2004Options } from '../helpers/lms2004.js';
import { LaunchedCourse, eventually, type Storage } from '../helpers/lrs-launch.js';
import { Cmi5Registration } from '../helpers/cmi5-registration.js';
import type { TestLrs } from '../helpers/lrs.js';
import { lrsPerFile } from '../helpers/lrs-per-file.js';
import { openCourse } from '../helpers/open-course.js';
import { playerFixture } from '../helpers/player-package.js';
import { builtPackage, type BuiltPackage } from './xapi-package.js';

type Fault = 'saving fails' | 'unreachable at launch' | 'reads fail';
type Moment = 'during the lessons' | 'after passing';

interface Visit {
  learner: Learner;
  /** The window goes away without Exit. */
  close(): void;
  exit(): Promise<void>;
}

interface Platform {
  open(fault: Fault | null): Promise<Visit>;
  lessons(learner: Learner): void;
  pass(learner: Learner): void;
  /** What the platform says of the learner now. */
  status(): Promise<'passed' | 'not passed'>;
  /** How often a pass reached it (SCORM keeps one status: 1 once passed). */
  passes(): number;
  refusals(): string[];
}

const pause = (ms = 25) => new Promise((resolve) => setTimeout(resolve, ms));
let scormCourse: PlayerCourse;
const built: Partial<Record<'xapi' | 'cmi5', BuiltPackage>> = {};
const newLrs = lrsPerFile();

beforeAll(async () => {
  scormCourse = await playerFixture('course');
  built.xapi = await builtPackage('xapi');
  built.cmi5 = await builtPackage('cmi5');
});


/** A SCORM LMS keeps one status: what it stored says whether the pass reached it. */
function scorm(version: '1.2' | '2004'): Platform {
  let cmi: Cmi = {};
  let storage: Record<string, string> = {};
  let lms: Lms12 | Lms2004 | null = null;
  const faults: Record<Fault, LmsOptions & Lms2004Options> = {
    'saving fails': { failCommit: () => 'false' },
    'unreachable at launch': { failInitialize: true },
    'reads fail': { failGetValue: () => 'error' },
  };
  const passed = () => (version === '1.2' ? lms?.stored('cmi.core.lesson_status') : lms?.stored('cmi.success_status')) === 'passed';
  return {
    async open(fault) {
      const options = { cmi, localStorage: storage, ...(fault ? faults[fault] : {}) };
      const launched = version === '1.2' ? await openCourse(scormCourse, options) : await openCourse2004(scormCourse, options);
      lms = launched.lms;
      const current = launched.lms;
      const close = () => {
        current.close();
        cmi = current.snapshot();
        storage = current.localStorage();
      };
      return {
        learner: launched.learner,
        close,
        exit: async () => {
          launched.learner.exit();
          await settle();
          close();
        },
      };
    },
    lessons: (learner) => {
      learner.next();
      learner.choose('kc-anyone', ['a']);
      learner.check('kc-anyone');
      learner.next();
    },
    pass: (learner) => void learner.takeAssessment([true, true, true]),
    status: async () => (passed() ? 'passed' : 'not passed'),
    passes: () => (passed() ? 1 : 0),
    refusals: () => lms?.violations ?? [],
  };
}

function lrsPlatform(format: 'xapi' | 'cmi5'): Platform {
  const actor = { objectType: 'Agent', account: { homePage: 'https://lms.test', name: 'learner-9' }, name: 'Sam Roe' };
  const registration = randomUUID();
  const activityId = `https://lms.test/activities/${randomUUID()}`;
  let lrs!: TestLrs;
  let cmi5!: Cmi5Registration;
  let storage: Partial<Storage> = {};
  const ready = (async () => {
    lrs = await newLrs();
    cmi5 = new Cmi5Registration(lrs, actor);
  })();
  const query = (): Record<string, string> =>
    format === 'xapi' ? { endpoint: lrs.endpoint, auth: lrs.basicAuth(), actor: JSON.stringify(actor), registration, activity_id: activityId } : cmi5.launch();
  const ofThisRegistration = () => (format === 'xapi' ? registration : cmi5.registration);
  const passedStatements = () => lrs.statements.filter((s) => s.verb.id.endsWith('/passed') && s.context?.registration === ofThisRegistration());
  return {
    async open(fault) {
      await ready;
      lrs.down = fault === 'unreachable at launch' || fault === 'reads fail';
      const launched = await LaunchedCourse.open((built[format] as BuiltPackage).dir, query(), storage);
      if (fault === 'saving fails') lrs.down = true;
      const learner = new Learner(launched.window, (built[format] as BuiltPackage).course);
      const end = () => {
        storage = launched.storage();
        lrs.down = false;
      };
      return {
        learner,
        close: () => {
          launched.close();
          end();
        },
        exit: async () => {
          learner.exit();
          await eventually(() => lrs.verbs().filter((v) => v === 'terminated').length > 0, 10000, 'terminated');
          await pause(500);
          launched.close();
          end();
        },
      };
    },
    lessons: (learner) => {
      learner.next();
      learner.next();
      learner.choose('kc-any-community', ['a']);
      learner.check('kc-any-community');
      learner.next();
    },
    pass: (learner) => void learner.takeAssessment([true, true]),
    async status() {
      await eventually(() => passedStatements().length > 0, 5000, 'the pass').catch(() => undefined);
      return passedStatements().length > 0 ? 'passed' : 'not passed';
    },
    passes: () => passedStatements().length,
    refusals: () => lrs.refusals,
  };
}

const platforms: Record<string, () => Platform> = { 'SCORM 1.2': () => scorm('1.2'), 'SCORM 2004': () => scorm('2004'), xAPI: () => lrsPlatform('xapi'), cmi5: () => lrsPlatform('cmi5') };
const cases: [string, Fault, Moment][] = [];
for (const format of Object.keys(platforms)) {
  for (const fault of ['saving fails', 'unreachable at launch', 'reads fail'] as Fault[]) {
    if (fault === 'reads fail' && !format.startsWith('SCORM')) continue;
    for (const moment of ['during the lessons', 'after passing'] as Moment[]) cases.push([format, fault, moment]);
  }
}

describe('the record after a fault', () => {
  test.each(cases)('%s, %s, window closed %s: the next working launch leaves the record right', async (format, fault, moment) => {
    const platform = (platforms[format] as () => Platform)();
    const faulty = await platform.open(fault);
    platform.lessons(faulty.learner);
    await pause();
    if (moment === 'after passing') platform.pass(faulty.learner);
    await pause(100);
    faulty.close();
    // The learner comes back later: what the closing page sent has arrived.
    await pause(300);

    const working = await platform.open(null);
    if (working.learner.heading() === scormCourse.strings.claimTitle) working.learner.press(scormCourse.strings.claimYes);
    await pause(100);
    await working.exit();

    expect(await platform.status()).toBe(moment === 'after passing' ? 'passed' : 'not passed');
    expect(platform.passes()).toBe(moment === 'after passing' ? 1 : 0);
    expect(platform.refusals()).toEqual([]);
  });
});
