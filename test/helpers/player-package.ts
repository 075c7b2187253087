/**
 * A course package folder made from a PlayerCourse and the freshly bundled
 * runtime, laid out as the package step lays it out (index.html, cease.js,
 * cease.css), for tests that run before or apart from the compiler.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { PlayerCourse } from '../../src/model/player.js';
import { pageData } from '../../src/model/player-page-data.js';
import { stringsFor } from '../../src/model/ui-strings.js';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildRuntime } from '../../scripts/build-runtime.mjs';

const root = join(import.meta.dirname, '..', '..');
let runtime: Promise<string> | null = null;

/** Bundles the runtime once per test file into a temporary folder; resolves to its `runtime/` folder. */
export function bundledRuntime(): Promise<string> {
  runtime ??= mkdtemp(join(tmpdir(), 'cease-runtime-')).then(async (dir) => {
    await (buildRuntime as (outDir: string) => Promise<string[]>)(dir);
    return join(dir, 'runtime');
  });
  return runtime;
}

/** A fixture from test/fixtures/player/, with the UI strings of its language as the compiler adds them. */
export async function playerFixture(name: string): Promise<PlayerCourse> {
  const course = JSON.parse(await readFile(join(root, 'test', 'fixtures', 'player', `${name}.json`), 'utf8'));
  return { ...course, strings: stringsFor(course.language) };
}

export async function writePlayerPackage(course: PlayerCourse): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cease-sco-'));
  const template = Handlebars.compile(await readFile(join(root, 'templates', 'player.html.hbs'), 'utf8'), { strict: true });
  const page = template({
    lang: course.language,
    title: course.title,
    courseData: pageData(course),
    scriptHref: 'cease.js',
    styleHref: 'cease.css',
    noscript: course.strings.noscript,
  });
  const runtimeDir = await bundledRuntime();
  await writeFile(join(dir, 'index.html'), page);
  await copyFile(join(runtimeDir, 'scorm12.js'), join(dir, 'cease.js'));
  await copyFile(join(runtimeDir, 'cease.css'), join(dir, 'cease.css'));
  return dir;
}
