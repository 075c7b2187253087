import { describe, expect, test } from 'vitest';
import type { Assessment, Question } from '../../src/model/course.js';
import { attemptScore, attemptsLeft, choiceOrder, startAttempt } from '../../src/runtime/core/assessment.js';
import { earnedStatus, laterStatus } from '../../src/runtime/core/status.js';
import { cmiTime, cmiTimespan } from '../../src/runtime/transport/scorm12-time.js';

const pool: Question[] = Array.from({ length: 10 }, (_, n) => ({
  id: `q${n}`,
  kind: 'single',
  graded: true,
  promptHtml: '',
  promptText: '',
  feedbackHtml: '',
  choices: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, html: id, text: id, correct: id === 'c' })),
}));
const assessment: Assessment = { moduleId: 'm1', passingScore: 80, draw: 4, shuffle: true, attempts: 3, questionIds: pool.map((q) => q.id) };

describe('assessment attempts', () => {
  test('draw the same distinct questions and choice order from the same seed', () => {
    const one = startAttempt(assessment, null, 42);
    const two = startAttempt(assessment, null, 42);
    expect(one).toEqual(two);
    expect(new Set(one.drawn).size).toBe(4);
    expect(one.drawn.every((index) => index >= 0 && index < 10)).toBe(true);
    expect(choiceOrder(pool[0] as Question, one, 0, true)).toEqual(choiceOrder(pool[0] as Question, two, 0, true));
    expect(choiceOrder(pool[0] as Question, one, 0, false)).toBe((pool[0] as Question).choices);
    const seeds = Array.from({ length: 20 }, (_, seed) => startAttempt(assessment, null, seed).drawn.join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  test('score the share of drawn questions answered right, to two decimals', () => {
    const attempt = { ...startAttempt({ ...assessment, draw: 3 }, null, 7) };
    const right = 1 << 2;
    expect(attemptScore({ ...attempt, answers: [right, right, 1] }, pool)).toBe(66.67);
    expect(attemptScore({ ...attempt, answers: [right, right, right] }, pool)).toBe(100);
  });

  test('count attempts left, unlimited when attempts is 0', () => {
    const first = startAttempt(assessment, null, 1);
    const third = startAttempt(assessment, startAttempt(assessment, first, 2), 3);
    expect(attemptsLeft(assessment, first)).toBe(2);
    expect(attemptsLeft(assessment, third)).toBe(0);
    expect(attemptsLeft({ ...assessment, attempts: 0 }, third)).toBe(Infinity);
    expect(third.attempt).toBe(3);
  });
});

describe('course status', () => {
  test('never moves back: completed stays completed, passed stays passed, failed may become passed', () => {
    const incomplete = { completion: 'incomplete', success: 'unknown' } as const;
    const completed = { completion: 'completed', success: 'unknown' } as const;
    const passed = { completion: 'completed', success: 'passed' } as const;
    const failed = { completion: 'completed', success: 'failed' } as const;
    expect(laterStatus(completed, incomplete)).toEqual(completed);
    expect(laterStatus(passed, failed)).toEqual(passed);
    expect(laterStatus(passed, incomplete)).toEqual(passed);
    expect(laterStatus(failed, passed)).toEqual(passed);
    expect(laterStatus(failed, incomplete)).toEqual(failed);
    expect(laterStatus({ completion: 'not-attempted', success: 'unknown' }, incomplete)).toEqual(incomplete);
  });

  test('is earned by visiting every screen, or by the best score against the pass mark', () => {
    const base = { policy: 'passed-failed', hasAssessment: true, allScreensVisited: false, masteryScore: 80 } as const;
    expect(earnedStatus({ ...base, hasAssessment: false, allScreensVisited: true, best: null }).completion).toBe('completed');
    expect(earnedStatus({ ...base, best: null })).toEqual({ completion: 'incomplete', success: 'unknown' });
    expect(earnedStatus({ ...base, best: 80 })).toEqual({ completion: 'completed', success: 'passed' });
    expect(earnedStatus({ ...base, best: 79.99 })).toEqual({ completion: 'completed', success: 'failed' });
    expect(earnedStatus({ ...base, policy: 'completed-incomplete', best: 79.99 })).toEqual({ completion: 'incomplete', success: 'unknown' });
  });
});

describe('SCORM 1.2 time formats', () => {
  test('write session and latency times as HHHH:MM:SS.SS with at least two hour digits, capped at 9999 hours', () => {
    expect(cmiTimespan(0)).toBe('00:00:00.00');
    expect(cmiTimespan(3_723_450)).toBe('01:02:03.45');
    expect(cmiTimespan(250 * 3_600_000)).toBe('250:00:00.00');
    expect(cmiTimespan(20_000 * 3_600_000)).toBe('9999:59:59.99');
    expect(cmiTimespan(-5)).toBe('00:00:00.00');
  });

  test('write interaction times as the time of day', () => {
    expect(cmiTime(new Date(2024, 0, 2, 9, 5, 7).getTime())).toBe('09:05:07');
  });
});
