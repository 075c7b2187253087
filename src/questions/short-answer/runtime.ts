import type { Question } from '../../model/course.js';
import { h } from '../../runtime/view/dom.js';
import { questionLegend } from '../../runtime/view/question-form.js';
import type { Answer, QuestionBehaviour } from '../answer-form.js';
import { acceptedIndex } from './normalise.js';

/** Longest answer the field takes. Past 250 characters SCORM 2004 records it as long-fill-in. */
export const MAX_TYPED = 500;
/** A wrong answer is kept for resume up to this many characters, so the suspend state stays small. */
export const KEPT_TEXT = 24;

function accepted(question: Question): string[] {
  return question.accepted ?? [];
}

/** A kept right answer is the number of the accepted answer it matched (from 1); a wrong one is its text. */
function textOf(question: Question, answer: Answer): string {
  return typeof answer === 'number' ? accepted(question)[answer - 1] ?? '' : answer;
}

function matched(question: Question, answer: Answer): number {
  return typeof answer === 'number' ? answer - 1 : acceptedIndex(accepted(question), question.caseMatters === true, answer);
}

/** One text field named by the prompt; the hint says how it is compared. */
export const shortAnswerBehaviour: QuestionBehaviour = {
  form(question, _, name, strings) {
    const legendId = `${name}-prompt`;
    const input = h('input', { type: 'text', id: `${name}-text`, name, maxlength: String(MAX_TYPED), autocomplete: 'off', spellcheck: 'false', 'aria-labelledby': legendId });
    const element = h('fieldset', { class: 'question question-short-answer', 'data-question': question.id },
      questionLegend(question, strings.typeAnswer, legendId), h('div', { class: 'short-answer' }, input));
    return {
      element,
      selected: () => input.value,
      select: (answer) => { input.value = textOf(question, answer); },
      lock: () => { input.readOnly = true; },
    };
  },
  isCorrect: (question, answer) => matched(question, answer) >= 0,
  tracked: (question, answer) => ({ response: [textOf(question, answer).trim()], correct: accepted(question) }),
  kept(question, answer) {
    const index = matched(question, answer);
    if (index >= 0) return index + 1;
    const text = textOf(question, answer).trim();
    if (text.length <= KEPT_TEXT) return text;
    // A cut must not split a surrogate pair, nor turn a wrong answer into an accepted one.
    const cut = text.slice(0, KEPT_TEXT).replace(/[\uD800-\uDBFF]$/, '');
    return matched(question, cut) >= 0 ? `${cut}…` : cut;
  },
  describe: (question, answer) => textOf(question, answer),
  // Three UTF-8 bytes per character is the most a kept text of one-unit characters takes, plus the mark of a cut.
  largest: () => `${'€'.repeat(KEPT_TEXT)}…`,
};
