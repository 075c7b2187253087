import { beforeAll, describe, expect, test } from 'vitest';
import type { PlayerCourse } from '../../src/model/player.js';
import { correctIds, wrongIds } from '../helpers/learner.js';
import { cleanScorm12Launches } from '../helpers/open-course.js';
import { playerFixture } from '../helpers/player-package.js';

let course: PlayerCourse;
let noAssessment: PlayerCourse;
const open = cleanScorm12Launches();

beforeAll(async () => {
  course = await playerFixture('course');
  noAssessment = await playerFixture('no-assessment');
});

describe('reporting to a SCORM 1.2 LMS', () => {
  test('marks the course incomplete and resumable, committed as soon as it opens', async () => {
    const { lms } = await open(course);
    expect(lms.count('LMSInitialize')).toBe(1);
    expect(lms.calls.find((call) => call.name === 'LMSInitialize')?.args).toEqual(['']);
    expect(lms.stored('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.stored('cmi.core.exit')).toBe('suspend');
    expect(lms.stored('cmi.core.lesson_location')).toBe('m1s1');
    expect(lms.count('LMSCommit')).toBe(1);
  });

  test('records the first answer to each knowledge check as an interaction, not the re-checks', async () => {
    const { lms, learner } = await open(course);
    learner.next();
    learner.choose('kc-anyone', ['b']);
    learner.check('kc-anyone');
    expect(learner.feedback('kc-anyone')).toContain('Not quite');
    learner.choose('kc-anyone', ['a']);
    learner.check('kc-anyone');
    expect(learner.feedback('kc-anyone')).toContain('Correct');
    learner.next();
    learner.choose('kc-first-step', ['b']);
    learner.check('kc-first-step');
    learner.next();
    learner.choose('kc-two-signs', ['a', 'c']);
    learner.check('kc-two-signs');
    lms.close();

    const stored = lms.interactions();
    expect(stored.map(({ latency, time, ...rest }) => rest)).toEqual([
      { id: 'kc-anyone', type: 'true-false', student_response: 'f', pattern: 't', result: 'wrong', weighting: '0' },
      { id: 'kc-first-step', type: 'choice', student_response: 'b', pattern: 'b', result: 'correct', weighting: '0' },
      { id: 'kc-two-signs', type: 'choice', student_response: 'a,c', pattern: '{a,c}', result: 'correct', weighting: '0' },
    ]);
    expect(stored[0]?.latency).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(stored[0]?.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
  });

  test('passes the assessment: score 0–100, then passed, in that order, then a commit', async () => {
    const { lms, learner } = await open(course);
    const asked = learner.takeAssessment([true, true, false]);
    expect(learner.heading()).toBe('Your result');
    expect(learner.document.querySelector('.result-score')?.textContent).toBe('Your score: 66.67%');
    lms.close();

    expect(lms.stored('cmi.core.score.raw')).toBe('66.67');
    expect(lms.stored('cmi.core.score.min')).toBe('0');
    expect(lms.stored('cmi.core.score.max')).toBe('100');
    expect(lms.stored('cmi.core.lesson_status')).toBe('passed');
    expect(lms.stored('cmi.core.exit')).toBe('');
    const writes = lms.calls.map((call) => (call.name === 'LMSSetValue' ? call.args[0] : call.name));
    const status = writes.lastIndexOf('cmi.core.lesson_status');
    expect(writes.lastIndexOf('cmi.core.score.raw')).toBeLessThan(status);
    expect(writes.indexOf('LMSCommit', status)).toBeGreaterThan(status);
    // Graded interactions: one per drawn question, weighting 1.
    const graded = lms.interactions().map(({ id, weighting, result }) => ({ id, weighting, result }));
    expect(graded).toEqual(asked.map((q, n) => ({ id: q.id, weighting: '1', result: n < 2 ? 'correct' : 'wrong' })));
  });

  test('reports failed at once, then passed when a retry passes', async () => {
    const { lms, learner } = await open(course);
    learner.takeAssessment([false, false, true]);
    expect(learner.document.querySelector('.result-verdict')?.textContent).toBe('You did not pass this time.');
    expect(lms.current('cmi.core.lesson_status')).toBe('failed');
    expect(lms.current('cmi.core.score.raw')).toBe('33.33');
    expect(learner.text()).toContain('You have 1 attempt left.');
    learner.press('Try again');
    expect(learner.heading()).toBe('Question 1 of 3');
    for (let n = 0; n < 3; n++) {
      learner.answer(true);
      learner.next();
    }
    lms.close();
    expect(lms.stored('cmi.core.lesson_status')).toBe('passed');
    expect(lms.stored('cmi.core.score.raw')).toBe('100');
    expect(lms.stored('cmi.core.exit')).toBe('');
  });

  test('reports failed and ends the attempt when no attempts are left', async () => {
    const { lms, learner } = await open(course);
    learner.takeAssessment([false, false, false]);
    expect(lms.current('cmi.core.exit')).toBe('suspend');
    learner.press('Try again');
    for (let n = 0; n < 3; n++) {
      learner.answer(n === 0);
      learner.next();
    }
    expect(learner.text()).toContain('You have used all your attempts.');
    expect([...learner.document.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Try again');
    lms.close();
    expect(lms.stored('cmi.core.lesson_status')).toBe('failed');
    expect(lms.stored('cmi.core.score.raw')).toBe('33.33');
    expect(lms.stored('cmi.core.exit')).toBe('');
  });

  test('keeps offering retries and reporting failed when attempts are unlimited', async () => {
    const unlimited = { ...course, assessment: { ...course.assessment!, attempts: 0 } };
    const { lms, learner } = await open(unlimited);
    for (let attempt = 0; attempt < 3; attempt++) {
      if (attempt > 0) learner.press('Try again');
      learner.takeAssessment([false, false, false]);
      expect(lms.current('cmi.core.lesson_status')).toBe('failed');
    }
    expect(learner.text()).not.toMatch(/attempts? left/);
    expect([...learner.document.querySelectorAll('button')].map((b) => b.textContent)).toContain('Try again');
    expect(lms.current('cmi.core.exit')).toBe('suspend');
  });

  test('judges against the LMS mastery score when the LMS gives one', async () => {
    const { lms, learner } = await open(course, { cmi: { student_data: { mastery_score: '100' } } });
    learner.takeAssessment([true, true, false]);
    expect(learner.text()).toContain('Pass mark: 100%');
    expect(lms.current('cmi.core.lesson_status')).toBe('failed');
  });

  test('reports completed or incomplete only under the completed-incomplete policy', async () => {
    const policy = { ...course, statusPolicy: 'completed-incomplete' as const };
    const failing = await open(policy);
    failing.learner.takeAssessment([false, false, false]);
    failing.lms.close();
    expect(failing.lms.stored('cmi.core.lesson_status')).toBe('incomplete');
    expect(failing.lms.stored('cmi.core.score.raw')).toBe('0');

    const passing = await open(policy);
    passing.learner.takeAssessment([true, true, true]);
    passing.lms.close();
    expect(passing.lms.stored('cmi.core.lesson_status')).toBe('completed');
  });

  test('completes a course without assessment once every screen was seen, and sends no score', async () => {
    const { lms, learner } = await open(noAssessment);
    learner.visitAll();
    expect(learner.document.getElementById('cease-nav-hint')?.textContent).toBe(course.strings.courseComplete);
    lms.close();
    expect(lms.stored('cmi.core.lesson_status')).toBe('completed');
    expect(lms.stored('cmi.core.score.raw')).toBe('');
    expect(lms.stored('cmi.core.exit')).toBe('');
    expect(lms.calls.some((call) => call.name === 'LMSSetValue' && call.args[0] === 'cmi.core.score.raw')).toBe(false);
  });

  test('never sends a status or score in browse or review mode', async () => {
    for (const mode of ['browse', 'review']) {
      const { lms, learner } = await open(course, { cmi: { core: { lesson_mode: mode } } });
      learner.takeAssessment([true, true, true]);
      lms.close();
      const written = lms.calls.filter((call) => call.name === 'LMSSetValue').map((call) => call.args[0]);
      expect(written).not.toContain('cmi.core.lesson_status');
      expect(written).not.toContain('cmi.core.score.raw');
      expect(written).toContain('cmi.suspend_data');
    }
  });

  test('records choice letters in source order, whatever the shuffled order on screen', async () => {
    const { lms, learner } = await open(course);
    learner.open('Question 1');
    const question = learner.question();
    const shown = [...learner.document.querySelectorAll<HTMLInputElement>('#cease-main input')].map((input) => input.value);
    expect([...shown].sort()).toEqual(question.choices.map((choice) => choice.id));
    learner.choose(question.id, wrongIds(question));
    learner.press('Submit answer');
    expect(lms.current('cmi.interactions.0.correct_responses.0.pattern').replace(/[{}]/g, '').split(',')).toEqual(
      correctIds(question).map((id) => (question.kind === 'true-false' ? (id === 'a' ? 't' : 'f') : id)),
    );
  });
});
