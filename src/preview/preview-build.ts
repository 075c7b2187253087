import { compileCourse } from '../compile.js';
import { sortDiagnostics } from '../diagnostics/reporter.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PackageFormat } from '../package/format.js';
import { packageFiles } from '../package/package-course.js';

export interface PreviewBuildOptions {
  vars?: string;
  locale?: string;
}

/** One compile of the course for the browser: the package's files, held in memory. */
export interface PreviewBuild {
  /** Counts up with each rebuild, so the page can tell a new build from an old one. */
  number: number;
  format: string;
  /** Null when the course has errors; the page then shows the diagnostics. */
  title: string | null;
  /** Package path → bytes: exactly the files `cease build` would zip. */
  files: ReadonlyMap<string, Buffer> | null;
  diagnostics: Diagnostic[];
}

/**
 * Compiles the course and lays out the package in memory, with the same
 * files (and the same checks) as `cease build`, so what the preview
 * plays is what the LMS gets (no zip is written).
 */
export async function buildPreview(
  courseDir: string,
  format: PackageFormat,
  number: number,
  options: PreviewBuildOptions = {},
): Promise<PreviewBuild> {
  const result = await compileCourse(courseDir, {
    formats: [format],
    ...(options.vars ? { vars: [options.vars] } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const diagnostics = sortDiagnostics(result.diagnostics);
  if (!result.course) return { number, format: format.name, title: null, files: null, diagnostics };
  const files = new Map<string, Buffer>();
  for (const file of (await packageFiles(result.course, format)).files) {
    files.set(file.path, Buffer.isBuffer(file.contents) ? file.contents : Buffer.from(file.contents));
  }
  return { number, format: format.name, title: result.course.title, files, diagnostics };
}
