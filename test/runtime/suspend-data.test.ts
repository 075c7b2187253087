import { describe, expect, test } from 'vitest';
import type { Module, Question } from '../../src/model/course.js';
import type { PlayerCourse } from '../../src/model/player.js';
import { stringsFor } from '../../src/model/ui-strings.js';
import { startAttempt } from '../../src/runtime/core/assessment.js';
import { decodeState, emptyState, encodeState, type SuspendState } from '../../src/runtime/core/progress-state.js';
import { correctIds } from '../helpers/learner.js';
import { openCourse } from '../helpers/open-course.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** 26 choices, all correct: the largest answer a question can have. */
function question(id: string, graded: boolean): Question {
  return {
    id,
    kind: 'multiple',
    graded,
    promptHtml: `<p>${id}?</p>`,
    promptText: `${id}?`,
    choices: [...LETTERS].map((letter) => ({ id: letter, html: letter, text: letter, correct: true })),
    feedbackHtml: '<p>Because.</p>',
  };
}

/** 200 screens (one with a knowledge check in every three), 60 knowledge checks and a pool of 40, all drawn. */
function bigCourse(): PlayerCourse {
  const checks = Array.from({ length: 60 }, (_, n) => question(`kc-${n}`, false));
  const pool = Array.from({ length: 40 }, (_, n) => question(`final-${n}`, true));
  const modules: Module[] = Array.from({ length: 20 }, (_, m) => ({
    id: `m${m + 1}`,
    title: `Module ${m + 1}`,
    source: `${m + 1}.md`,
    isAssessment: m === 19,
    screens: Array.from({ length: 10 }, (_, s) => {
      const n = m * 10 + s;
      const check = m < 19 && n % 3 === 0 ? checks[n / 3] : undefined;
      return {
        id: `m${m + 1}s${s + 1}`,
        title: `Screen ${n + 1}`,
        blocks: [{ kind: 'html' as const, html: `<p>Text ${n + 1}</p>` }, ...(check ? [{ kind: 'question' as const, questionId: check.id }] : [])],
      };
    }),
  }));
  return {
    id: 'big',
    title: 'Big course',
    description: '',
    organization: '',
    durationMinutes: null,
    logo: null,
    version: '1.0.0',
    activityId: 'https://cease.invalid/courses/big',
    language: 'en',
    statusPolicy: 'passed-failed',
    modules,
    questions: [...checks, ...pool],
    assessment: { moduleId: 'm20', passingScore: 80, draw: 40, shuffle: true, attempts: 0, questionIds: pool.map((q) => q.id) },
    strings: stringsFor('en'),
  };
}

describe('suspend data', () => {
  test('stays within 4096 characters on a 200-screen, 100-question course with everything answered', async () => {
    const course = bigCourse();
    const { lms, learner } = await openCourse(course);
    let checked = 0;
    for (;;) {
      const fieldset = learner.document.querySelector('#cease-main fieldset');
      const id = fieldset?.getAttribute('data-question');
      if (id?.startsWith('kc-')) {
        learner.choose(id, [...LETTERS]);
        learner.check(id);
        checked++;
      } else if (id) {
        learner.answer(true);
      }
      if (!learner.canGoOn()) break;
      learner.next();
    }
    expect(checked).toBe(60);
    expect(learner.heading()).toBe('Your result');
    lms.close();
    const stored = lms.stored('cmi.suspend_data');
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThanOrEqual(4096);
    expect(lms.violations).toEqual([]);
    expect(lms.stored('cmi.core.lesson_status')).toBe('passed');

    // Nothing was dropped at this size: every answer comes back.
    const again = await openCourse(course, { cmi: lms.snapshot() });
    again.learner.open('Screen 4');
    expect(again.learner.checked('kc-1')).toEqual(correctIds(course.questions[1] as Question));
  });
});

describe('suspend state encoding', () => {
  const shape = { screens: 12, questions: 30, pool: 20, draw: 5 };
  const assessment = { moduleId: 'm3', passingScore: 80, draw: 5, shuffle: true, attempts: 0, questionIds: Array.from({ length: 20 }, (_, i) => `q${i}`) };

  function fullState(): SuspendState {
    const state = emptyState(shape);
    state.visited = state.visited.map((_, i) => i % 2 === 0);
    for (let i = 0; i < 10; i++) state.checks.set(i * 3, (1 << 25) | i);
    state.assessment = { ...startAttempt(assessment, null, 0xfedcba98), answers: [1, 2, 67108863], best: 66.67 };
    return state;
  }

  test('comes back exactly as it was saved, in printable characters', () => {
    const encoded = encodeState(fullState(), 4096);
    expect(encoded).toMatch(/^2[A-Za-z0-9_-]+$/);
    expect(decodeState(encoded, shape)).toEqual(fullState());
  });

  test('drops knowledge-check answers first, last ones first, and keeps the assessment', () => {
    const full = encodeState(fullState(), 4096);
    const tight = encodeState(fullState(), full.length - 10);
    expect(tight.length).toBeLessThanOrEqual(full.length - 10);
    const decoded = decodeState(tight, shape) as SuspendState;
    expect(decoded.assessment).toEqual(fullState().assessment);
    expect(decoded.visited).toEqual(fullState().visited);
    const kept = [...decoded.checks.keys()];
    expect(kept.length).toBeLessThan(10);
    expect(kept).toEqual([...fullState().checks.keys()].slice(0, kept.length));
  });

  test('drops visited flags only when knowledge checks were not enough, never the assessment', () => {
    const state = fullState();
    const withoutChecks = encodeState({ ...state, checks: new Map() }, 4096);
    const decoded = decodeState(encodeState(state, withoutChecks.length - 1), shape) as SuspendState;
    expect(decoded.checks.size).toBe(0);
    expect(decoded.visited.every((seen) => !seen)).toBe(true);
    expect(decoded.assessment).toEqual(state.assessment);
  });

  test('is ignored when it belongs to another shape of course or is damaged', () => {
    const encoded = encodeState(fullState(), 4096);
    expect(decodeState(encoded, { ...shape, screens: 13 })).toBeNull();
    expect(decodeState(encoded, { ...shape, draw: 4 })).toBeNull();
    expect(decodeState(encoded.slice(0, 12), shape)).toBeNull();
    expect(decodeState('3' + encoded.slice(1), shape)).toBeNull();
    expect(decodeState('{"old":"format"}', shape)).toBeNull();
  });
});
