import type { Question } from '../../model/course.js';
import type { Decision, Rating, Scenario } from '../../model/scenario.js';
import type { UiStrings } from '../../model/ui-strings.js';
import { button, h, setContent, trustedHtml } from '../view/dom.js';
import { questionForm } from '../view/question-form.js';
import { pathOf, stageOf, type ScenarioProgress } from './scenario-progress.js';

export interface ScenarioHost {
  strings: UiStrings;
  scenario(id: string): Scenario | undefined;
  progress(scenario: Scenario): ScenarioProgress;
  /** `shownAt`: when the decision appeared, for the interaction's latency. */
  choose(scenario: Scenario, pick: number, shownAt: number): void;
  goOn(scenario: Scenario): void;
  restart(scenario: Scenario): void;
}

/**
 * A scenario in place on its screen: the introduction, then one stage at a
 * time (a decision, the consequence of the choice made, the end). After
 * each step focus moves to the new stage's heading, so a screen reader
 * reads what happened and keyboard users carry on from there.
 */
export function scenarioBlock(id: string, host: ScenarioHost): HTMLElement | null {
  const scenario = host.scenario(id);
  if (!scenario) return null;
  const stage = h('div', { class: 'scenario-stage' });
  const show = (moveFocus: boolean) => {
    setContent(stage, stageElement(scenario, host, () => show(true)));
    // Focusing scrolls the heading into view, clear of the sticky footer (scroll padding, see Shell).
    if (moveFocus) stage.querySelector<HTMLElement>('h2')?.focus();
  };
  show(false);
  return h('section', { class: 'scenario', 'data-scenario': scenario.id }, trustedHtml('div', { class: 'content scenario-intro' }, scenario.introHtml), stage);
}

function stageElement(scenario: Scenario, host: ScenarioHost, changed: () => void): HTMLElement {
  const progress = host.progress(scenario);
  const strings = host.strings;
  const stage = stageOf(scenario, progress);
  if (stage.kind === 'decision') {
    const decision = scenario.decisions[stage.decision] as Decision;
    const shownAt = Date.now();
    const question = asQuestion(decision);
    const form = questionForm(question, question.choices, `cease-sc-${decision.id}`, strings);
    const message = h('p', { class: 'scenario-message', 'aria-live': 'polite' });
    const decide = button(strings.scenarioDecide, () => {
      const mask = form.selected();
      if (mask === 0) {
        message.textContent = strings.chooseFirst;
        return;
      }
      host.choose(scenario, Math.log2(mask & -mask), shownAt);
      changed();
    });
    return h('div', { class: 'scenario-decision' }, heading(decision.title), form.element, decide, message);
  }
  if (stage.kind === 'consequence') {
    const { choice } = stage;
    return h(
      'div',
      // The rating's colours are those of answer feedback; its heading names it, so colour only echoes it.
      { class: `feedback scenario-consequence ${RATING_CLASS[choice.rating]}` },
      heading(ratingLabel(choice.rating, strings)),
      h('p', { class: 'scenario-chosen' }, `${strings.scenarioYouChose} `, trustedHtml('span', null, choice.html)),
      trustedHtml('div', { class: 'content' }, choice.feedbackHtml),
      button(strings.scenarioContinue, () => {
        host.goOn(scenario);
        changed();
      }),
    );
  }
  const path = pathOf(scenario, progress.picks);
  const summary = h(
    'ol',
    { class: 'scenario-path' },
    ...path.map((decision, step) => {
      const choice = scenario.decisions[decision]?.choices[progress.picks[step] as number];
      return choice && h('li', null, `${scenario.decisions[decision]?.title}: ${choice.text} (${ratingLabel(choice.rating, strings)})`);
    }),
  );
  const after = scenario.graded
    ? h('p', null, strings.scenarioGraded)
    : button(strings.scenarioRestart, () => {
      host.restart(scenario);
      changed();
    });
  return h('div', { class: 'feedback scenario-end' }, heading(strings.scenarioEndTitle), summary, after);
}

const RATING_CLASS: Record<Rating, string> = { best: 'feedback-correct', acceptable: 'scenario-acceptable', harmful: 'feedback-incorrect' };

function heading(text: string): HTMLHeadingElement {
  return h('h2', { class: 'feedback-title', tabindex: '-1' }, text);
}

const RATING_LABEL = { best: 'scenarioBest', acceptable: 'scenarioAcceptable', harmful: 'scenarioHarmful' } as const;

function ratingLabel(rating: Rating, strings: UiStrings): string {
  return strings[RATING_LABEL[rating]];
}

/** A decision asked as a one-answer question: the same accessible fieldset as every question (which reads no other field). */
function asQuestion(decision: Decision): Question {
  const choices = decision.choices.map((choice) => ({ ...choice, correct: false }));
  return { id: decision.id, kind: 'single', promptHtml: decision.promptHtml, choices } as Pick<Question, 'id' | 'kind' | 'promptHtml' | 'choices'> as Question;
}
