/**
 * A learner in the browser: by mouse (real clicks on labels and buttons) or
 * by keyboard only (Tab, Shift+Tab, Space, Enter, arrow keys). Answers come
 * from the course JSON the page embeds, as the compiler wrote it.
 */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Question } from '../../../src/model/course.js';
import type { PlayerCourse } from '../../../src/model/player.js';
import { courseInPage } from '../../helpers/page-course.js';
import { focusState } from './audit.js';

export type PageKind = 'screen' | 'question' | 'result';

export class BrowserLearner {
  /** Keyboard only: each control as it is used (buttons before Enter, choices after Space or arrows), with its ring and whether anything covers it. */
  readonly focused: Awaited<ReturnType<typeof focusState>>[] = [];
  /** Every page change: the new heading, and whether focus landed on it. */
  readonly arrivals: { heading: string; focusOnHeading: boolean }[] = [];
  private constructor(
    readonly page: Page,
    readonly frame: Frame,
    readonly course: PlayerCourse,
    readonly by: 'mouse' | 'keyboard',
  ) {}

  /**
   * The learner in front of a course just launched, past its cover: by mouse
   * a click on Start (or Continue); by keyboard the skip link first (Tab
   * must reach it first, Enter must move focus to the page), then Tab to the
   * button and Enter. Either way focus lands on the first page's heading.
   */
  static async on(page: Page, frame: Frame, by: 'mouse' | 'keyboard' = 'mouse'): Promise<BrowserLearner> {
    const learner = new BrowserLearner(page, frame, courseInPage(await frame.content()), by);
    await frame.waitForSelector('#cease-main h1');
    if (await frame.locator('#cease-start').count() === 0) return learner;
    if (by === 'keyboard') {
      await learner.press('Tab');
      expect(await frame.evaluate(() => document.activeElement?.id)).toBe('cease-skip');
      await learner.press('Enter');
      expect(await frame.evaluate(() => document.activeElement?.id)).toBe('cease-main');
    }
    await learner.next('#cease-start');
    return learner;
  }

  heading(): Promise<string> {
    return this.frame.locator('#cease-main h1').innerText();
  }

  /** What the page is, in one round trip. */
  kind(): Promise<PageKind> {
    return this.frame.evaluate(() =>
      document.querySelector('#cease-main .result') ? 'result' : document.querySelector('#cease-main > .screen > fieldset.question') ? 'question' : 'screen',
    );
  }

  canGoOn(): Promise<boolean> {
    return this.frame.locator('#cease-next').evaluate((next) => next.getAttribute('aria-disabled') !== 'true');
  }

  /** Question ids on the page, in page order (a scenario's decisions are not questions). */
  questionIds(): Promise<string[]> {
    return this.frame.locator('#cease-main fieldset[data-question]:not(.scenario fieldset)').evaluateAll((sets) => sets.map((set) => set.getAttribute('data-question') ?? ''));
  }

  question(id: string): Question {
    const question = this.course.questions.find((candidate) => candidate.id === id);
    if (!question) throw new Error(`no question ${id} in the course JSON`);
    return question;
  }

