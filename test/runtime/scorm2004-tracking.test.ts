import { beforeAll, describe, expect, test } from 'vitest';
import { cleanLaunches } from '../helpers/clean-launches.js';
import type { PlayerCourse } from '../../src/model/player.js';
import { correctIds, wrongIds } from '../helpers/learner.js';
import { openCourse2004, type Lms2004, type Lms2004Options } from '../helpers/lms2004.js';
import { playerFixture } from '../helpers/player-package.js';

let course: PlayerCourse;
let noAssessment: PlayerCourse;
const enrol = cleanLaunches<Lms2004>();

beforeAll(async () => {
  course = await playerFixture('course');
  noAssessment = await playerFixture('no-assessment');
});

async function open(which: PlayerCourse, options: Lms2004Options = {}) {
  const launched = await openCourse2004(which, options);
  enrol(launched.lms);
  return launched;
}

/** RTE 4th Ed. 4.1.1.7 timeinterval, as cease writes it: hours, minutes, seconds with at most two decimals. */
const DURATION = /^PT(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/;
/** RTE 4th Ed. 4.1.1.6 time with a zone designator (UTC). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{2}Z$/;

describe('reporting to a SCORM 2004 LMS', () => {
  test('initialises once, marks the course incomplete and resumable, committed as soon as it opens', async () => {
    const { lms } = await open(course);
    expect(lms.count('Initialize')).toBe(1);
    expect(lms.calls.find((call) => call.name === 'Initialize')?.args).toEqual(['']);
    expect(lms.stored('cmi.completion_status')).toBe('incomplete');
    expect(lms.stored('cmi.success_status')).toBe('unknown');
    expect(lms.stored('cmi.exit')).toBe('suspend');
    expect(lms.stored('cmi.location')).toBe('m1s1');
    expect(lms.count('Commit')).toBe(1);
    // A first launch reads nothing the LMS has not set (no 403s).
    expect(lms.calls.filter((call) => call.name === 'GetValue').map((call) => call.args[0])).not.toContain('cmi.location');
  });

  test('passes the assessment: scaled and raw score, then completed and passed, then a commit; Exit ends the course', async () => {
    const { lms, learner } = await open(course);
    learner.takeAssessment([true, true, true]);
    expect(learner.text()).toContain('You passed.');
    const writes = lms.writes();
    const scaled = writes.indexOf('cmi.score.scaled=1');
    expect(scaled).toBeGreaterThan(-1);
    expect(writes.slice(scaled, scaled + 4)).toEqual(['cmi.score.scaled=1', 'cmi.score.raw=100', 'cmi.score.min=0', 'cmi.score.max=100']);
    expect(writes.indexOf('cmi.completion_status=completed')).toBeGreaterThan(scaled);
    expect(writes.indexOf('cmi.success_status=passed')).toBeGreaterThan(scaled);
    learner.exit();
    expect(lms.count('Terminate')).toBe(1);
    expect(lms.stored('cmi.completion_status')).toBe('completed');
    expect(lms.stored('cmi.success_status')).toBe('passed');
    expect(lms.stored('cmi.score.scaled')).toBe('1');
    expect(lms.stored('cmi.exit')).toBe('normal');
    expect(lms.stored('adl.nav.request')).toBe('exitAll');
    expect(lms.stored('cmi.session_time')).toMatch(DURATION);
  });

  test('stores every answer in the 2004 formats: true/false, ids joined by [,], correct/incorrect, ISO latency and timestamp', async () => {
    const { lms, learner } = await open(course);
    learner.next();
    learner.choose('kc-anyone', ['b']);
    learner.check('kc-anyone');
    learner.open('Warning signs');
    const multiple = course.questions.find((question) => question.id === 'kc-two-signs')!;
    learner.choose('kc-two-signs', wrongIds(multiple));
    learner.check('kc-two-signs');
    learner.exit();
    const [trueFalse, choice] = lms.interactions();
    expect(trueFalse).toMatchObject({
      id: 'kc-anyone',
      type: 'true-false',
      learner_response: 'false',
      pattern: 'true',
      result: 'incorrect',
      weighting: '0',
    });
    expect(trueFalse?.description).toBe(course.questions[0]?.promptText);
    expect(choice).toMatchObject({
      id: 'kc-two-signs',
      type: 'choice',
      learner_response: wrongIds(multiple).join('[,]'),
      pattern: correctIds(multiple).join('[,]'),
      result: 'incorrect',
    });
    expect(correctIds(multiple).length).toBeGreaterThan(1);
    for (const interaction of [trueFalse, choice]) {
      expect(interaction?.latency).toMatch(DURATION);
      expect(interaction?.timestamp).toMatch(TIMESTAMP);
      expect(Math.abs(Date.parse(interaction?.timestamp ?? '') - Date.now())).toBeLessThan(60_000);
    }
  });

  // ILIAS freezes when every answer rewrites the whole progress (LiaScript-Exporter#55).
  test('an answer costs its interaction, the changed progress and one commit, nothing more', async () => {
    const { lms, learner } = await open(course);
    learner.next();
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const before = lms.calls.length;
    learner.choose('kc-anyone', ['a']);
    learner.check('kc-anyone');
    // Commits are throttled to one per two seconds: this one waits for its slot.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const calls = lms.calls.slice(before);
    const writes = calls.filter((call) => call.name === 'SetValue').map((call) => call.args[0] as string);
    expect(writes.filter((element) => !element.startsWith('cmi.interactions.0.'))).toEqual(['cmi.suspend_data']);
    expect(calls.filter((call) => call.name === 'Commit')).toHaveLength(1);
    expect(calls.filter((call) => call.name === 'GetValue')).toEqual([]);
  });

  test('weights graded answers 1 and reports a failed attempt as completed and failed at once', async () => {
    const { lms, learner } = await open(course);
    learner.takeAssessment([false, false, true]);
    expect(learner.text()).toContain('You did not pass this time.');
    learner.exit();
    expect(lms.stored('cmi.completion_status')).toBe('completed');
    expect(lms.stored('cmi.success_status')).toBe('failed');
    expect(Number(lms.stored('cmi.score.scaled'))).toBeCloseTo(1 / 3, 4);
    expect(lms.stored('cmi.score.raw')).toBe('33.33');
    const graded = lms.interactions().filter((interaction) => interaction.weighting === '1');
    expect(graded.map((interaction) => interaction.result)).toEqual(['incorrect', 'incorrect', 'correct']);
    // Attempts remain, so the attempt stays open for a retry.
    expect(lms.stored('cmi.exit')).toBe('suspend');
    expect(lms.stored('adl.nav.request')).toBe('suspendAll');
  });

  test('judges against cmi.scaled_passing_score when the LMS sets its own pass mark', async () => {
    const { lms, learner } = await open(course, { cmi: { scaled_passing_score: '0.3' } });
    learner.takeAssessment([false, false, true]);
    expect(learner.text()).toContain('You passed.');
    learner.exit();
    expect(lms.stored('cmi.success_status')).toBe('passed');
  });

  test('completes a course without assessment once every screen was seen, with no score, no success and no pass mark asked', async () => {
    const { lms, learner } = await open(noAssessment);
    learner.visitAll();
    learner.exit();
    expect(lms.stored('cmi.completion_status')).toBe('completed');
    expect(lms.writes().filter((write) => /^cmi\.(score|success_status)/.test(write))).toEqual([]);
    expect(lms.calls.map((call) => call.args[0])).not.toContain('cmi.scaled_passing_score');
    expect(lms.stored('cmi.exit')).toBe('normal');
  });

  test('never sends a status or score in review mode or without credit', async () => {
    for (const cmi of [{ mode: 'review' }, { credit: 'no-credit' }]) {
      const { lms, learner } = await open(course, { cmi });
      learner.takeAssessment([true, true, true]);
      learner.exit();
      expect(lms.writes().filter((write) => /^cmi\.(score|success_status|completion_status)/.test(write))).toEqual([]);
      expect(lms.stored('cmi.location')).not.toBe('');
    }
  });
});
