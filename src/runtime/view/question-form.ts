import type { Choice, Question } from '../../model/course.js';
import type { UiStrings } from '../../model/ui-strings.js';
import { maskOf } from '../../questions/choice/mask.js';
import { h, trustedHtml } from './dom.js';

export interface QuestionForm {
  element: HTMLFieldSetElement;
  /** Mask of the checked choices; 0 when none. */
  selected(): number;
  select(mask: number): void;
  /** Submitted answers cannot change. */
  lock(): void;
}

/**
 * A question as a native fieldset: the prompt is the legend, so screen
 * readers announce it with each choice; radios for one answer, checkboxes
 * for several, each with its own label (a large click target).
 */
export function questionForm(question: Question, choices: readonly Choice[], name: string, strings: UiStrings): QuestionForm {
  const type = question.kind === 'multiple' ? 'checkbox' : 'radio';
  const inputs = choices.map((choice) => h('input', { type, name, id: `${name}-${choice.id}`, value: choice.id }));
  const optional = question.kind === 'likert' && !question.required ? ` ${strings.optionalAnswer}` : '';
  const legend = questionLegend(question, (type === 'checkbox' ? strings.chooseAll : strings.chooseOne) + optional);
  const list = h(
    'div',
    { class: 'choices' },
    ...choices.map((choice, index) =>
      h('div', { class: 'choice' }, inputs[index], trustedHtml('label', { for: `${name}-${choice.id}` }, choice.html)),
    ),
  );
  const element = h('fieldset', { class: 'question', 'data-question': question.id }, legend, list);
  return {
    element,
    selected: () => maskOf(question, inputs.filter((input) => input.checked).map((input) => input.value)),
    select: (mask) => {
      const chosen = new Set(question.choices.filter((_, index) => mask & (1 << index)).map((choice) => choice.id));
      for (const input of inputs) input.checked = chosen.has(input.value);
    },
    lock: () => {
      for (const input of inputs) input.disabled = true;
    },
  };
}

/** The prompt and the hint on how to answer, as a fieldset legend. */
export function questionLegend(question: Question, hint: string, id?: string): HTMLLegendElement {
  return h('legend', id ? { id } : null, promptElement(question.promptHtml), h('span', { class: 'question-hint' }, hint));
}

/** A one-paragraph prompt loses its <p>, so the legend holds phrasing content as HTML expects. */
function promptElement(html: string): HTMLElement {
  const prompt = trustedHtml('span', { class: 'prompt' }, html);
  const only = prompt.firstElementChild;
  if (prompt.childElementCount === 1 && only?.tagName === 'P' && prompt.textContent === only.textContent) {
    prompt.innerHTML = only.innerHTML;
  }
  return prompt;
}
