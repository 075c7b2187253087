import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { scratchDir } from '../helpers/cli.js';

const scratch = scratchDir();
afterAll(scratch.cleanup);

const files: Record<string, string> = {
  'course.yml': 'id: demo\ntitle: Demo\nversion: 1.0.0\nvariables:\n  city:\n    name: Springfield\n    contact: your supervisor\n',
  '01-a.md': '# Reporting\n\nIn {{city.name}}, call {{city.contact}}.\n',
  'locales/es/course.yml': 'title: Demostración\nlanguage: es\nvariables:\n  city:\n    contact: su supervisor\n',
  'locales/es/01-a.md': '# Reportar\n\nEn {{city.name}}, llame a {{city.contact}}.\n',
  'cities/shelbyville.yml': 'city:\n  name: Shelbyville\n  contact: the city clerk (to be confirmed)\nlocales:\n  es:\n    city:\n      contact: la secretaría municipal (por confirmar)\n',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(dirname(join(scratch.dir, name)), { recursive: true });
  writeFileSync(join(scratch.dir, name), text);
}

async function firstScreen(options: { locale?: string; vars?: string[] }): Promise<string> {
  const { course, diagnostics } = await compileCourse(scratch.dir, { cwd: scratch.dir, ...options });
  expect(diagnostics).toEqual([]);
  const block = course?.modules[0]?.screens[0]?.blocks[0];
  return block?.kind === 'html' ? block.html : '';
}

describe('variables in a translation', () => {
  it('takes single values from the translation\'s course.yml and keeps the rest of the group', async () => {
    expect(await firstScreen({})).toContain('In Springfield, call your supervisor.');
    expect(await firstScreen({ locale: 'es' })).toContain('En Springfield, llame a su supervisor.');
  });

  it('takes a city file\'s locales.<tag> values in that translation only', async () => {
    const vars = ['cities/shelbyville.yml'];
    expect(await firstScreen({ vars })).toContain('In Shelbyville, call the city clerk (to be confirmed).');
    expect(await firstScreen({ vars, locale: 'es' })).toContain('En Shelbyville, llame a la secretaría municipal (por confirmar).');
  });

  it('refuses a locales block that is not a map of language tags to values, at its line', async () => {
    writeFileSync(join(scratch.dir, 'cities/broken.yml'), 'city:\n  name: Ogdenville\nlocales:\n  spanish!: x\n');
    const { diagnostics } = await compileCourse(scratch.dir, { cwd: scratch.dir, vars: ['cities/broken.yml'] });
    expect(diagnostics[0]).toMatchObject({ file: 'cities/broken.yml', line: 4, severity: 'error', ruleId: 'vars-schema', message: expect.stringContaining('"spanish!" is not a valid name in "locales" (a language tag') });
  });
});
