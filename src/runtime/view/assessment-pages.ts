import type { Assessment, Question } from '../../model/course.js';
import { format } from '../../model/label-format.js';
import type { UiStrings } from '../../model/ui-strings.js';
import { choiceIdsOf, isCorrect } from '../core/answers.js';
import { attemptScore, attemptsLeft, choiceOrder, type AssessmentState } from '../core/assessment.js';
import { button, h, pageHeading, trustedHtml } from './dom.js';
import { questionForm } from './question-form.js';

export interface AssessmentHost {
  strings: UiStrings;
  language: string;
  assessment: Assessment;
  /** Questions of the pool, in Assessment.questionIds order. */
  pool: readonly Question[];
  state: AssessmentState;
  masteryScore: number;
  submit(slot: number, mask: number, shownAt: number): void;
  retry(): void;
  /** The attempt's score when more than the drawn questions count (graded scenarios); else the questions' own. */
  score?(): number;
}

/**
 * One drawn question. Its answer is final once submitted and correctness
 * stays hidden until the result page, so the assessment measures rather
 * than teaches.
 */
export function questionPage(slot: number, host: AssessmentHost): HTMLElement {
  const { state, strings } = host;
  const question = host.pool[state.drawn[slot] ?? -1] as Question;
  const title = format(strings.questionTitle, { n: slot + 1, total: state.drawn.length });
  const choices = choiceOrder(question, state, slot, host.assessment.shuffle);
  const form = questionForm(question, choices, `cease-a${state.attempt}-${slot}`, strings);
  const page = h('div', { class: 'screen' }, pageHeading(title), form.element);
  const answer = state.answers[slot];
  if (answer !== undefined) {
    form.select(answer);
    form.lock();
    page.append(h('p', { class: 'submit-status' }, strings.submitted));
    return page;
  }
  const shownAt = Date.now();
  const status = h('p', { class: 'submit-status', role: 'status' });
  // Once used, the button is marked disabled but keeps focus, so keyboard
  // and screen-reader users are not dropped at the top of the page.
  const submit = button(strings.submit, () => {
    if (submit.getAttribute('aria-disabled') === 'true') return;
    const mask = form.selected();
    if (mask === 0) {
      status.textContent = strings.chooseFirst;
      return;
    }
    form.lock();
    submit.setAttribute('aria-disabled', 'true');
    status.textContent = strings.submitted;
    host.submit(slot, mask, shownAt);
  }, 'button button-primary');
  page.append(submit, status);
  return page;
}

export function resultPage(host: AssessmentHost): HTMLElement {
  const { state, strings, pool } = host;
  const score = host.score?.() ?? attemptScore(state, pool);
  const passed = score >= host.masteryScore;
  const left = attemptsLeft(host.assessment, state);
  const percent = (value: number) => formatNumber(value, host.language);
  const page = h(
    'div',
    { class: 'screen result' },
    pageHeading(strings.resultTitle),
    h('p', { class: 'result-score' }, format(strings.yourScore, { score: percent(score) })),
    h('p', null, format(strings.passMark, { score: percent(host.masteryScore) })),
    h('p', { class: `result-verdict ${passed ? 'result-passed' : 'result-failed'}` }, passed ? strings.passed : strings.failed),
    h('p', null, passed ? strings.passedNext : left > 0 ? strings.failedNext : strings.noAttemptsLeft),
  );
  if (!passed && left > 0) {
    if (left !== Infinity) {
      page.append(h('p', null, left === 1 ? strings.attemptsLeftOne : format(strings.attemptsLeftMany, { n: left })));
    }
    page.append(button(strings.retry, host.retry, 'button button-primary'));
  }
  page.append(h('h2', null, strings.reviewTitle), review(host));
  return page;
}

function review(host: AssessmentHost): HTMLElement {
  const { state, strings } = host;
  const items = state.drawn.map((poolIndex, slot) => {
    const question = host.pool[poolIndex] as Question;
    const mask = state.answers[slot] ?? 0;
    const correct = isCorrect(question, mask);
    const texts = (ids: string[]) =>
      question.choices.filter((choice) => ids.includes(choice.id)).map((choice) => choice.text).join('; ');
    return h(
      'li',
      { class: `review-item ${correct ? 'feedback-correct' : 'feedback-incorrect'}` },
      h('h3', null, format(strings.questionTitle, { n: slot + 1, total: state.drawn.length })),
      trustedHtml('div', { class: 'prompt' }, question.promptHtml),
      h('p', { class: 'review-verdict' }, correct ? strings.correct : strings.incorrect),
      h('p', null, `${strings.yourAnswer} ${texts(choiceIdsOf(question, mask))}`),
      correct ? null : h('p', null, `${strings.correctAnswer} ${texts(question.choices.filter((c) => c.correct).map((c) => c.id))}`),
      trustedHtml('div', { class: 'feedback-body' }, question.feedbackHtml),
    );
  });
  return h('ol', { class: 'review' }, ...items);
}

function formatNumber(value: number, language: string): string {
  try {
    return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
  } catch {
    return String(value);
  }
}
