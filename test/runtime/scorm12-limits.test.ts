/**
 * The SCORM 1.2 limits courses break in the field: 4096 characters of
 * suspend data (Xerte's resume broke past 4 kB, xerteonlinetoolkits#847;
 * Adapt had to shrink its state, adapt_framework#2756) and single-character
 * choice responses (a 10+ option question broke, adapt_framework#1376).
 */
import { describe, expect, test } from 'vitest';
import { startAttempt } from '../../src/runtime/core/assessment.js';
import { emptyState, encodeState } from '../../src/runtime/core/progress-state.js';
import { generatedCourse, LETTERS } from '../helpers/generated-course.js';
import { correctIds } from '../helpers/learner.js';
import { cleanScorm12Launches } from '../helpers/open-course.js';

// The test LMS refuses anything beyond the strict 1.2 types, 4096 characters of suspend data included.
const open = cleanScorm12Launches();

describe('SCORM 1.2 limits', () => {
  test('a state past 4096 characters is cut to fit, dropping the last knowledge-check answers, never the assessment or the bookmark', async () => {
    const course = generatedCourse({ screens: 70, checks: 700, checksPerScreen: 10, pool: 3 });
    // 70 lesson screens and the assessment's introduction. An earlier session left 600 answers of choice z (the widest mask): just under the limit.
    const shape = { screens: 71, questions: 703, pool: 3, draw: 3 };
    const earlier = emptyState(shape);
    earlier.visited.fill(true, 0, 60);
    for (let index = 0; index < 600; index++) earlier.checks.set(index, 1 << 25);
    earlier.assessment = startAttempt(course.assessment!, null, 12345);
    const suspendData = encodeState(earlier, Infinity);
    expect(suspendData.length).toBeGreaterThan(3900);
    expect(suspendData.length).toBeLessThanOrEqual(4096);

    const { lms, learner } = await open(course, { cmi: { core: { entry: 'resume', lesson_location: 'm7s1' }, suspend_data: suspendData } });
    expect(learner.heading()).toBe('Screen 61');
    for (let screen = 0; screen < 2; screen++) {
      for (const fieldset of learner.document.querySelectorAll('#cease-main fieldset')) {
        const id = fieldset.getAttribute('data-question') as string;
        learner.choose(id, ['z']);
        learner.check(id);
      }
      learner.next();
    }
    learner.open('Question 1');
    learner.answer(true);
    learner.next();
    learner.answer(false);
    lms.close();
    const stored = lms.stored('cmi.suspend_data');
    expect(stored.length).toBeGreaterThan(3500);
    expect(stored.length).toBeLessThanOrEqual(4096);
    expect(lms.stored('cmi.core.lesson_location')).toBe('finalq2');

    const again = await open(course, { cmi: lms.snapshot() });
    expect(again.learner.heading()).toBe('Question 2 of 3');
    expect(again.learner.canGoOn()).toBe(true);
    again.learner.next();
    again.learner.answer(true);
    again.learner.next();
    expect(again.learner.text()).toContain('Your score: 66.67%');
    again.learner.open('Screen 1');
    expect(again.learner.checked('kc-0')).toEqual(['z']);
    again.learner.open('Screen 62');
    expect(again.learner.checked('kc-619')).toEqual([]);
  });

  test('a 26-choice multiple response is journaled as single letters a–z, the largest the 1.2 choice type holds', async () => {
    const course = generatedCourse({ screens: 1, checks: 1, pool: 0, choices: 26 });
    const { lms, learner } = await open(course);
    learner.choose('kc-0', correctIds(course.questions[0]!));
    learner.check('kc-0');
    lms.close();
    expect(lms.interactions()[0]).toMatchObject({ student_response: [...LETTERS].join(','), pattern: `{${[...LETTERS].join(',')}}`, result: 'correct' });
  });
});
