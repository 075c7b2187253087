import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { schemaValidator } from '../../src/model/schema-validator.js';
import { repoRoot } from '../helpers/cli.js';

// The schema is the documented contract of the compiled model; compiling real
// courses and validating the result keeps the TypeScript types and the schema
// from drifting apart (the schema forbids unknown keys and requires every key).
const CASES = [
  { name: 'the test fixture', dir: 'test/fixtures/minimal', options: {} },
  { name: 'the CEASE course', dir: 'courses/cease-municipal', options: {} },
  { name: 'the branching-scenario fixture', dir: 'test/fixtures/scenario', options: {} },
  { name: 'the CEASE course in Spanish for Phoenix', dir: 'courses/cease-municipal', options: { locale: 'es', vars: ['courses/cease-municipal/cities/phoenix.yml'] } },
];

describe('schemas/compiled-course.schema.json', () => {
  for (const { name, dir, options } of CASES) {
    it(`describes ${name} exactly as the compiler produces it`, async () => {
      const { course, diagnostics } = await compileCourse(join(repoRoot, dir), { cwd: repoRoot, ...options });
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const validate = schemaValidator('compiled-course');
      validate(JSON.parse(JSON.stringify(course)));
      expect(validate.errors ?? []).toEqual([]);
    });
  }

  it('rejects a course whose model gained a key the schema does not know', async () => {
    const { course } = await compileCourse(join(repoRoot, 'test/fixtures/minimal'), { cwd: repoRoot });
    const validate = schemaValidator('compiled-course');
    expect(validate({ ...course, theme: 'dark' })).toBe(false);
    expect(validate({ ...course, modules: [] })).toBe(false);
  });
});
