import type { Question, Screen } from '../../model/course.js';
import type { UiStrings } from '../../model/ui-strings.js';
import type { MediaView } from '../transport/transport.js';
import { isCorrect } from '../core/answers.js';
import { scenarioBlock, type ScenarioHost } from '../scenario/scenario-view.js';
import { onClipEnded } from './clip-endings.js';
import { button, h, pageHeading, revealBelow, setContent, trustedHtml } from './dom.js';
import { questionForm } from './question-form.js';
import { turnableCards } from './reveal-cards.js';

export interface KnowledgeCheckHost {
  strings: UiStrings;
  question(id: string): Question | undefined;
  /** The answer last checked for this question, to show again on return or resume. */
  lastAnswer(question: Question): number | undefined;
  /** `shownAt` is when the question appeared, for the interaction's latency. */
  check(question: Question, mask: number, shownAt: number): void;
  /** A clip on the screen was played to its end. */
  mediaEnded(view: MediaView): void;
}

export function lessonScreen(screen: Screen, host: KnowledgeCheckHost, scenarios?: ScenarioHost): HTMLElement {
  const section = h('div', { class: 'screen' }, pageHeading(screen.title));
  for (const block of screen.blocks) {
    if (block.kind === 'html') {
      const content = trustedHtml('div', { class: 'content' }, block.html);
      turnableCards(content, host.strings);
      onClipEnded(content, host.mediaEnded);
      section.append(content);
      continue;
    }
    if (block.kind === 'scenario') {
      section.append(scenarios ? scenarioBlock(block.scenarioId, scenarios) ?? '' : '');
      continue;
    }
    const question = host.question(block.questionId);
    if (question) section.append(knowledgeCheck(question, host));
  }
  return section;
}

/**
 * Check answer shows teaching feedback at once in a polite live region; the
 * learner may change the answer and check again as often as they like. Only
 * the first check is recorded with the LMS: it is the honest measure of what
 * the learner knew, and 1.2 interactions are a journal, not a record to edit.
 */
function knowledgeCheck(question: Question, host: KnowledgeCheckHost): HTMLElement {
  const shownAt = Date.now();
  const form = questionForm(question, question.choices, `cease-kc-${question.id}`, host.strings);
  const feedback = h('div', { class: 'feedback', 'aria-live': 'polite' });
  const show = (mask: number) => {
    const correct = isCorrect(question, mask);
    feedback.className = `feedback ${correct ? 'feedback-correct' : 'feedback-incorrect'}`;
    setContent(
      feedback,
      h('h2', { class: 'feedback-title' }, correct ? host.strings.correct : host.strings.incorrect),
      trustedHtml('div', { class: 'feedback-body' }, question.feedbackHtml),
    );
  };
  const checkButton = button(host.strings.checkAnswer, () => {
    const mask = form.selected();
    if (mask === 0) {
      feedback.className = 'feedback';
      setContent(feedback, h('p', null, host.strings.chooseFirst));
      revealBelow(feedback);
      return;
    }
    host.check(question, mask, shownAt);
    show(mask);
    revealBelow(feedback);
  });
  const saved = host.lastAnswer(question);
  if (saved) {
    form.select(saved);
    show(saved);
  }
  return h('div', { class: 'knowledge-check' }, form.element, checkButton, feedback);
}