  /** The right choice ids, or a wrong answer: the first incorrect choice alone. */
  answerFor(id: string, right: boolean): string[] {
    const choices = this.question(id).choices;
    if (right) return choices.filter((choice) => choice.correct).map((choice) => choice.id);
    return [(choices.find((choice) => !choice.correct) ?? choices[0])?.id as string];
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Tabs forward (or back) until the focused element matches; fails if it is never reached. */
  async tabTo(selector: string, backwards = false): Promise<void> {
    for (let presses = 0; presses < 60; presses++) {
      if (await this.frame.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await this.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Tab never reached ${selector} on "${await this.heading()}"`);
  }

  /**
   * A real mouse click at the centre of the element, after scrolling it into
   * view; fails when something else (the sticky footer, say) is on top of
   * it. Playwright's own click does the same with waits that made a walk
   * through the course several times slower.
   */
  async click(selector: string): Promise<void> {
    const target = await this.frame.locator(selector).first().evaluate((element) => {
      element.scrollIntoView({ block: 'nearest' });
      const box = element.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      const reached = hit !== null && (element.contains(hit) || (element instanceof HTMLLabelElement && hit === element.control));
      return { x, y, reached, hit: hit ? `${hit.tagName}.${hit.className}` : 'nothing' };
    });
    if (!target.reached) throw new Error(`${selector} is covered by ${target.hit} on "${await this.heading()}"`);
    // A course opened as the page itself (an xAPI or cmi5 launch) has no frame around it.
    const frameBox = this.frame.parentFrame() ? await (await this.frame.frameElement()).boundingBox() : null;
    await this.page.mouse.click((frameBox?.x ?? 0) + target.x, (frameBox?.y ?? 0) + target.y);
  }

  /** Activates a control: a click, or Tab to it and Enter. */
  async activate(selector: string): Promise<void> {
    if (this.by === 'mouse') return this.click(selector);
    await this.tabTo(selector);
    this.focused.push(await focusState(this.frame));
    await this.press('Enter');
  }

  /** Goes to the next page (or, with a selector, presses that control) and notes where focus landed. */
  async next(selector = '#cease-next'): Promise<void> {
    await this.activate(selector);
    this.arrivals.push(
      await this.frame.evaluate(() => {
        const heading = document.querySelector('#cease-main h1');
        return { heading: heading?.textContent ?? '', focusOnHeading: heading !== null && document.activeElement === heading };
      }),
    );
  }

  /** Sets exactly these choices of a question. */
  async choose(questionId: string, choiceIds: readonly string[]): Promise<void> {
    const inputs = this.frame.locator(`fieldset[data-question="${questionId}"] input`);
    const all = await inputs.evaluateAll((list) => list.map((input) => ({ id: input.id, value: (input as HTMLInputElement).value, type: (input as HTMLInputElement).type, checked: (input as HTMLInputElement).checked })));
    if (this.by === 'mouse') {
      for (const input of all) {
        if (input.checked !== choiceIds.includes(input.value)) await this.click(`label[for="${input.id}"]`);
      }
      return;
    }
    if (all[0]?.type === 'radio') {
      // Tab enters a radio group on its checked radio, else the first; arrows move and check.
      await this.tabTo(`fieldset[data-question="${questionId}"] input`);
      const at = await this.frame.evaluate(() => (document.activeElement as HTMLInputElement).value);
      const from = all.findIndex((input) => input.value === at);
      const to = all.findIndex((input) => input.value === choiceIds[0]);
      if (from === to) await this.press('Space');
      for (let step = from; step < to; step++) await this.press('ArrowDown');
      for (let step = from; step > to; step--) await this.press('ArrowUp');
      this.focused.push(await focusState(this.frame));
      return;
    }
    for (const input of all) {
      if (input.checked === choiceIds.includes(input.value)) continue;
      await this.tabTo(`#${input.id}`);
      await this.press('Space');
      this.focused.push(await focusState(this.frame));
    }
  }

  feedback(questionId: string): Promise<string> {
    return this.frame.locator(`fieldset[data-question="${questionId}"] ~ .feedback`).innerText();
  }

  /** Answers every knowledge check on the screen (right or wrong) and checks it. */
  async answerChecks(right: boolean): Promise<void> {
    for (const id of await this.questionIds()) {
      await this.choose(id, this.answerFor(id, right));
      await this.activate(`.knowledge-check:has(fieldset[data-question="${id}"]) button`);
    }
  }

  /** Plays every scenario on the screen to its end, taking the best choice at each decision and going on after each consequence. */
  async playScenarios(): Promise<void> {
    for (let steps = 0; steps < 100; steps++) {
      const stage = await this.frame.evaluate(() => {
        const decision = document.querySelector('#cease-main .scenario-decision fieldset');
        if (decision) return decision.getAttribute('data-question') ?? '';
        return document.querySelector('#cease-main .scenario-consequence') ? 'consequence' : null;
      });
      if (stage === null) return;
      if (stage === 'consequence') {
        await this.activate('#cease-main .scenario-consequence button');
        continue;
      }
      const decision = (this.course.scenarios ?? []).flatMap((scenario) => scenario.decisions).find((candidate) => candidate.id === stage);
      const best = decision?.choices.find((choice) => choice.rating === 'best');
      if (!best) throw new Error(`no decision ${stage} with a best choice in the course JSON`);
      await this.choose(stage, [best.id]);
      await this.activate('#cease-main .scenario-decision button');
    }
    throw new Error(`a scenario on "${await this.heading()}" never ended`);
  }

  /** Answers the assessment question shown and submits it. */
  async submitAnswer(right: boolean): Promise<void> {
    const [id] = await this.questionIds();
    await this.choose(id as string, this.answerFor(id as string, right));
    await this.activate('#cease-main button.button-primary');
  }

  /** Walks on from here to the result page, answering knowledge checks and questions. */
  async toResult(rightAnswers: (slot: number) => boolean, onPage?: (kind: PageKind) => Promise<void>): Promise<void> {
    let slot = 0;
    for (let pages = 0; pages < 200; pages++) {
      const kind = await this.kind();
      if (kind === 'screen') {
        await this.answerChecks(true);
        await this.playScenarios();
      }
      if (kind === 'question') await this.submitAnswer(rightAnswers(slot++));
      await onPage?.(kind);
      if (kind === 'result') return;
      await this.next();
    }
    throw new Error('the result page never came');
  }
}
