import type { LessonDraft, QuestionDraft } from '../model/draft.js';
import { questionTags } from '../model/draft.js';

/** The assessment lesson (the first one, if several claim it), or null. */
export function assessmentLesson(lessons: readonly LessonDraft[]): LessonDraft | null {
  return lessons.find((lesson) => lesson.assessment) ?? null;
}

/** Pool questions carrying `tag`. */
export function taggedWith(lesson: LessonDraft, tag: string): QuestionDraft[] {
  return lesson.questions.filter((question) => questionTags(question).includes(tag));
}
