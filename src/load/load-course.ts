import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isInside, linksOutside } from './course-boundary.js';
import { listCourseFiles, type CourseFiles, type CourseFileSizes } from './course-files.js';
import { otherTranslationsText } from './other-translations.js';
import { lessonOrder, reportNumberWidths } from './lesson-order.js';
import { readSourceFile, type SourceFile } from './source-file.js';
import { parseYaml, type YamlFile } from './yaml-file.js';
import { sideBySide } from './side-by-side.js';

/** Everything read from disk for one compile; later stages never touch the file system. */
export interface CourseSource {
  /** Absolute path of the course folder. */
  dir: string;
  config: YamlFile;
  /** `locales/<locale>/course.yml`, whose keys override course.yml. */
  localeConfig: YamlFile | null;
  locale: string | null;
  /** Lesson files in course order (by the number before the dash, then name). */
  lessons: SourceFile[];
  /** `--vars` files, later ones overriding earlier ones. */
  vars: YamlFile[];
  /** Every other file in the course folder, for asset checks. */
  files: CourseFiles;
  /** Bytes of each file in `files` that lies inside the folder. */
  fileSizes: CourseFileSizes;
  /** SVG files inside the folder that carry script or event handlers. */
  scriptedFiles: ReadonlySet<string>;
  /** NFC path (the key of `files`) → the path as the file system spells it. */
  diskPaths: ReadonlyMap<string, string>;
  /** Text of each WebVTT file inside the folder. */
  captionTexts: ReadonlyMap<string, string>;
  /** Lesson texts of the course's other languages, for the unused-asset rule and the vars-unknown-key check. */
  otherLanguages: readonly string[];
}

export interface LoadOptions {
  vars?: readonly string[];
  /** Build the translation in `locales/<locale>/` instead of the root lessons. */
  locale?: string;
  /** Base for display paths in diagnostics; defaults to the working directory. */
  cwd?: string;
}

/** BCP 47 shape, as course.yml's `language` (schemas/course.schema.json). */
const LOCALE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A lesson file: a number, a dash, a name, `.md` (e.g. `01-welcome.md`). */
const LESSON_FILE = /^\d+-[^/\\]+\.md$/;

export async function loadCourse(
  courseDir: string,
  options: LoadOptions,
  diagnostics: Diagnostic[],
): Promise<CourseSource | null> {
  const cwd = options.cwd ?? process.cwd();
  const dir = resolve(cwd, courseDir);
  const show = (path: string) => relative(cwd, path) || '.';

  const missing = await courseFolderMissing(courseDir, cwd);
  if (missing) {
    diagnostics.push(missing);
    return null;
  }

  const root = await realpath(dir);
  const config = (await linksOutside(root, join(dir, 'course.yml'), show, diagnostics))
    ? null
    : await loadYaml(join(dir, 'course.yml'), show, diagnostics, 'course-yml-missing');
  let localeConfig: YamlFile | null = null;
  let lessonDir = dir;
  if (options.locale) {
    // The tag becomes a path: "../../elsewhere" would read lessons from outside the course.
    if (!LOCALE_TAG.test(options.locale)) {
      diagnostics.push({
        file: courseDir,
        severity: 'error',
        ruleId: 'locale-invalid',
        message: `--locale "${options.locale}" is not a language tag.`,
        hint: 'Give a BCP 47 tag such as es or es-US, the name of a folder in locales/.',
      });
      return null;
    }
    lessonDir = join(dir, 'locales', options.locale);
    if (!(await isDirectory(lessonDir))) {
      diagnostics.push({
        file: show(lessonDir),
        severity: 'error',
        ruleId: 'locale-missing',
        message: `No translation folder for locale "${options.locale}".`,
        hint: `Create ${show(lessonDir)}/ with translated lesson files of the same names.`,
      });
      return null;
    }
    const localeYml = join(lessonDir, 'course.yml');
    if ((await exists(localeYml)) && !(await linksOutside(root, localeYml, show, diagnostics))) {
      localeConfig = await loadYaml(localeYml, show, diagnostics, 'course-yml-missing');
    }
  }

  const lessons = await loadLessons(root, lessonDir, show, diagnostics);
  const vars: YamlFile[] = [];
  for (const varsPath of options.vars ?? []) {
    const file = await loadYaml(resolve(cwd, varsPath), show, diagnostics, 'vars-file-missing');
    if (file) vars.push(file);
  }
  if (!config || lessons === null) return null;
  const { files, sizes, scripted, diskPaths, captions } = await listCourseFiles(dir);
  // Read for the unused-asset rule when there are assets, and for the names a
  // vars file may set (a variable only the translation uses is still known).
  const hasAssets = [...files.keys()].some((path) => path.startsWith('assets/'));
  const otherLanguages = hasAssets || vars.length > 0 ? await otherTranslationsText(root, dir, lessonDir) : [];
  return { dir, config, localeConfig, locale: options.locale ?? null, lessons, vars, files, fileSizes: sizes, scriptedFiles: scripted, diskPaths, captionTexts: captions, otherLanguages };
}

