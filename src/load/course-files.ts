import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isInside } from './course-boundary.js';
import { sideBySide } from './side-by-side.js';

/**
 * The files of a course folder by `/`-separated relative path. A file whose
 * real path lies outside the folder (a symlink) maps to false: it exists,
 * but may never be read into a package.
 */
export type CourseFiles = ReadonlyMap<string, boolean>;

/** Folders that hold tooling, not course content. */
const SKIPPED = new Set(['node_modules', 'dist', 'locales', 'cities']);

/**
 * What makes an SVG run code when it is opened on its own (a link to it, or
 * "open image in new tab"): then it runs in the LMS's origin, with the
 * learner's session. Pictures exported from drawing programs have none of it.
 */
const SVG_SCRIPT = /<script[\s>/]|\son[a-z]+\s*=|javascript:|<foreignObject[\s>/]/i;
/** Files a browser opens as documents that can run script: SVG, and HTML or XML linked as a handout. */
const DOCUMENT_FILE = /\.(svg|html?|xhtml|xml|xsl)$/i;
/** Larger files are refused by the asset-size rule anyway. */
const MAX_SVG_SCAN_BYTES = 10 * 1024 * 1024;

/** Caption files are read for the media-vtt rule; a larger one is no caption file. */
const MAX_CAPTIONS_BYTES = 1024 * 1024;

/** Size in bytes of every listed file that lies inside the folder. */
export type CourseFileSizes = ReadonlyMap<string, number>;

/**
 * Lists the folder. Only regular files count: a symlink to a folder, a named
 * pipe or a device is left out, since reading one would fail or block.
 */
export async function listCourseFiles(
  dir: string,
): Promise<{ files: CourseFiles; sizes: CourseFileSizes; scripted: ReadonlySet<string>; diskPaths: ReadonlyMap<string, string>; captions: ReadonlyMap<string, string> }> {
  const root = await realpath(dir);
  const files = new Map<string, boolean>();
  const diskPaths = new Map<string, string>();
  const sizes = new Map<string, number>();
  const scripted = new Set<string>();
  const captions = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  // Looked at side by side; the maps are filled in the order readdir gave.
  const found = await sideBySide(entries, async (entry) => {
    const path = join(entry.parentPath, entry.name);
    const onDisk = relative(dir, path).split(sep).join('/');
    // Keyed in NFC, as Markdown is typically written: macOS file systems may
    // hand back the decomposed form (NFD) of the same name.
    const rel = onDisk.normalize('NFC');
    if (rel.split('/').some((part, index) => part.startsWith('.') || (index === 0 && SKIPPED.has(part)))) return null;
    if (entry.isDirectory()) return null;
    let inside = false;
    let size: number | null = null;
    let isScripted = false;
    let caption: string | null = null;
    try {
      inside = isInside(root, await realpath(path));
      const info = await stat(path);
      if (!info.isFile()) return null;
      if (inside) size = info.size;
      isScripted = inside && DOCUMENT_FILE.test(rel) && info.size <= MAX_SVG_SCAN_BYTES && SVG_SCRIPT.test(await readFile(path, 'utf8'));
      if (inside && /\.vtt$/i.test(rel) && info.size <= MAX_CAPTIONS_BYTES) caption = await readFile(path, 'utf8');
    } catch {
      inside = false; // dangling symlink
    }
    return { rel, onDisk, inside, size, isScripted, caption };
  });
  for (const file of found) {
    if (!file) continue;
    files.set(file.rel, file.inside);
    diskPaths.set(file.rel, file.onDisk);
    if (file.size !== null) sizes.set(file.rel, file.size);
    if (file.isScripted) scripted.add(file.rel);
    if (file.caption !== null) captions.set(file.rel, file.caption);
  }
  return { files, sizes, scripted, diskPaths, captions };
}
