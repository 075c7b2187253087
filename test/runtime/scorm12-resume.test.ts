import { beforeAll, describe, expect, test } from 'vitest';
import type { PlayerCourse } from '../../src/model/player.js';
import { cleanScorm12Launches } from '../helpers/open-course.js';
import { playerFixture } from '../helpers/player-package.js';

let course: PlayerCourse;
let noAssessment: PlayerCourse;
const open = cleanScorm12Launches();

beforeAll(async () => {
  course = await playerFixture('course');
  noAssessment = await playerFixture('no-assessment');
});

const shownChoices = (document: Document) =>
  [...document.querySelectorAll<HTMLInputElement>('#cease-main input')].map((input) => input.value).join('');

describe('resuming in a SCORM 1.2 LMS', () => {
  test('resumes on the bookmarked screen with knowledge-check answers kept', async () => {
    const first = await open(course);
    first.learner.next();
    first.learner.choose('kc-anyone', ['b']);
    first.learner.check('kc-anyone');
    first.learner.next();
    first.learner.next();
    expect(first.learner.heading()).toBe('Warning signs');
    first.lms.close();
    expect(first.lms.stored('cmi.core.lesson_location')).toBe('m2s2');

    const second = await open(course, { cmi: first.lms.snapshot() });
    expect(second.lms.current('cmi.core.entry')).toBe('resume');
    expect(second.learner.heading()).toBe('Warning signs');
    // Continue on the cover moved focus to the resumed page's heading.
    expect(second.learner.document.activeElement?.textContent).toBe('Warning signs');
    second.learner.open('Myths and facts');
    expect(second.learner.checked('kc-anyone')).toEqual(['b']);
    expect(second.learner.feedback('kc-anyone')).toContain('Not quite');
    // Checking again after resume is not a first answer: nothing new is journaled.
    second.learner.check('kc-anyone');
    second.lms.close();
    expect(second.lms.interactions().map((i) => i.id)).toEqual(['kc-anyone']);
  });

  test('resumes mid-assessment with the same questions, the same choice order and answers locked', async () => {
    const first = await open(course);
    first.learner.open('Question 1');
    const answered = first.learner.answer(true);
    first.learner.next();
    const pending = first.learner.question();
    const order = shownChoices(first.learner.document);
    first.lms.close();
    expect(first.lms.stored('cmi.core.lesson_location')).toBe('m3q2');

    const second = await open(course, { cmi: first.lms.snapshot() });
    expect(second.learner.heading()).toBe('Question 2 of 3');
    expect(second.learner.question().id).toBe(pending.id);
    expect(shownChoices(second.learner.document)).toBe(order);
    expect(second.learner.canGoOn()).toBe(false);
    second.learner.previous();
    expect(second.learner.question().id).toBe(answered.id);
    const inputs = [...second.learner.document.querySelectorAll<HTMLInputElement>('#cease-main input')];
    expect(inputs.every((input) => input.disabled)).toBe(true);
    expect(inputs.filter((input) => input.checked).length).toBeGreaterThan(0);
    expect(second.learner.text()).toContain('Answer saved.');
  });

  test('shuffles choices differently from one attempt to the next, never True/False', async () => {
    const orders = new Set<string>();
    for (let launch = 0; launch < 6; launch++) {
      const { learner } = await open(course);
      learner.open('Question 1');
      for (let slot = 0; slot < 3; slot++) {
        const question = learner.question();
        const shown = shownChoices(learner.document);
        if (question.kind === 'true-false') expect(shown).toBe('ab');
        else orders.add(`${question.id}:${shown}`);
        learner.answer(true);
        learner.next();
      }
    }
    const sorted = [...orders].filter((order) => order.split(':')[1] !== [...(order.split(':')[1] ?? '')].sort().join(''));
    expect(sorted.length).toBeGreaterThan(0);
  });

  test('an abrupt close still resumes from the last commit', async () => {
    const first = await open(course);
    // Committed at launch already: a window that dies now still resumes.
    expect(first.lms.snapshot().core).toMatchObject({ entry: 'resume', lesson_location: 'm1s1', lesson_status: 'incomplete' });
    first.learner.next();
    // The window dies without pagehide or Exit: only the throttled commit saves the change.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await open(course, { cmi: first.lms.snapshot() });
    expect(second.learner.heading()).toBe('Myths and facts');
  });

  test('shows where the learner left off on a relaunch after passing, with the status kept', async () => {
    const first = await open(course);
    first.learner.takeAssessment([true, true, true]);
    first.lms.close();
    expect(first.lms.stored('cmi.core.exit')).toBe('');

    const second = await open(course, { cmi: first.lms.snapshot() });
    expect(second.lms.current('cmi.core.entry')).toBe('');
    expect(second.learner.heading()).toBe('Your result');
    expect(second.learner.text()).toContain('You passed.');
    second.lms.close();
    expect(second.lms.stored('cmi.core.lesson_status')).toBe('passed');
  });

  test('never lowers passed when the LMS starts a fresh attempt with the old status', async () => {
    const first = await open(course);
    first.learner.takeAssessment([true, true, true]);
    first.lms.close();
    const snapshot = first.lms.snapshot() as { core: Record<string, unknown>; suspend_data?: string };
    snapshot.core.entry = 'ab-initio';
    snapshot.core.lesson_location = '';
    snapshot.suspend_data = '';

    const second = await open(course, { cmi: snapshot });
    expect(second.learner.heading()).toBe('Welcome');
    second.learner.next();
    second.learner.takeAssessment([false, false, false]);
    second.learner.exit();
    const written = second.lms.calls.filter((call) => call.name === 'LMSSetValue' && call.args[0] === 'cmi.core.lesson_status');
    expect(written).toEqual([]);
    expect(second.lms.stored('cmi.core.lesson_status')).toBe('passed');
    expect(second.lms.stored('cmi.core.score.raw')).toBe('100');
  });

  test('never lowers completed to incomplete on a revisit', async () => {
    const second = await open(noAssessment, { cmi: { core: { lesson_status: 'completed', entry: '' } } });
    second.learner.next();
    second.lms.close();
    expect(second.lms.stored('cmi.core.lesson_status')).toBe('completed');
  });

  test('reports completion reached while restoring, when the last session could not send it', async () => {
    const first = await open(noAssessment);
    first.learner.visitAll();
    first.lms.close();
    // The LMS lost the final status but kept the suspend data.
    const snapshot = first.lms.snapshot() as { core: Record<string, unknown> };
    snapshot.core.lesson_status = 'incomplete';
    snapshot.core.entry = 'resume';

    const second = await open(noAssessment, { cmi: snapshot });
    expect(second.lms.stored('cmi.core.lesson_status')).toBe('completed');
  });

  test('appends new answers after the interactions already journaled', async () => {
    const first = await open(course);
    first.learner.next();
    first.learner.choose('kc-anyone', ['a']);
    first.learner.check('kc-anyone');
    first.lms.close();

    const second = await open(course, { cmi: first.lms.snapshot() });
    second.learner.open('First steps');
    second.learner.choose('kc-first-step', ['b']);
    second.learner.check('kc-first-step');
    second.lms.close();
    expect(second.lms.interactions().map((i) => i.id)).toEqual(['kc-anyone', 'kc-first-step']);
  });

  test('starts afresh when the LMS begins a new attempt (entry ab-initio)', async () => {
    const first = await open(course);
    first.learner.next();
    first.lms.close();
    const snapshot = first.lms.snapshot() as { core: Record<string, unknown> };
    snapshot.core.entry = 'ab-initio';

    const second = await open(course, { cmi: snapshot });
    expect(second.learner.heading()).toBe('Welcome');
  });
});
