import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { templatesDir } from '../project-files.js';
import { SCHEMA_FILES, schemaModeline, VSCODE_EXTENSIONS, vscodeSettings } from './editor-settings.js';

/** The starter course, copied as it is: authors learn the format from real files. */
export const STARTER_COURSE_DIR = join(templatesDir, 'init');

/** The target is a file or a folder that already holds files: init never overwrites an author's work. */
export class InitRefusedError extends Error {}

export interface InitResult {
  /** Absolute path of the new course folder. */
  dir: string;
  /** The files written, `/`-separated and relative to `dir`, sorted. */
  files: string[];
}

/** Writes the starter course into `dir` (created if missing), which must be empty. */
export async function initCourse(dir: string): Promise<InitResult> {
  const target = resolve(dir);
  const existing = await readdir(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    if (error.code === 'ENOTDIR') throw new InitRefusedError(`${dir} is a file, not a folder. Choose a new or empty folder.`);
    throw error;
  });
  if (existing.length > 0) {
    const shown = existing.sort().slice(0, 3).join(', ') + (existing.length > 3 ? ', …' : '');
    throw new InitRefusedError(`${dir} is not empty (${shown}); cease init writes only into a new or empty folder, e.g. "cease init my-course".`);
  }
  await mkdir(target, { recursive: true });
  await cp(STARTER_COURSE_DIR, target, { recursive: true, errorOnExist: true, force: false });
  await addEditorSupport(target);
  const files = (await readdir(target, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(target, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
  return { dir: target, files };
}

/**
 * Completion, hover text and errors while editing: the schema modeline on each
 * YAML file and VS Code's workspace settings. They point at this installation's
 * schemas, so they need no network (see schemaReference).
 */
async function addEditorSupport(target: string): Promise<void> {
  for (const { file, schema } of SCHEMA_FILES) {
    const path = join(target, file);
    await writeFile(path, schemaModeline(schema, dirname(path)) + (await readFile(path, 'utf8')));
  }
  await mkdir(join(target, '.vscode'));
  await writeFile(join(target, '.vscode', 'settings.json'), vscodeSettings(target), { flag: 'wx' });
  await writeFile(join(target, '.vscode', 'extensions.json'), VSCODE_EXTENSIONS, { flag: 'wx' });
}
