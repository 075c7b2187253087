import type { Question } from '../../model/course.js';
import { format } from '../../model/label-format.js';
import { seededRandom, shuffled } from '../../runtime/core/seeded-random.js';
import { button, h, setContent } from '../../runtime/view/dom.js';
import { questionLegend } from '../../runtime/view/question-form.js';
import { packDigits, unpackDigits, type QuestionBehaviour } from '../answer-form.js';

/**
 * The answer is 1 + one number whose digit i (base steps) is the step shown
 * at position i; steps are indexes in the right order, so any arrangement,
 * even the untouched one, is an answer.
 */
function arrangement(question: Question, answer: number): number[] {
  return unpackDigits(answer - 1, question.choices.length, question.choices.length);
}

function encoded(order: readonly number[]): number {
  return 1 + packDigits(order, order.length);
}

function ids(question: Question, order: readonly number[]): string[] {
  return order.map((index) => question.choices[index]?.id ?? '');
}

/** The same scramble for the same form name, never the right order. */
function scrambled(count: number, name: string): number[] {
  const seed = [...name].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619), 2166136261);
  const order = shuffled(Array.from({ length: count }, (_, index) => index), seededRandom(seed >>> 0));
  return order.every((step, index) => step === index) ? [...order.slice(1), order[0] as number] : order;
}

/**
 * A list with Move up and Move down buttons on every step: no dragging, so
 * keyboard, switch and screen-reader users order it the same way. Each
 * move is announced in a polite live region and focus stays on the button
 * used, so pressing it again keeps moving the same step.
 */
export const orderingBehaviour: QuestionBehaviour = {
  form(question, choices, name, strings) {
    const given = choices.map((step) => question.choices.indexOf(step));
    let order = given.every((step, index) => step === index) ? scrambled(given.length, name) : given;
    let locked = false;
    const list = h('ol', { class: 'order-list' });
    const status = h('p', { class: 'order-status', 'aria-live': 'polite' });
    const draw = (focus?: { step: number; up: boolean }) => {
      setContent(list, ...order.map((step, position) => {
        const item = question.choices[step];
        const text = h('span', { class: 'order-step' });
        text.innerHTML = item?.html ?? '';
        const move = (up: boolean) => button(up ? strings.moveUp : strings.moveDown, () => {
          const to = position + (up ? -1 : 1);
          if (locked || to < 0 || to >= order.length) return;
          order = order.slice();
          [order[position], order[to]] = [order[to] as number, step];
          draw({ step, up });
          status.textContent = format(strings.movedTo, { item: item?.text ?? '', n: to + 1, total: order.length });
        }, 'button order-move');
        const up = move(true);
        const down = move(false);
        up.setAttribute('aria-label', `${strings.moveUp}: ${item?.text ?? ''}`);
        down.setAttribute('aria-label', `${strings.moveDown}: ${item?.text ?? ''}`);
        // aria-disabled, not disabled: a disabled button would drop the focus it holds.
        if (position === 0) up.setAttribute('aria-disabled', 'true');
        if (position === order.length - 1) down.setAttribute('aria-disabled', 'true');
        if (locked) for (const control of [up, down]) control.disabled = true;
        if (focus?.step === step) {
          // Focus stays on the button used, unless the step reached the end it moved toward.
          const canAgain = focus.up ? position > 0 : position < order.length - 1;
          (focus.up === canAgain ? up : down).focus();
        }
        return h('li', { class: 'order-item' }, text, h('span', { class: 'order-moves' }, up, down));
      }));
    };
    draw();
    const element = h('fieldset', { class: 'question question-ordering', 'data-question': question.id },
      questionLegend(question, strings.orderHint), list, status);
    return {
      element,
      selected: () => encoded(order),
      select: (answer) => {
        if (Number(answer) > 0) order = arrangement(question, Number(answer));
        draw();
      },
      lock: () => {
        locked = true;
        draw();
      },
    };
  },
  isCorrect: (question, answer) => arrangement(question, Number(answer)).every((step, index) => step === index),
  tracked: (question, answer) => ({ response: ids(question, arrangement(question, Number(answer))), correct: question.choices.map((step) => step.id) }),
  kept: (_, answer) => answer,
  largest: (question) => question.choices.length ** question.choices.length,
  describe: (question, answer) => arrangement(question, Number(answer)).map((step) => question.choices[step]?.text ?? '').join(' → '),
};
