import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { PlayerCourse } from '../../src/model/player.js';
import { settle } from '../helpers/learner.js';
import { openCourse2004, type Lms2004, type Lms2004Options } from '../helpers/lms2004.js';
import { playerFixture } from '../helpers/player-package.js';

let course: PlayerCourse;
let opened: Lms2004[] = [];

beforeAll(async () => {
  course = await playerFixture('course');
});

afterEach(() => {
  for (const lms of opened) expect(lms.pageErrors).toEqual([]);
  opened = [];
});

async function open(options: Lms2004Options = {}, which: PlayerCourse = course) {
  const launched = await openCourse2004(which, options);
  opened.push(launched.lms);
  return launched;
}

const notices = (document: Document) => document.getElementById('cease-notices')?.textContent ?? '';

describe('SCORM 2004 LMSs that fail or differ', () => {
  // Cornerstone answers Commit with error 391 while the page is being dismissed
  // and relies on the commit inside Terminate (adapt_framework#2222).
  test('a Commit refused while the page closes still terminates, and the implicit commit keeps the progress', async () => {
    let closing = false;
    const { lms, learner } = await open({ failCommit: () => (closing ? 'false' : undefined) });
    learner.next();
    learner.next();
    closing = true;
    lms.close();
    expect(lms.calls.map((call) => call.name).slice(-2)).toEqual(['Commit', 'Terminate']);
    expect(lms.calls.at(-2)?.result).toBe('false');
    expect(lms.calls.at(-1)?.result).toBe('true');
    expect(lms.stored('cmi.location')).toBe('m2s1');
    expect(lms.stored('cmi.exit')).toBe('suspend');
    expect(lms.stored('cmi.session_time')).toMatch(/^PT/);
    expect(lms.violations).toEqual([]);
  });

  test('a Commit refused on Exit does not tell the learner their progress was lost', async () => {
    let exiting = false;
    const { lms, learner } = await open({ failCommit: () => (exiting ? 'false' : undefined) });
    learner.takeAssessment([true, true, true]);
    exiting = true;
    learner.exit();
    await settle();
    expect(lms.count('Terminate')).toBe(1);
    expect(lms.stored('cmi.success_status')).toBe('passed');
    expect(notices(learner.document)).not.toContain(course.strings.saveFailedNotice);
  });

  test('a Commit that throws on Exit still terminates', async () => {
    let exiting = false;
    const { lms, learner } = await open({ failCommit: () => (exiting ? 'throw' : undefined) });
    learner.next();
    exiting = true;
    learner.exit();
    expect(lms.count('Terminate')).toBe(1);
    expect(lms.stored('cmi.location')).toBe('m1s2');
  });

  test('carries on with an API a reload left initialised, and terminates it once', async () => {
    const { lms, learner } = await open({ initialized: true });
    expect(lms.calls[0]).toMatchObject({ name: 'Initialize', result: 'false', error: '103' });
    expect(notices(learner.document)).toBe('');
    learner.next();
    lms.close();
    expect(lms.count('Terminate')).toBe(1);
    expect(lms.stored('cmi.location')).toBe('m1s2');
  });

  test('runs on its own, saying the LMS could not be reached, when Initialize fails', async () => {
    const { lms, learner } = await open({ failInitialize: true });
    expect(lms.count('SetValue')).toBe(0);
    expect(notices(learner.document)).toBe(course.strings.lmsUnreachableNotice);
  });

  /** What an LMS holds for a learner who passed and left a bookmark (some keep the attempt open after a pass). */
  async function passedAndSuspended() {
    const first = await open();
    first.learner.next();
    first.lms.close();
    return { ...first.lms.snapshot(), completion_status: 'completed', success_status: 'passed', score: { scaled: '1', raw: '100', min: '0', max: '100' } };
  }

  test.each(['throw', 'error'] as const)('writes nothing over a pass when what the LMS holds cannot be read after Initialize (%s)', async (fault) => {
    const { lms, learner } = await open({ cmi: await passedAndSuspended(), failGetValue: () => fault });
    expect(notices(learner.document)).toBe(course.strings.lmsUnreachableNotice);
    learner.next();
    lms.close();
    expect(lms.count('SetValue') + lms.count('Commit') + lms.count('Terminate')).toBe(0);
    expect(lms.stored('cmi.success_status')).toBe('passed');
    expect(lms.stored('cmi.completion_status')).toBe('completed');
  });

  test('waits for a bridge whose first reads answer "" and then resumes the pass', async () => {
    const { lms, learner } = await open({ cmi: await passedAndSuspended(), failGetValue: (_element, read) => (read < 2 ? 'error' : undefined) });
    expect(learner.heading()).toBe('Myths and facts');
    lms.close();
    expect(lms.writes()).not.toContain('cmi.completion_status=incomplete');
    expect(lms.stored('cmi.success_status')).toBe('passed');
  });

  test('keeps an interaction description within 250 characters on one line, whatever the prompt', async () => {
    const prompt = `{curly} start\n\n${'A very long prompt that goes on. '.repeat(12)}😀 end`;
    const long = { ...course, questions: course.questions.map((q) => (q.id === 'kc-anyone' ? { ...q, promptText: prompt } : q)) };
    const { lms, learner } = await open({}, long);
    learner.next();
    learner.choose('kc-anyone', ['a']);
    learner.check('kc-anyone');
    lms.close();
    const description = lms.interactions()[0]?.description ?? '';
    expect(description.startsWith('curly} start A very long prompt')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(250);
    expect(lms.violations).toEqual([]);
  });
});
