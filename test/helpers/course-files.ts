import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileCourse, type CompileOptions, type CompileResult } from '../../src/compile.js';
import { scratchDir } from './cli.js';

export const BASIC_COURSE_YML = 'id: demo\ntitle: Demo\nversion: 1.0.0\n';

/** Writes a course from a map of file name → text and compiles it (with `options`, e.g. the formats whose limits to check). */
export async function compileFiles(files: Record<string, string | Buffer>, options: Omit<CompileOptions, 'cwd'> = {}): Promise<CompileResult> {
  const scratch = scratchDir();
  try {
    for (const [name, contents] of Object.entries({ 'course.yml': BASIC_COURSE_YML, ...files })) {
      mkdirSync(dirname(join(scratch.dir, name)), { recursive: true });
      writeFileSync(join(scratch.dir, name), contents);
    }
    return await compileCourse(scratch.dir, { ...options, cwd: scratch.dir });
  } finally {
    scratch.cleanup();
  }
}
