/**
 * Answers every question type the way a learner does, by mouse or by
 * keyboard alone: a matching list per item, Move up/Move down buttons for
 * an ordering, typing for a short answer, radios for choices and surveys.
 */
import type { BrowserLearner } from './learner.js';

/** An answer to give: choice ids, `item → target id` for matching, step ids in order, or typed text. */
export type Given = { choose: string[] } | { match: Record<string, string> } | { order: string[] } | { type: string };

export async function give(learner: BrowserLearner, questionId: string, given: Given): Promise<void> {
  const set = `fieldset[data-question="${questionId}"]`;
  if ('choose' in given) return learner.choose(questionId, given.choose);
  if ('type' in given) {
    if (learner.by === 'mouse') await learner.click(`${set} input[type=text]`);
    else await learner.tabTo(`${set} input[type=text]`);
    // Type only once the field has focus, or the keys would go elsewhere.
    await learner.frame.waitForFunction((selector) => document.activeElement === document.querySelector(selector), `${set} input[type=text]`);
    await learner.page.keyboard.type(given.type);
    return;
  }
  if ('match' in given) {
    for (const [item, target] of Object.entries(given.match)) {
      const select = `${set} select[id$="-${item}"]`;
      if (learner.by === 'mouse') {
        // The open list of a native select is drawn by the browser, outside the page: pick as its click would.
        await learner.frame.locator(select).selectOption(target);
        continue;
      }
      await learner.tabTo(select);
      const { at, to } = await learner.frame.locator(select).evaluate((element, value) => {
        const options = [...(element as HTMLSelectElement).options].map((option) => option.value);
        return { at: (element as HTMLSelectElement).selectedIndex, to: options.indexOf(value) };
      }, target);
      for (let step = at; step < to; step++) await learner.press('ArrowDown');
      for (let step = at; step > to; step--) await learner.press('ArrowUp');
    }
    return;
  }
  const texts = await learner.frame.locator(`${set} .order-step`).allInnerTexts();
  const question = learner.question(questionId);
  const wanted = given.order.map((id) => question.choices.find((step) => step.id === id)?.text ?? '');
  for (let position = 0; position < wanted.length; position++) {
    const current = (await learner.frame.locator(`${set} .order-step`).allInnerTexts()).indexOf(wanted[position] as string);
    for (let moves = current; moves > position; moves--) await learner.activate(`${set} button[aria-label="${learner.course.strings.moveUp}: ${wanted[position]}"]`);
  }
  if (texts.length !== wanted.length) throw new Error(`${questionId} shows ${texts.length} steps, not ${wanted.length}`);
}

/** Answers the knowledge check or survey and presses its button. */
export async function check(learner: BrowserLearner, questionId: string, given: Given): Promise<void> {
  await give(learner, questionId, given);
  await learner.activate(`.knowledge-check:has(fieldset[data-question="${questionId}"]) > button`);
}

/** Answers the assessment question shown and submits it. */
export async function submit(learner: BrowserLearner, questionId: string, given: Given): Promise<void> {
  await give(learner, questionId, given);
  await learner.activate('#cease-main button.button-primary');
}
