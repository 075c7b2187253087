/**
 * Drives the player the way a learner does: clicking its buttons and inputs
 * in the page, never calling into the runtime.
 */
import type { Question } from '../../src/model/course.js';
import type { PlayerCourse } from '../../src/model/player.js';

export class Learner {
  constructor(
    readonly window: Window,
    readonly course: PlayerCourse,
  ) {}

  get document(): Document {
    return this.window.document;
  }

  heading(): string {
    return this.document.querySelector('#cease-main h1')?.textContent ?? '';
  }

  /** Text of the page shown (the course JSON in the page is not part of it). */
  text(): string {
    return this.document.getElementById('cease-main')?.textContent ?? '';
  }

  click(selector: string): void {
    const element = this.document.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`nothing matches ${selector} on "${this.heading()}"`);
    element.click();
  }

  /** Clicks a button by its visible label. */
  press(label: string): void {
    const button = [...this.document.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === label);
    if (!button) throw new Error(`no "${label}" button on "${this.heading()}"`);
    button.click();
  }

  next(): void {
    this.click('#cease-next');
  }

  previous(): void {
    this.click('#cease-prev');
  }

  exit(): void {
    this.click('#cease-exit');
  }

  /** Follows the table-of-contents link with this text. */
  open(entry: string): void {
    const link = [...this.document.querySelectorAll<HTMLElement>('#cease-toc-list a')].find((a) => a.textContent === entry);
    if (!link) throw new Error(`no contents link "${entry}"`);
    link.click();
  }

  canGoOn(): boolean {
    return this.document.getElementById('cease-next')?.getAttribute('aria-disabled') !== 'true';
  }

  /** Sets exactly these choices of a question on the page. */
  choose(questionId: string, choiceIds: readonly string[]): void {
    const inputs = this.document.querySelectorAll<HTMLInputElement>(`fieldset[data-question="${questionId}"] input`);
    if (inputs.length === 0) throw new Error(`question ${questionId} is not on "${this.heading()}"`);
    for (const input of inputs) if (input.checked !== choiceIds.includes(input.value)) input.click();
  }

  checked(questionId: string): string[] {
    const inputs = this.document.querySelectorAll<HTMLInputElement>(`fieldset[data-question="${questionId}"] input`);
    return [...inputs].filter((input) => input.checked).map((input) => input.value);
  }

  /** Presses the Check answer button of a knowledge check. */
  check(questionId: string): void {
    const fieldset = this.document.querySelector(`fieldset[data-question="${questionId}"]`);
    fieldset?.parentElement?.querySelector<HTMLButtonElement>('button')?.click();
  }

  feedback(questionId: string): string {
    const fieldset = this.document.querySelector(`fieldset[data-question="${questionId}"]`);
    return fieldset?.parentElement?.querySelector('.feedback')?.textContent ?? '';
  }

  /** The question shown on this page, if any. */
  question(): Question {
    const id = this.document.querySelector('#cease-main fieldset')?.getAttribute('data-question');
    const question = this.course.questions.find((q) => q.id === id);
    if (!question) throw new Error(`no question on "${this.heading()}"`);
    return question;
  }

  /** Answers the question on the page right or wrong, and submits it. */
  answer(right: boolean): Question {
    const question = this.question();
    this.choose(question.id, right ? correctIds(question) : wrongIds(question));
    this.press(this.course.strings.submit);
    return question;
  }

  /** Opens the first assessment question and answers every drawn question, right or wrong in turn, ending on the result page. */
  takeAssessment(rights: readonly boolean[]): Question[] {
    this.open(this.course.strings.questionOf.replace('{n}', '1'));
    return rights.map((right) => {
      const question = this.answer(right);
      this.next();
      return question;
    });
  }

  /** Presses Next until it cannot go on; returns the headings seen. */
  visitAll(): string[] {
    const seen = [this.heading()];
    while (this.canGoOn()) {
      this.next();
      seen.push(this.heading());
    }
    return seen;
  }
}

export function correctIds(question: Question): string[] {
  return question.choices.filter((choice) => choice.correct).map((choice) => choice.id);
}

/** A wrong answer: the first wrong choice, or for multiple response one correct choice short. */
export function wrongIds(question: Question): string[] {
  if (question.kind === 'multiple') return correctIds(question).slice(1);
  return [question.choices.find((choice) => !choice.correct)?.id as string];
}

/** Lets promise callbacks in the page (commit results) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
