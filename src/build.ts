import { resolve } from 'node:path';
import { compileCourse } from './compile.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { LoadOptions } from './load/load-course.js';
import { formats } from './package/formats.js';
import { packageCourse, type WrittenPackage } from './package/package-course.js';

export interface BuildOptions extends LoadOptions {
  /** Format names (see `formats`); default `['scorm12']`. */
  formats?: readonly string[];
  /** Output folder, default `dist`. */
  outDir?: string;
}

export interface BuildResult {
  packages: WrittenPackage[];
  diagnostics: Diagnostic[];
}

export class UnknownFormatError extends Error {
  constructor(readonly format: string) {
    super(`Unknown format "${format}". Choose one of: ${[...formats.keys()].join(', ')}.`);
  }
}

/** Compiles a course and, when it has no errors, writes one package per format. */
export async function buildCourse(courseDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const selected = (options.formats ?? ['scorm12']).map((name) => {
    const format = formats.get(name);
    if (!format) throw new UnknownFormatError(name);
    return format;
  });
  const { course, diagnostics } = await compileCourse(courseDir, options);
  if (!course) return { packages: [], diagnostics };
  const outDir = resolve(options.cwd ?? process.cwd(), options.outDir ?? 'dist');
  const packages: WrittenPackage[] = [];
  for (const format of selected) packages.push(await packageCourse(course, format, outDir));
  return { packages, diagnostics };
}
