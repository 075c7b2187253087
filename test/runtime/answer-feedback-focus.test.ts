/**
 * Answer → feedback → retry without a mouse. After Adapt's feedback popup
 * closed, focus was lost and buttons no longer answered Space or Enter
 * (adapt_framework#2463). Here every control is a native button or input,
 * so the browser maps Space and Enter to click; what the runtime must get
 * right is where focus is after each step. (Real key presses run in Chromium
 * in test/browser.)
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { PlayerCourse } from '../../src/model/player.js';
import type { Learner } from '../helpers/learner.js';
import { openCourse } from '../helpers/open-course.js';
import { playerFixture } from '../helpers/player-package.js';

let course: PlayerCourse;

beforeAll(async () => {
  course = await playerFixture('course');
});

/** Focuses a button by its label and activates it, as Tab then Enter does. */
function activate(learner: Learner, label: string): HTMLElement {
  const button = [...learner.document.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === label);
  if (!button) throw new Error(`no "${label}" button on "${learner.heading()}"`);
  button.focus();
  button.click();
  return button;
}

const focused = (learner: Learner) => learner.document.activeElement as HTMLElement;

describe('answering by keyboard', () => {
  test('every control on question pages is a native, enabled button or input in the tab order', async () => {
    const { learner } = await openCourse(course);
    for (const entry of ['Myths and facts', 'Question 1']) {
      learner.open(entry);
      const controls = [...learner.document.querySelectorAll<HTMLElement>('#cease-main button, #cease-main input')];
      expect(controls.length).toBeGreaterThan(2);
      for (const control of controls) {
        expect(['BUTTON', 'INPUT']).toContain(control.tagName);
        expect(control.tabIndex).toBe(0);
        expect((control as HTMLButtonElement).disabled).toBe(false);
      }
    }
  });

  test('Check answer keeps focus while the feedback appears, and checking again still works from there', async () => {
    const { learner } = await openCourse(course);
    learner.next();
    learner.choose('kc-anyone', ['b']);
    const check = activate(learner, course.strings.checkAnswer);
    expect(focused(learner)).toBe(check);
    expect(learner.feedback('kc-anyone')).toContain(course.strings.incorrect);
    learner.choose('kc-anyone', ['a']);
    activate(learner, course.strings.checkAnswer);
    expect(focused(learner)).toBe(check);
    expect(check.isConnected).toBe(true);
    expect(learner.feedback('kc-anyone')).toContain(course.strings.correct);
  });

  test('Submit answer keeps focus, Next moves it to the next heading, and Try again to the first question', async () => {
    const { learner } = await openCourse(course);
    learner.open('Question 1');
    for (let slot = 0; slot < 3; slot++) {
      const question = learner.question();
      learner.choose(question.id, [question.choices.find((choice) => !choice.correct)!.id]);
      const submit = activate(learner, course.strings.submit);
      expect(focused(learner)).toBe(submit);
      expect(submit.isConnected).toBe(true);
      expect(submit.getAttribute('aria-disabled')).toBe('true');
      const next = learner.document.getElementById('cease-next') as HTMLElement;
      next.focus();
      next.click();
      expect(focused(learner).tagName).toBe('H1');
      expect(focused(learner).textContent).toBe(learner.heading());
    }
    expect(learner.heading()).toBe(course.strings.resultTitle);
    activate(learner, course.strings.retry);
    expect(focused(learner).tagName).toBe('H1');
    expect(focused(learner).textContent).toBe('Question 1 of 3');
    // The new attempt's controls are live again.
    const inputs = [...learner.document.querySelectorAll<HTMLInputElement>('#cease-main input')];
    expect(inputs.every((input) => !input.disabled)).toBe(true);
  });
});
