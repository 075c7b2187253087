import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { LABEL_NAMES } from '../../src/model/ui-strings.js';
import { repoRoot } from '../helpers/cli.js';

const dir = join(repoRoot, 'schemas');
const files = readdirSync(dir).filter((name) => name.endsWith('.schema.json')).sort();

// cease loads its schemas without meta-validation to start faster; this is where
// a mistake in a schema (a misspelt keyword, a bad $ref) is caught instead.
describe('the schemas in schemas/', () => {
  it('are valid JSON Schema, strict, and resolve every $ref among themselves', () => {
    const ajv = new Ajv({ allErrors: true, strict: true, validateSchema: true });
    for (const file of files) ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')) as object);
    for (const file of files) {
      const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { $id: string };
      expect(schema.$id, file).toBe(`https://cease.dev/schemas/${file}`);
      expect(() => ajv.getSchema(schema.$id), file).not.toThrow();
    }
    expect(files).toEqual(['compiled-course.schema.json', 'course.schema.json', 'lesson.schema.json', 'package-manifest.schema.json', 'report-map.schema.json', 'vars.schema.json']);
  });
});

describe('course.schema.json labels', () => {
  it('allows exactly the labels the player shows, so a misspelt one is refused and none is missing', () => {
    const schema = JSON.parse(readFileSync(join(dir, 'course.schema.json'), 'utf8')) as { properties: { labels: { properties: object } } };
    expect(Object.keys(schema.properties.labels.properties).sort()).toEqual([...LABEL_NAMES].sort());
  });

  it('are all named in docs/course-format.md', () => {
    const doc = readFileSync(join(repoRoot, 'docs/course-format.md'), 'utf8');
    const section = doc.slice(doc.indexOf('### Player labels'), doc.indexOf('## Lessons'));
    for (const name of LABEL_NAMES) expect(section, name).toContain(`\`${name}\``);
  });
});
