import { basename } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CourseSource } from '../load/load-course.js';
import type { CourseDraft } from '../model/draft.js';
import type { DraftSeverity } from './draft-values.js';
import type { LessonTrees } from './lesson-trees.js';
import { parseLesson } from './parse-lesson.js';
import { parseSettings } from './parse-settings.js';

/** Parse stage: course.yml and every lesson into one draft with positions. */
export function parseCourse(
  source: CourseSource,
  diagnostics: Diagnostic[],
  drafts: DraftSeverity = 'warning',
  trees?: LessonTrees,
): CourseDraft | null {
  const settings = parseSettings(source, drafts, diagnostics);
  if (!settings) return null;
  return {
    dir: source.dir,
    configFile: source.config.source.displayPath,
    settings,
    files: source.files,
    fileSizes: source.fileSizes,
    scriptedFiles: source.scriptedFiles,
    diskPaths: source.diskPaths,
    captionTexts: source.captionTexts,
    otherLanguages: source.otherLanguages,
    lessons: source.lessons.map((file) => parseLesson(file, basename(file.path), settings.variables, diagnostics, trees)),
  };
}
