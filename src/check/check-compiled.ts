import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Course } from '../model/course.js';
import type { CourseDraft } from '../model/draft.js';
import type { PackageFormat } from '../package/format.js';
import { checkActivityIris } from './activity-iris.js';
import { checkResumeData } from './resume-data-size.js';

/**
 * Checks of what the packages will carry, which only the compiled course
 * shows: the IRIs after placeholders are filled, and the resume data each
 * format's platform must keep. Not rules: no course.yml setting turns them
 * off, since an LRS or LMS refuses the learner's record whatever the author says.
 */
export function checkCompiled(course: Course, draft: CourseDraft, formats: readonly PackageFormat[], diagnostics: Diagnostic[]): void {
  checkActivityIris(course, draft.settings, diagnostics);
  for (const format of formats) checkResumeData(course, draft, format, diagnostics);
}
