import type { Choice, Question } from '../../model/course.js';
import { h } from '../../runtime/view/dom.js';
import { questionLegend } from '../../runtime/view/question-form.js';
import { packDigits, unpackDigits, type QuestionBehaviour } from '../answer-form.js';

/**
 * The answer is one number: digit i (base targets + 1) is the target picked
 * for item i, counted from 1, or 0 when none is picked yet.
 */
function picks(question: Question, answer: number): number[] {
  return unpackDigits(answer, targetsOf(question).length + 1, question.choices.length);
}

function targetsOf(question: Question): Choice[] {
  return question.targets ?? [];
}

/** `1.a`: item id, target id (format-neutral; each transport writes its own delimiter). */
function pairs(question: Question, digits: readonly number[]): string[] {
  return question.choices.flatMap((item, index) => {
    const target = targetsOf(question)[(digits[index] ?? 0) - 1];
    return target ? [`${item.id}.${target.id}`] : [];
  });
}

function rightDigits(question: Question): number[] {
  return question.choices.map((item) => targetsOf(question).findIndex((target) => target.id === item.match) + 1);
}

/**
 * One native `<select>` per item, each labelled by its item: keyboard,
 * touch and screen readers handle it with nothing to learn. The answers are
 * listed alphabetically, so their order gives nothing away.
 */
export const matchingBehaviour: QuestionBehaviour = {
  form(question, _, name, strings) {
    const targets = targetsOf(question).slice().sort((a, b) => a.text.localeCompare(b.text));
    const selects = question.choices.map((item) => h(
      'select',
      { id: `${name}-${item.id}`, name: `${name}-${item.id}` },
      h('option', { value: '' }, strings.choosePlaceholder),
      ...targets.map((target) => h('option', { value: target.id }, target.text)),
    ));
    const rows = question.choices.map((item, index) => {
      const label = h('label', { for: `${name}-${item.id}` });
      label.innerHTML = item.html;
      return h('div', { class: 'match-row' }, label, selects[index]);
    });
    const element = h('fieldset', { class: 'question question-matching', 'data-question': question.id },
      questionLegend(question, strings.chooseMatch), h('div', { class: 'match-rows' }, ...rows));
    const ids = targetsOf(question).map((target) => target.id);
    return {
      element,
      selected: () => packDigits(selects.map((select) => ids.indexOf(select.value) + 1), ids.length + 1),
      select: (answer) => picks(question, Number(answer)).forEach((digit, index) => {
        const select = selects[index];
        if (select) select.value = ids[digit - 1] ?? '';
      }),
      lock: () => selects.forEach((select) => { select.disabled = true; }),
    };
  },
  isCorrect: (question, answer) => Number(answer) === packDigits(rightDigits(question), targetsOf(question).length + 1),
  tracked: (question, answer) => ({ response: pairs(question, picks(question, Number(answer))), correct: pairs(question, rightDigits(question)) }),
  kept: (_, answer) => answer,
  largest: (question) => (targetsOf(question).length + 1) ** question.choices.length - 1,
  describe: (question, answer) => {
    const digits = picks(question, Number(answer));
    return question.choices.map((item, index) => `${item.text} → ${targetsOf(question)[(digits[index] ?? 0) - 1]?.text ?? '—'}`).join('; ');
  },
};
