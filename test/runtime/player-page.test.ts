import { beforeAll, describe, expect, test } from 'vitest';
import type { PlayerCourse } from '../../src/model/player.js';
import { stringsFor } from '../../src/model/ui-strings.js';
import { openCourse } from '../helpers/open-course.js';
import { playerFixture } from '../helpers/player-package.js';

let course: PlayerCourse;

beforeAll(async () => {
  course = await playerFixture('course');
});

describe('the player page', () => {
  test('has landmarks, a skip link to the main content and labelled controls', async () => {
    const { learner } = await openCourse(course);
    const document = learner.document;
    const skip = document.querySelector('a.skip-link');
    expect(skip?.textContent).toBe('Skip to content');
    expect(skip?.getAttribute('href')).toBe('#cease-main');
    expect(document.querySelector('main#cease-main')?.getAttribute('tabindex')).toBe('-1');
    expect(document.querySelector('header')).not.toBeNull();
    expect(document.querySelector('nav')?.getAttribute('aria-label')).toBe('Contents');
    expect(document.querySelector('footer')).not.toBeNull();
    expect(['cease-prev', 'cease-next', 'cease-exit'].map((id) => document.getElementById(id)?.textContent)).toEqual([
      'Previous',
      'Next',
      'Exit',
    ]);
    expect(document.documentElement.lang).toBe('en');
    expect(document.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain('width=device-width');
  });

  test('shows one h1 per screen, the screen title; the course title is plain header text', async () => {
    const { learner } = await openCourse(course);
    expect([...learner.document.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Welcome']);
    expect(learner.document.querySelector('header .course-title')?.textContent).toBe('Spotting the signs');
    expect(learner.document.title).toBe('Welcome - Spotting the signs');
  });

  test('moves focus to the new screen heading on every page change, the cover\'s Start button included', async () => {
    const { learner } = await openCourse(course);
    expect(learner.document.activeElement?.textContent).toBe('Welcome');
    learner.next();
    const focused = learner.document.activeElement as HTMLElement;
    expect(focused.tagName).toBe('H1');
    expect(focused.textContent).toBe('Myths and facts');
    expect(focused.getAttribute('tabindex')).toBe('-1');
  });

  test('tells the position in words and as a progress bar', async () => {
    const { learner } = await openCourse(course);
    learner.next();
    // 5 lesson screens, 3 drawn questions and the result page.
    expect(learner.document.getElementById('cease-progress-text')?.textContent).toBe('Screen 2 of 9');
    const bar = learner.document.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('2');
    expect(bar?.getAttribute('aria-valuemax')).toBe('9');
    expect(bar?.getAttribute('aria-valuetext')).toBe('Screen 2 of 9');
    expect(bar?.getAttribute('aria-label')).toBe('Course progress');
  });

  test('lists modules and screens in the contents, marks the current one, and opens any lesson screen', async () => {
    const { learner } = await openCourse(course);
    const current = () => learner.document.querySelector('#cease-toc-list [aria-current="page"]')?.textContent;
    expect(current()).toBe('Welcome');
    expect([...learner.document.querySelectorAll('.toc-module')].map((m) => m.textContent)).toEqual([
      'The basics',
      'What to do',
      'Final check',
    ]);
    learner.open('Warning signs');
    expect(learner.heading()).toBe('Warning signs');
    expect(current()).toBe('Warning signs');
    // Questions open one at a time; the result only after the last answer.
    const locked = [...learner.document.querySelectorAll('.toc-locked')].map((item) => item.textContent);
    expect(locked).toEqual(['Question 2', 'Question 3', 'Your result']);
  });

  test('marks the screens seen in the contents, and each module\'s progress, updated as the learner goes on', async () => {
    const { learner } = await openCourse(course);
    const seen = () => [...learner.document.querySelectorAll('#cease-toc-list li li')].filter((item) => item.querySelector('.toc-visited')).map((item) => item.querySelector('a')?.textContent);
    const modules = () => [...learner.document.querySelectorAll('.toc-module-progress')].map((progress) => progress.textContent);
    expect(seen()).toEqual(['Welcome']);
    const [first, second] = modules();
    expect(first).toMatch(/^1 of [2-9] screens seen$/);
    expect(second).toMatch(/^0 of \d+ screens seen$/);
    const total = Number(first?.split(' ')[2]);
    for (let screen = 1; screen < total; screen++) learner.next();
    expect(modules()[0]).toBe('all screens seen');
    expect(seen()).toHaveLength(total);
    // The mark sits outside the link, whose name stays the screen title; the tick is not read out, the word is.
    const mark = learner.document.querySelector('#cease-toc-list .toc-visited');
    expect(mark?.textContent).toBe(' ✓ seen');
    expect(mark?.querySelector('[aria-hidden="true"]')?.textContent).toBe(' ✓');
    expect(mark?.previousElementSibling?.textContent).toBe('Welcome');
  });

  test('asks each question in a fieldset whose legend is the prompt, with native labelled inputs', async () => {
    const { learner } = await openCourse(course);
    learner.open('Warning signs');
    const fieldset = learner.document.querySelector('fieldset[data-question="kc-two-signs"]') as HTMLFieldSetElement;
    expect(fieldset.querySelector('legend')?.textContent).toBe('Which two are warning signs?Choose all that apply.');
    const inputs = [...fieldset.querySelectorAll('input')];
    expect(inputs.map((input) => input.type)).toEqual(['checkbox', 'checkbox', 'checkbox']);
    for (const input of inputs) expect(learner.document.querySelector(`label[for="${input.id}"]`)?.textContent).not.toBe('');
    learner.open('First steps');
    expect([...learner.document.querySelectorAll('fieldset input')].map((input) => (input as HTMLInputElement).type)).toEqual([
      'radio',
      'radio',
      'radio',
    ]);
  });

  test('gives knowledge-check feedback in a polite live region with a heading, and asks for an answer first', async () => {
    const { learner } = await openCourse(course);
    learner.open('First steps');
    learner.check('kc-first-step');
    expect(learner.feedback('kc-first-step')).toBe('Choose an answer first.');
    learner.choose('kc-first-step', ['a']);
    learner.check('kc-first-step');
    const region = learner.document.querySelector('.feedback') as HTMLElement;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.querySelector('h2')?.textContent).toBe('Not quite');
    expect(region.textContent).toContain('Notice first; never confront.');
  });

  test('keeps Next focusable but disabled, with the reason, until an assessment question is submitted', async () => {
    const { learner } = await openCourse(course);
    learner.open('Question 1');
    const next = learner.document.getElementById('cease-next') as HTMLButtonElement;
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(next.disabled).toBe(false);
    const hint = learner.document.getElementById(next.getAttribute('aria-describedby') as string);
    expect(hint?.textContent).toBe('Submit your answer to continue.');
    learner.next();
    expect(learner.heading()).toBe('Question 1 of 3');
    learner.press('Submit answer');
    expect(learner.text()).toContain('Choose an answer first.');
    learner.answer(false);
    expect(next.getAttribute('aria-disabled')).toBe('false');
    expect(learner.text()).toContain('Answer saved.');
    expect(learner.text()).not.toMatch(/Correct|Not quite/);
    // Lesson screens stay open for review in the middle of the assessment.
    learner.open('Welcome');
    expect(learner.heading()).toBe('Welcome');
  });

  test('shows the result with score, pass mark, verdict and a review of every answer', async () => {
    const { learner } = await openCourse(course);
    const asked = learner.takeAssessment([true, false, true]);
    const items = [...learner.document.querySelectorAll('.review-item')];
    expect(items.map((item) => item.querySelector('.review-verdict')?.textContent)).toEqual(['Correct', 'Not quite', 'Correct']);
    expect(items[1]?.textContent).toContain('Correct answer:');
    expect(items[1]?.textContent).toContain(asked[1]?.feedbackHtml.replace(/<\/?p>/g, ''));
    expect(learner.text()).toContain('Pass mark: 60%');
    expect(learner.text()).toContain('You passed.');
  });

  test('shows course text as HTML and everything else as plain text', async () => {
    const tricky: PlayerCourse = {
      ...course,
      modules: course.modules.map((module, m) =>
        m === 0 ? { ...module, screens: [{ id: 'm1s1', title: '<b>Bold?</b>', blocks: [{ kind: 'html', html: '<p><em>Kept</em></p>' }] }] } : module,
      ),
    };
    const { learner } = await openCourse(tricky);
    expect(learner.heading()).toBe('<b>Bold?</b>');
    expect(learner.document.querySelector('#cease-main h1 b')).toBeNull();
    expect(learner.document.querySelector('#cease-main em')?.textContent).toBe('Kept');
  });

  test('speaks the course language', async () => {
    const spanish: PlayerCourse = { ...course, language: 'es-AR', strings: stringsFor('es-AR') };
    const { learner } = await openCourse(spanish);
    expect(learner.document.documentElement.lang).toBe('es-AR');
    expect(learner.document.getElementById('cease-next')?.textContent).toBe('Siguiente');
    expect(learner.document.getElementById('cease-progress-text')?.textContent).toBe('Pantalla 1 de 9');
    learner.takeAssessment([true, true, false]);
    // Numbers follow the course locale too.
    expect(learner.text()).toContain('Su puntaje: 66,67%');
  });
});
