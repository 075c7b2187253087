import type { Image } from 'mdast';
import type { LessonDraft } from '../../model/draft.js';
import type { Location } from '../rule.js';

export function imageLocation(lesson: LessonDraft, image: Image): Location {
  const start = image.position?.start;
  return { file: lesson.file, ...(start ? { position: { line: start.line, column: start.column } } : {}) };
}
