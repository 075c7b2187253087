/**
 * Every value the player writes to a SCORM 2004 LMS, judged twice: by
 * scorm-again's Scorm2004API (the test LMS) and by the 4th Edition data types
 * as the spec states them. Rise quizzes met 406 and 401 errors on ids,
 * patterns and descriptions (scorm-again#365, #1571, #1642); cease's extremes
 * are 255-character ids, prompts of any length and 26 choices.
 */
import { describe, expect, test } from 'vitest';
import { cleanLaunches } from '../helpers/clean-launches.js';
import type { PlayerCourse } from '../../src/model/player.js';
import { generatedCourse, LETTERS } from '../helpers/generated-course.js';
import { correctIds, wrongIds, type Learner } from '../helpers/learner.js';
import { openCourse2004, type Lms2004 } from '../helpers/lms2004.js';
import { playerFixture } from '../helpers/player-package.js';
import { strictViolation2004, strictViolations2004 } from '../helpers/scorm2004-strict.js';

// Besides scorm-again's own checks, every call against the 4th Edition data types.
const enrol = cleanLaunches<Lms2004>((lms) => expect(strictViolations2004(lms.calls)).toEqual([]));

async function open(course: PlayerCourse, options = {}) {
  const launched = await openCourse2004(course, options);
  enrol(launched.lms);
  return launched;
}

/** Pages through the whole course: every knowledge check answered wrong then right, every assessment question as `graded` says. */
function answerEverything(learner: Learner, graded = true): number {
  let answered = 0;
  for (;;) {
    const id = learner.document.querySelector('#cease-main fieldset')?.getAttribute('data-question');
    const question = learner.course.questions.find((q) => q.id === id);
    if (question && !question.graded) {
      learner.choose(question.id, wrongIds(question));
      learner.check(question.id);
      learner.choose(question.id, correctIds(question));
      learner.check(question.id);
      answered++;
    } else if (question) {
      learner.answer(graded);
      answered++;
    }
    if (!learner.canGoOn()) return answered;
    learner.next();
  }
}

describe('SCORM 2004 data types', () => {
  test('true-false, single and multiple choice, knowledge checks and graded questions, status, score and times all pass both judges', async () => {
    const course = await playerFixture('course');
    const { lms, learner } = await open(course);
    expect(answerEverything(learner)).toBe(6);
    learner.exit();
    expect(lms.interactions().map((i) => i.type)).toEqual(expect.arrayContaining(['true-false', 'choice']));
    expect(lms.stored('cmi.success_status')).toBe('passed');
  });

  test('255-character ids, multi-line prompts starting with "{", emoji and 26 choices pass both judges and are stored whole', async () => {
    const course = generatedCourse({ screens: 3, checks: 2, pool: 2, choices: 26, long: true });
    const { lms, learner } = await open(course);
    expect(answerEverything(learner)).toBe(4);
    learner.exit();
    const stored = lms.interactions();
    expect(stored.map((i) => i.id)).toEqual([course.questions[0]?.id, course.questions[1]?.id, expect.any(String), expect.any(String)]);
    expect(stored[0]?.id).toHaveLength(255);
    expect(stored[0]?.description?.length).toBeLessThanOrEqual(250);
    expect(stored[0]?.description).toMatch(/^kc-0} A prompt long enough/);
    // A wrong first answer (25 of 26 choices) is what the journal keeps.
    expect(stored[0]?.learner_response).toBe([...LETTERS].slice(1).join('[,]'));
    expect(stored[0]?.pattern).toBe([...LETTERS].join('[,]'));
    expect(stored[2]?.learner_response).toBe([...LETTERS].join('[,]'));
    expect(lms.stored('cmi.success_status')).toBe('passed');
  });

  test('suspend data stays far below 64000 characters on a 100-screen, 120-question course, and every answer comes back', async () => {
    const course = generatedCourse({ screens: 100, checks: 60, pool: 60 });
    const { lms, learner } = await open(course);
    // A failed attempt with attempts left keeps the attempt open, so the LMS hands the data back.
    expect(answerEverything(learner, false)).toBe(120);
    lms.close();
    const stored = lms.stored('cmi.suspend_data');
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThanOrEqual(64000);
    expect(lms.stored('cmi.success_status')).toBe('failed');

    const again = await open(course, { cmi: lms.snapshot() });
    again.learner.open('Screen 60');
    expect(again.learner.checked('kc-59')).toEqual([...LETTERS]);
  });
});

describe('the strict 2004 judge', () => {
  test.each([
    ['an id over 4000 characters', 'cmi.interactions.0.id', 'x'.repeat(4001)],
    ['an id with a space', 'cmi.interactions.0.id', 'two words'],
    ['a choice id with a space', 'cmi.interactions.0.learner_response', 'a b'],
    ['a choice given twice', 'cmi.interactions.0.learner_response', 'a[,]a'],
    ['a SCORM 1.2 true-false pattern', 'cmi.interactions.0.correct_responses.0.pattern', 't'],
    ['a description on two lines', 'cmi.interactions.0.description', 'line one\nline two'],
    ['a description over 250 characters', 'cmi.interactions.0.description', 'x'.repeat(251)],
    ['an empty duration', 'cmi.interactions.0.latency', 'PT'],
    ['a timestamp without a date', 'cmi.interactions.0.timestamp', '12:00:00'],
    ['a scaled score over 1', 'cmi.score.scaled', '1.5'],
    ['a success value as completion', 'cmi.completion_status', 'passed'],
    ['a SCORM 1.2 element', 'cmi.core.lesson_status', 'passed'],
  ])('refuses %s', (_label, element, value) => {
    const types = new Map([['0', element.endsWith('pattern') ? 'true-false' : 'choice']]);
    expect(strictViolation2004(element, value, types)).not.toBeNull();
  });
});
