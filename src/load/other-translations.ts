import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isInside } from './course-boundary.js';

/** A lesson file, as load-course reads them. */
const LESSON_FILE = /^\d+-[^/\\]+\.md$/;
/** Lessons are at most this big (file-too-large); anything larger is not worth scanning. */
const MAX_LESSON_BYTES = 1024 * 1024;

/**
 * The text of every lesson of the course's other languages (the main lessons
 * when a translation is built, and every other `locales/<tag>/`). Nothing here
 * is built; it tells the unused-asset rule that an image the Spanish lessons
 * show is not a leftover in the English build, and the vars-unknown-key check
 * that a variable only the Spanish lessons use is not a typo. Unreadable files and
 * links out of the course are skipped: the build of that language reports them.
 */
export async function otherTranslationsText(root: string, dir: string, lessonDir: string): Promise<string[]> {
  const folders = [dir];
  const locales = join(dir, 'locales');
  const tags = await readdir(locales, { withFileTypes: true }).catch(() => []);
  for (const tag of tags) if (tag.isDirectory()) folders.push(join(locales, tag.name));
  const texts: string[] = [];
  for (const folder of folders.filter((folder) => resolve(folder) !== resolve(lessonDir))) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((file) => LESSON_FILE.test(file)).sort()) {
      const path = join(folder, name);
      try {
        const info = await stat(path);
        if (!info.isFile() || info.size > MAX_LESSON_BYTES || !isInside(root, await realpath(path))) continue;
        texts.push(await readFile(path, 'utf8'));
      } catch {
        // Unreadable: that language's own build says so.
      }
    }
  }
  return texts;
}
