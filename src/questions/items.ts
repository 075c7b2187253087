import type { Choice } from '../model/course.js';
import type { ItemDraft, LessonDraft, QuestionDraft } from '../model/draft.js';
import type { Report } from '../check/rule.js';
import type { ToHtml } from './question-block.js';

/** Plain text as sanitised inline HTML (the list items of the new types are read as text). */
export function inlineHtml(text: string, toHtml: ToHtml): string {
  return toHtml([{ type: 'paragraph', children: [{ type: 'text', value: text }] }]).replace(/^<p>|<\/p>\n?$/g, '');
}

export function choiceOf(id: string, text: string, toHtml: ToHtml): Choice {
  return { id, html: inlineHtml(text, toHtml), text, correct: false };
}

/** `1`–`9`: SCORM 1.2 matching sources and likert answers are single characters (RTE 1.2 §3.4.2.7). */
export function digitId(index: number): string {
  return String(index + 1);
}

export function letterId(index: number): string {
  return String.fromCharCode(97 + index);
}

/** The questions of one block type, each with where it is written. */
export function* questionsOf(lessons: readonly LessonDraft[], block: string): Generator<{ lesson: LessonDraft; question: QuestionDraft; name: string }> {
  for (const lesson of lessons) {
    for (const question of lesson.questions) {
      if (question.block === block) yield { lesson, question, name: question.id ? `"${question.id}"` : `at line ${question.position.line}` };
    }
  }
}

/** Reports the first item whose text repeats an earlier one (after `key`), at the repeat. */
export function reportRepeat(lesson: LessonDraft, items: readonly ItemDraft[], key: (item: ItemDraft) => string, report: Report, what: string, hint: string): void {
  const seen = new Map<string, number>();
  for (const item of items) {
    const earlier = seen.get(key(item));
    if (earlier !== undefined) {
      report({ file: lesson.file, position: item.position }, `${what} "${item.text}" is already listed at line ${earlier}.`, hint);
      return;
    }
    seen.set(key(item), item.position.line);
  }
}

/** A bare attribute or `="true"` is on; anything else is a mistake the type's rule reports. */
export function flagOf(question: QuestionDraft, name: string): boolean {
  return question.options[name] === '' || question.options[name] === 'true';
}
