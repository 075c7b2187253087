/**
 * SCORM 1.2 failures seen with real LMSs, replayed against the bundled
 * player in the strict test LMS. Each test names the LMS behaviour it
 * stands for; scorm12-lms-quirks.test.ts holds the ones found earlier.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { cleanLaunches } from '../helpers/clean-launches.js';
import type { PlayerCourse } from '../../src/model/player.js';
import { Learner, settle } from '../helpers/learner.js';
import { Lms12, type LmsOptions } from '../helpers/lms12.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundledRuntime, playerFixture, writePlayerPackage } from '../helpers/player-package.js';
import { noticesOf } from '../helpers/open-course.js';

let course: PlayerCourse;
let noAssessment: PlayerCourse;
const enrol = cleanLaunches<Lms12>();
const packages = new Map<PlayerCourse, Promise<string>>();

beforeAll(async () => {
  course = await playerFixture('course');
  noAssessment = await playerFixture('no-assessment');
});

interface OpenOptions extends LmsOptions {
  /** Changes the API object before the course finds it, as an LMS that behaves differently would. */
  patch?: (api: Lms12['api'], original: Lms12['api']) => void;
}

async function open(options: OpenOptions = {}, which: PlayerCourse = course) {
  if (!packages.has(which)) packages.set(which, writePlayerPackage(which));
  const lms = new Lms12(options);
  options.patch?.(lms.api, { ...lms.api });
  enrol(lms);
  const window = await lms.launch(await (packages.get(which) as Promise<string>));
  return { lms, learner: new Learner(window, which) };
}

const setValues = (lms: Lms12) => lms.calls.filter((call) => call.name === 'LMSSetValue').map((call) => call.args[0] as string);

/** The elements RTE 1.2 lets content read (Appendix A), of those cease needs. */
const READABLE_12 = [
  'cmi.core.student_id',
  'cmi.core.lesson_location',
  'cmi.core.credit',
  'cmi.core.lesson_status',
  'cmi.core.entry',
  'cmi.core.score.raw',
  'cmi.core.lesson_mode',
  'cmi.suspend_data',
  'cmi.student_data.mastery_score',
  'cmi.interactions._count',
];

describe('SCORM 1.2 LMSs that implement less', () => {
  // Open edX's XBlock did not expose the mode, and the course stored nothing (LiaScript-Exporter#35).
  test('tracks and judges when reading lesson_mode, credit or mastery_score throws', async () => {
    const missing = ['cmi.core.lesson_mode', 'cmi.core.credit', 'cmi.student_data.mastery_score'];
    const { lms, learner } = await open({
      patch: (api, original) => {
        api['LMSGetValue'] = (element) => {
          if (missing.includes(element)) throw new Error(`${element} is not supported`);
          return original['LMSGetValue']?.(element) ?? '';
        };
      },
    });
    learner.takeAssessment([true, true, true]);
    learner.exit();
    expect(lms.stored('cmi.core.lesson_status')).toBe('passed');
  });

  // LearnWorlds ignored the mastery score until an undocumented flag was set (LiaScript-Exporter#36);
  // without an LMS mastery score the status stayed "incomplete" (scorm-again#250).
  test.each([
    [[true, true, false], 'passed', '66.67'],
    [[true, false, false], 'failed', '33.33'],
  ])('judges %j by the course pass mark when the LMS mastery score is empty: %s', async (answers, status, raw) => {
    const { lms, learner } = await open({ cmi: { student_data: { mastery_score: '' } } });
    learner.takeAssessment(answers);
    expect(learner.text()).toContain('Pass mark: 60%');
    lms.close();
    expect(lms.stored('cmi.core.lesson_status')).toBe(status);
    expect(lms.stored('cmi.core.score.raw')).toBe(raw);
  });

  // ILIAS froze on every quiz submit because all progress was rewritten (LiaScript-Exporter#55).
  test('an assessment answer writes its eight interaction fields and the changed progress, reads nothing, commits at most once', async () => {
    const { lms, learner } = await open();
    learner.open('Question 1');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const before = lms.calls.length;
    learner.answer(true);
    learner.next();
    learner.answer(true);
    const calls = lms.calls.slice(before);
    const written = calls.filter((call) => call.name === 'LMSSetValue').map((call) => call.args[0] as string);
    expect(written.filter((element) => !element.startsWith('cmi.interactions.'))).toEqual([
      'cmi.suspend_data',
      'cmi.core.lesson_location',
      'cmi.suspend_data',
    ]);
    expect(written.filter((element) => element.startsWith('cmi.interactions.'))).toHaveLength(16);
    expect(calls.filter((call) => call.name === 'LMSCommit').length).toBeLessThanOrEqual(1);
    expect(calls.filter((call) => call.name === 'LMSGetValue')).toEqual([]);
  });

  // exelearning/iteexe#464: a wrapper called a 2004-only element in a 1.2 package.
  test('reads only SCORM 1.2 elements, only at launch, and writes nothing the strict 1.2 LMS refuses', async () => {
    const { lms, learner } = await open();
    learner.next();
    learner.choose('kc-anyone', ['a']);
    learner.check('kc-anyone');
    learner.takeAssessment([true, false, true]);
    learner.exit();
    const reads = lms.calls.filter((call) => call.name === 'LMSGetValue').map((call) => call.args[0] as string);
    expect(reads.filter((element) => !READABLE_12.includes(element))).toEqual([]);
    const firstWrite = lms.calls.findIndex((call) => call.name === 'LMSSetValue');
    expect(lms.calls.slice(firstWrite).filter((call) => call.name === 'LMSGetValue')).toEqual([]);
    expect(setValues(lms).filter((element) => !/^cmi\.(core|suspend_data|interactions)\b/.test(element))).toEqual([]);
  });

  test('the 1.2 runtime holds no SCORM 2004 API or element name, and the 2004 runtime no 1.2 one', async () => {
    const runtime = await bundledRuntime();
    const scorm12 = await readFile(join(runtime, 'scorm12.js'), 'utf8');
    const scorm2004 = await readFile(join(runtime, 'scorm2004.js'), 'utf8');
    for (const name of ['API_1484_11', 'cmi.completion_status', 'cmi.success_status', 'cmi.score.scaled', 'cmi.learner_id', 'adl.nav']) {
      expect(scorm12).not.toContain(name);
    }
    expect(scorm12).toContain('cmi.core.lesson_status');
    for (const name of ['LMSInitialize', 'cmi.core.', 'cmi.student_data']) expect(scorm2004).not.toContain(name);
    expect(scorm2004).toContain('cmi.completion_status');
  });
});