/** The diagnostic for a course folder that is not there, or null when it is. */
export async function courseFolderMissing(courseDir: string, cwd: string = process.cwd()): Promise<Diagnostic | null> {
  if (await isDirectory(resolve(cwd, courseDir))) return null;
  return {
    file: courseDir,
    severity: 'error',
    ruleId: 'course-folder-missing',
    message: `Course folder "${courseDir}" does not exist or is not a folder.`,
    hint: 'Pass the folder that holds course.yml, e.g. `cease build courses/my-course`.',
  };
}

async function loadLessons(
  root: string,
  dir: string,
  show: (path: string) => string,
  diagnostics: Diagnostic[],
): Promise<SourceFile[] | null> {
  const names = lessonOrder((await readdir(dir)).filter((name) => LESSON_FILE.test(name)));
  if (names.length === 0) {
    diagnostics.push({
      file: show(dir),
      severity: 'error',
      ruleId: 'no-lessons',
      message: 'The course has no lesson files.',
      hint: 'Add Markdown lessons named like 01-welcome.md next to course.yml.',
    });
    return null;
  }
  reportNumberWidths(names, (name) => show(join(dir, name)), diagnostics);
  // Read side by side (the disk is idle between sequential reads); findings keep the lesson order.
  const read = await sideBySide(names, async (name) => {
    const found: Diagnostic[] = [];
    return { file: await readLesson(root, dir, name, show, found), found };
  });
  for (const { found } of read) diagnostics.push(...found);
  return read.flatMap(({ file }) => (file ? [file] : []));
}

async function readLesson(
  root: string,
  dir: string,
  name: string,
  show: (path: string) => string,
  diagnostics: Diagnostic[],
): Promise<SourceFile | null> {
  // A symlinked lesson could pull any file on the machine into a package.
  // Node decodes a file name that is not UTF-8 with U+FFFD, a name no call can open again.
  if (name.includes('\uFFFD')) {
    diagnostics.push({
      file: show(join(dir, name)),
      severity: 'error',
      ruleId: 'file-name-encoding',
      message: `The name of lesson ${name} is not valid UTF-8, so it cannot be read on every system.`,
      hint: 'Rename the file; accented letters are fine once the name is saved as UTF-8 (most file managers do this).',
    });
    return null;
  }
  const target = await realpath(join(dir, name)).catch(() => null);
  if (target === null) {
    diagnostics.push({
      file: show(join(dir, name)),
      severity: 'error',
      ruleId: 'file-unreadable',
      message: `${name} is a symbolic link that leads nowhere (its target is missing, or it links to itself).`,
      hint: 'Replace the link with the lesson file itself.',
    });
    return null;
  }
  if (!isInside(root, target)) {
    diagnostics.push({
      file: show(join(dir, name)),
      severity: 'error',
      ruleId: 'path-outside-course',
      message: `${name} links to a file outside the course folder.`,
      hint: 'Copy the lesson into the course folder instead of linking to it.',
    });
    return null;
  }
  return readSourceFile(join(dir, name), show(join(dir, name)), diagnostics);
}

async function loadYaml(
  path: string,
  show: (path: string) => string,
  diagnostics: Diagnostic[],
  missingRule: string,
): Promise<YamlFile | null> {
  if (!(await exists(path))) {
    diagnostics.push({
      file: show(path),
      severity: 'error',
      ruleId: missingRule,
      message: `${show(path)} is missing.`,
      hint:
        missingRule === 'course-yml-missing'
          ? 'Every course folder needs a course.yml with at least id, title and version.'
          : 'Check the path given to --vars.',
    });
    return null;
  }
  const source = await readSourceFile(path, show(path), diagnostics);
  return source ? parseYaml(source, source.text, 0, diagnostics) : null;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
