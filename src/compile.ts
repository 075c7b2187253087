import { checkCompiled } from './check/check-compiled.js';
import { checkCourse } from './check/check-course.js';
import { hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { loadCourse, type LoadOptions } from './load/load-course.js';
import type { Course } from './model/course.js';
import type { PackageFormat } from './package/format.js';
import type { DraftSeverity } from './parse/draft-values.js';
import type { LessonTrees } from './parse/lesson-trees.js';
import { parseCourse } from './parse/parse-course.js';
import { renderCourse } from './render/render-course.js';

export interface CompileOptions extends LoadOptions {
  /** How a `!todo` value is reported: a warning (default), or an error for a build meant for learners. */
  drafts?: DraftSeverity;
  /** Formats to be packaged, whose limits the compiled course must fit (none: only format-independent checks). */
  formats?: readonly PackageFormat[];
  /** Trees of the lessons other variants of the same build have parsed. */
  lessonTrees?: LessonTrees;
}

export interface CompileResult {
  /** Null when any error was found: nothing may be packaged then. */
  course: Course | null;
  diagnostics: Diagnostic[];
}

/** load → parse → check → render → check the compiled course. Never throws for bad input; it reports. */
export async function compileCourse(courseDir: string, options: CompileOptions = {}): Promise<CompileResult> {
  const diagnostics: Diagnostic[] = [];
  const source = await loadCourse(courseDir, options, diagnostics);
  const draft = source ? parseCourse(source, diagnostics, options.drafts, options.lessonTrees) : null;
  if (draft) checkCourse(draft, diagnostics);
  const rendered = draft && !hasErrors(diagnostics) ? renderCourse(draft) : null;
  if (draft && rendered) checkCompiled(rendered, draft, options.formats ?? [], diagnostics);
  return { course: hasErrors(diagnostics) ? null : rendered, diagnostics };
}
