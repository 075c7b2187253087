import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileCourse, type CompileResult } from '../../src/compile.js';
import { scratchDir } from './cli.js';

export const BASIC_COURSE_YML = 'id: demo\ntitle: Demo\nversion: 1.0.0\n';

/** Writes a course from a map of file name → text and compiles it. */
export async function compileFiles(files: Record<string, string | Buffer>): Promise<CompileResult> {
  const scratch = scratchDir();
  try {
    for (const [name, contents] of Object.entries({ 'course.yml': BASIC_COURSE_YML, ...files })) {
      mkdirSync(dirname(join(scratch.dir, name)), { recursive: true });
      writeFileSync(join(scratch.dir, name), contents);
    }
    return await compileCourse(scratch.dir, { cwd: scratch.dir });
  } finally {
    scratch.cleanup();
  }
}
