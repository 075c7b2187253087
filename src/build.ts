import { join, resolve } from 'node:path';
import { compileCourse, type CompileOptions } from './compile.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { LoadOptions } from './load/load-course.js';
import type { Course } from './model/course.js';
import type { PackageFormat } from './package/format.js';
import { formats } from './package/formats.js';
import { OutputError } from './package/output-error.js';
import { packageCourse, packageFileName, type WrittenPackage } from './package/package-course.js';
import { LessonTrees } from './parse/lesson-trees.js';

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
  /** The output folder could not be written (an `output-unwritable` diagnostic says why); the build stopped there. */
  unwritable: boolean;
}

export interface CourseBuild extends BuildResult {
  courseDir: string;
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
  return (await buildCourses([courseDir], options))[0]!;
}

/**
 * Builds several courses into one output folder. Every course is compiled
 * and every package name settled before the first zip is written, so two
 * courses (or two --vars files) with the same package name are an error and
 * nothing is written, not one zip silently written over the other.
 */
export async function buildCourses(courseDirs: readonly string[], options: BuildOptions = {}): Promise<CourseBuild[]> {
  const selected = selectedFormats(options.formats);
  const builds: (CourseBuild & { courses: CompiledVariant[] | null })[] = [];
  const owners = new Map<string, string>();
  for (const courseDir of courseDirs) {
    const { courses, diagnostics } = await compileVariants(courseDir, options);
    const clash = courses && (variantClash(courseDir, courses, selected[0]!) ?? courseClash(courseDir, courses, selected[0]!, owners));
    if (clash) diagnostics.push(clash);
    else for (const { course } of courses ?? []) owners.set(packageFileName(course, selected[0]!), courseDir);
    builds.push({ courseDir, courses: clash ? null : courses, packages: [], diagnostics, unwritable: false });
  }

  // A clash means the call itself is wrong (which of the two was meant?): nothing is written.
  if (builds.some((build) => build.diagnostics.some((diagnostic) => diagnostic.ruleId === 'package-name-clash'))) return builds;
  const outDir = resolve(options.cwd ?? process.cwd(), options.outDir ?? 'dist');
  for (const build of builds) {
    const total = (build.courses?.length ?? 0) * selected.length;
    for (const { course } of build.courses ?? []) {
      for (const format of selected) {
        try {
          const written = await packageCourse(course, format, outDir);
          build.packages.push(written);
          options.onPackage?.(written);
          options.onProgress?.({ phase: 'package', done: build.packages.length, total, item: written.path });
        } catch (error) {
          if (!(error instanceof OutputError)) throw error;
          // The output folder is unusable for every package after this one too.
          build.diagnostics.push(error.diagnostic);
          build.unwritable = true;
          return builds;
        }
      }
    }
  }
  return builds;
}

interface CompiledVariant {
  course: Course;
  vars: string | undefined;
}

/** Two --vars files of one course that give the same package name. */
function variantClash(courseDir: string, courses: readonly CompiledVariant[], format: PackageFormat): Diagnostic | null {
  const names = new Map<string, string>();
  for (const { course, vars } of courses) {
    const name = packageFileName(course, format);
    const other = names.get(name);
    if (other !== undefined) {
      return {
        file: vars ?? courseDir,
        severity: 'error',
        ruleId: 'package-name-clash',
        message: `${vars ?? 'The course'} gives the same course id and version as ${other || 'the course'} (${course.id} ${course.version}), so one package would overwrite the other.`,
        hint: 'Put a placeholder in the course id, e.g. id: my-course-{{city.slug}}, with a different value per file.',
      };
    }
    names.set(name, vars ?? '');
  }
  return null;
}

/** A course whose package name an earlier course of the same build already takes. */
function courseClash(courseDir: string, courses: readonly CompiledVariant[], format: PackageFormat, owners: ReadonlyMap<string, string>): Diagnostic | null {
  for (const { course } of courses) {
    const owner = owners.get(packageFileName(course, format));
    if (owner === undefined) continue;
    return {
      file: join(courseDir, 'course.yml'),
      severity: 'error',
      ruleId: 'package-name-clash',
      message: `${courseDir} has the same course id and version as ${owner} (${course.id} ${course.version}), so its package would overwrite that one; it was not built.`,
      hint: 'Give one of the two courses another id (or version) in its course.yml.',
    };
  }
  return null;
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
  // Lessons are parsed once for all the variants.
  const lessonTrees = variants.length > 1 ? new LessonTrees() : undefined;
  for (const [index, vars] of variants.entries()) {
    options.onProgress?.({ phase: 'check', done: index, total: variants.length, item: vars ?? courseDir });
    const result = await compileCourse(courseDir, {
      ...(options.cwd ? { cwd: options.cwd } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.drafts ? { drafts: options.drafts } : {}),
      ...(vars ? { vars: [vars] } : {}),
      formats: selectedFormats(options.formats),
      ...(lessonTrees ? { lessonTrees } : {}),
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
