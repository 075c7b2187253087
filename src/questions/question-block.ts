import type { RootContent } from 'mdast';
import type { Rule } from '../check/rule.js';
import type { Question } from '../model/course.js';
import type { QuestionDraft } from '../model/draft.js';

export type ToHtml = (nodes: readonly RootContent[]) => string;

/** The fields of a compiled question that depend on its type. */
export type TypedFields = Pick<Question, 'kind' | 'choices'> & Partial<Pick<Question, 'targets' | 'accepted' | 'caseMatters' | 'required'>>;

/**
 * What one question type adds to the compiler: the `:::name` it is written
 * with, how its list reads, the rules about its authoring mistakes, and how
 * it compiles. The browser side of each type lives beside it (`runtime.ts`).
 */
export interface QuestionBlock {
  directive: string;
  /** Attributes this type takes besides id, tags and always. */
  options: readonly string[];
  /** Choice questions take a task list (`- [x]`); the other types a plain list. */
  list: 'task' | 'plain';
  /** False for types that are never scored (surveys): they may not sit in the assessment. */
  graded: boolean;
  rules: readonly Rule[];
  render(draft: QuestionDraft, toHtml: ToHtml): TypedFields;
}
