import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileCourse, type CompileResult } from '../../src/compile.js';
import { repoRoot, scratchDir } from '../helpers/cli.js';

// The CLI bundle swaps parts of its dependencies for faster ones
// (scripts/build.mjs: the parser's edit map, one compile context for every
// event, a tree visitor that does not rename itself at every node) and
// precompiles the schemas and templates. Whatever it compiles must be
// what the sources compile, diagnostics included.
type Compile = (dir: string, options: { cwd: string; locale?: string }) => Promise<CompileResult>;
const bundle = createRequire(import.meta.url)(join(repoRoot, 'build/cli/cease.cjs')) as { compileCourse: Compile };

/** One lesson of about 400 KB made of every fixture lesson, many times over: long enough to be parsed in sections. */
function longLessonCourse(scratch: string): string {
  const dir = join(scratch, 'course');
  mkdirSync(dir, { recursive: true });
  const bodies = ['blocks', 'question-types', 'scenario', 'xss'].flatMap((fixture) => {
    const folder = join(repoRoot, 'test/fixtures', fixture);
    return readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) =>
      readFileSync(join(folder, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  });
  let text = '# One long lesson\n\n';
  for (let round = 0; text.length < 400_000; round++) text += bodies.join('\n\n').replaceAll(/\{#([\w-]+)\}/g, `{#$1-${round}}`) + '\n\n';
  writeFileSync(join(dir, 'course.yml'), 'id: long-lesson\ntitle: One long lesson\nversion: 1.0.0\n');
  writeFileSync(join(dir, '01-long.md'), text);
  return dir;
}

describe('the CLI bundle', () => {
  const scratch = scratchDir('cease-bundle-');
  afterAll(scratch.cleanup);
  const courses: [string, { locale?: string }][] = [
    ['courses/cease-municipal', {}],
    ['courses/cease-municipal', { locale: 'es' }],
    ...['minimal', 'blocks', 'question-types', 'scenario', 'xss'].map((fixture): [string, object] => [`test/fixtures/${fixture}`, {}]),
  ];

  it.each(courses)('compiles %s %o exactly as the sources do', async (dir, options) => {
    const ours = await bundle.compileCourse(join(repoRoot, dir), { cwd: repoRoot, ...options });
    const sources = await compileCourse(join(repoRoot, dir), { cwd: repoRoot, ...options });
    expect(ours.course).not.toBeNull();
    expect(ours).toEqual(sources);
  });

  it('compiles a 400 KB lesson of every block and question type exactly as the sources do', async () => {
    const dir = longLessonCourse(scratch.dir);
    const ours = await bundle.compileCourse(dir, { cwd: dir });
    const sources = await compileCourse(dir, { cwd: dir });
    expect(ours.diagnostics.length + (ours.course?.modules[0]?.screens.length ?? 0)).toBeGreaterThan(100);
    expect(ours).toEqual(sources);
  }, 120_000);
});
