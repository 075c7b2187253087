import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Course } from '../model/course.js';
import type { CourseDraft } from '../model/draft.js';
import { checkActivityIris } from './activity-iris.js';

/**
 * Checks of what the packages will carry, which only the compiled course
 * shows: the IRIs after placeholders are filled. Not rules: no course.yml
 * setting turns them off, since an LRS refuses the learner's record whatever
 * the author says.
 */
export function checkCompiled(course: Course, draft: CourseDraft, diagnostics: Diagnostic[]): void {
  checkActivityIris(course, draft.settings, diagnostics);
}
