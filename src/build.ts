import { resolve } from 'node:path';
import { compileCourse, type CompileOptions } from './compile.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { LoadOptions } from './load/load-course.js';
import type { PackageFormat } from './package/format.js';
import { formats } from './package/formats.js';
import { packageCourse, packageFileName, type WrittenPackage } from './package/package-course.js';

export interface BuildOptions extends Omit<LoadOptions, 'vars'>, Pick<CompileOptions, 'drafts'> {
  /** Format names (see `formats`); default `['scorm12']`. */
  formats?: readonly string[];
  /** Output folder, default `dist`. */
  outDir?: string;
  /** Variable files; each one is a separate variant (e.g. one package per city). */
  vars?: readonly string[];
  /** Called after each package is written, for progress output. */
  onPackage?: (written: WrittenPackage) => void;
  /** Called as each variant is checked and each package written, for a progress display. */
  onProgress?: (progress: BuildProgress) => void;
}

/** Where a build is: `done` of `total` steps of the current phase, and what is being worked on. */
export interface BuildProgress {
  phase: 'check' | 'package';
  done: number;
  total: number;
  /** The vars file or course folder being checked, or the package just written. */
  item: string;
}

export interface BuildResult {
  packages: WrittenPackage[];
  diagnostics: Diagnostic[];
}

export class UnknownFormatError extends Error {
  constructor(readonly format: string) {
    super(`Unknown format "${format}". Choose one of: ${[...formats.keys()].join(', ')}, all.`);
  }
}

/**
 * Compiles a course once per variable file (or once without) and, only when
 * no variant has an error, writes one package per variant and format.
 */
export async function buildCourse(courseDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const selected = selectedFormats(options.formats);
  const { courses, diagnostics } = await compileVariants(courseDir, options);
  if (!courses) return { packages: [], diagnostics };

  const names = new Map<string, string>();
  for (const { course, vars } of courses) {
    const name = packageFileName(course, selected[0]!);
    const other = names.get(name);
    if (other !== undefined) {
      diagnostics.push({
        file: vars ?? courseDir,
        severity: 'error',
        ruleId: 'package-name-clash',
        message: `${vars ?? 'The course'} gives the same course id and version as ${other || 'the course'} (${course.id} ${course.version}), so one package would overwrite the other.`,
        hint: 'Put a placeholder in the course id, e.g. id: my-course-{{city.slug}}, with a different value per file.',
      });
      return { packages: [], diagnostics };
    }
    names.set(name, vars ?? '');
  }

  const outDir = resolve(options.cwd ?? process.cwd(), options.outDir ?? 'dist');
  const packages: WrittenPackage[] = [];
  const total = courses.length * selected.length;
  for (const { course } of courses) {
    for (const format of selected) {
      const written = await packageCourse(course, format, outDir);
      packages.push(written);
      options.onPackage?.(written);
      options.onProgress?.({ phase: 'package', done: packages.length, total, item: written.path });
    }
  }
  return { packages, diagnostics };
}

/** The formats named (default scorm12); throws UnknownFormatError for a name that is none. */
export function selectedFormats(names: readonly string[] = ['scorm12']): PackageFormat[] {
  return names.map((name) => {
    const format = formats.get(name);
    if (!format) throw new UnknownFormatError(name);
    return format;
  });
}

/**
 * One compile per variable file; diagnostics shared by all variants are
 * listed once. The course must fit every format named (default scorm12).
 */
export async function compileVariants(courseDir: string, options: BuildOptions = {}) {
  const variants: (string | undefined)[] = options.vars?.length ? [...options.vars] : [undefined];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const courses = [];
  let failed = false;
  for (const [index, vars] of variants.entries()) {
    options.onProgress?.({ phase: 'check', done: index, total: variants.length, item: vars ?? courseDir });
    const result = await compileCourse(courseDir, {
      ...(options.cwd ? { cwd: options.cwd } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.drafts ? { drafts: options.drafts } : {}),
      ...(vars ? { vars: [vars] } : {}),
      formats: selectedFormats(options.formats),
    });
    for (const diagnostic of result.diagnostics) {
      const key = JSON.stringify(diagnostic);
      if (!seen.has(key)) diagnostics.push(diagnostic);
      seen.add(key);
    }
    if (result.course) courses.push({ course: result.course, vars });
    else failed = true;
  }
  return { courses: failed ? null : courses, diagnostics };
}