describe('SCORM 1.2 sessions cut short', () => {
  // Cornerstone refused Commit during unload and relied on the implicit commit of finishing (adapt_framework#2222).
  test('a Commit refused while the page closes still finishes, and LMSFinish keeps the progress', async () => {
    let closing = false;
    const { lms, learner } = await open({ failCommit: () => (closing ? 'false' : undefined) });
    learner.next();
    learner.next();
    closing = true;
    lms.close();
    const ending = lms.calls.filter((call) => call.name === 'LMSCommit' || call.name === 'LMSFinish').slice(-2);
    expect(ending.map((call) => `${call.name} ${call.result}`)).toEqual(['LMSCommit false', 'LMSFinish true']);
    expect(lms.stored('cmi.core.lesson_location')).toBe('m2s1');
    expect(lms.stored('cmi.core.exit')).toBe('suspend');
  });

  test('a Commit refused on Exit does not tell the learner their progress was lost when LMSFinish saved it', async () => {
    let exiting = false;
    const { lms, learner } = await open({ failCommit: () => (exiting ? 'false' : undefined) });
    learner.takeAssessment([true, true, true]);
    exiting = true;
    learner.exit();
    await settle();
    expect(lms.count('LMSFinish')).toBe(1);
    expect(lms.stored('cmi.core.lesson_status')).toBe('passed');
    expect(noticesOf(learner.document)).not.toContain(course.strings.saveFailedNotice);
    // Nothing is left in the browser to override what the LMS holds at the next launch.
    expect(lms.localStorage()).toEqual({});
  });

  // Chrome forbids the synchronous save of LMSFinish during dismissal, so it throws (scorm-again#472).
  test('an LMSFinish that throws during dismissal raises no page error, and the hidden page had already committed', async () => {
    const { lms, learner } = await open();
    lms.api['LMSFinish'] = () => {
      throw new Error('Failed to execute send on XMLHttpRequest: synchronous request during page dismissal');
    };
    learner.next();
    Object.defineProperty(learner.document, 'visibilityState', { value: 'hidden', configurable: true });
    learner.document.dispatchEvent(new learner.window.Event('visibilitychange'));
    // jsdom drops a closed window's document, so let the page take in the failure first.
    learner.window.dispatchEvent(new learner.window.Event('pagehide'));
    await settle();
    lms.close();
    const second = await open({ cmi: lms.snapshot() });
    expect(second.learner.heading()).toBe('Myths and facts');
  });

  // scorm-again marked a course still "not attempted" at LMSFinish as completed (scorm-again#680).
  test('sets incomplete itself before the first commit, so an LMS that completes "not attempted" courses at finish never does', async () => {
    const { lms } = await open({}, noAssessment);
    const finish = lms.api['LMSFinish'] as () => string;
    const setValue = lms.api['LMSSetValue'] as (element: string, value: string) => string;
    lms.api['LMSFinish'] = () => {
      if (lms.current('cmi.core.lesson_status') === 'not attempted') setValue('cmi.core.lesson_status', 'completed');
      return finish();
    };
    const firstCommit = lms.calls.findIndex((call) => call.name === 'LMSCommit');
    expect(setValues(lms).slice(0, firstCommit)).toContain('cmi.core.lesson_status');
    lms.close();
    expect(lms.stored('cmi.core.lesson_status')).toBe('incomplete');
  });
});
