import type { Node } from 'mdast';
import type { LessonDraft } from '../../model/draft.js';
import type { Location } from '../rule.js';

/** Where a Markdown node starts in its lesson; only the file when the node has no position. */
export function nodeLocation(lesson: LessonDraft, node: Node): Location {
  const start = node.position?.start;
  return { file: lesson.file, ...(start ? { position: { line: start.line, column: start.column } } : {}) };
}
