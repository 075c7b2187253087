import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, runCli, scratchDir } from '../helpers/cli.js';
import { startYamlEditor } from '../helpers/yaml-language-server.js';
import { editorErrors, modelineSchemaFile, schemaFileOf } from './editor-schemas.js';

describe('cease init: editor support', () => {
  let scratch: ReturnType<typeof scratchDir>;
  let course: string;
  beforeEach(async () => {
    scratch = scratchDir();
    course = join(scratch.dir, 'my course');
    expect((await runCli(['init', 'my course'], scratch.dir)).code).toBe(0);
  });
  afterEach(() => scratch.cleanup());

  it("points course.yml's modeline at this installation's course schema, which accepts the starter course.yml", () => {
    const schema = modelineSchemaFile(join(course, 'course.yml'));
    expect(schema).toBe(join(repoRoot, 'schemas', 'course.schema.json'));
    expect(editorErrors(schema, readFileSync(join(course, 'course.yml'), 'utf8'))).toEqual([]);
  });

  it('gives the editor an error for a mistake in course.yml: a misspelt key, a pass mark over 100', () => {
    const schema = modelineSchemaFile(join(course, 'course.yml'));
    const text = readFileSync(join(course, 'course.yml'), 'utf8');
    expect(editorErrors(schema, text.replace('title:', 'titel:')).join('\n')).toMatch(/must have required property 'title'|must NOT have additional properties/);
    expect(editorErrors(schema, text.replace('passingScore: 80', 'passingScore: 180')).join('\n')).toMatch(/passingScore must be <= 100/);
  });

  it('points the vars file at the vars schema, from its modeline and from .vscode/settings.json', () => {
    const example = join(course, 'cities', 'example.yml');
    const schema = modelineSchemaFile(example);
    expect(schema).toBe(join(repoRoot, 'schemas', 'vars.schema.json'));
    expect(editorErrors(schema, readFileSync(example, 'utf8'))).toEqual([]);

    const settings = JSON.parse(readFileSync(join(course, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    const [[reference, globs]] = Object.entries(settings['yaml.schemas']) as [[string, string[]]];
    expect(schemaFileOf(reference, course)).toBe(schema);
    expect(globs).toContain('cities/*.yml');
    // The YAML extension flags unknown tags; !todo marks values not confirmed yet.
    expect((settings as unknown as { 'yaml.customTags': string[] })['yaml.customTags']).toEqual(['!todo scalar']);
    expect(JSON.parse(readFileSync(join(course, '.vscode', 'extensions.json'), 'utf8'))).toEqual({ recommendations: ['redhat.vscode-yaml'] });
  });

  it('gives hover text for every key an author writes in course.yml', () => {
    const schema = JSON.parse(readFileSync(modelineSchemaFile(join(course, 'course.yml')), 'utf8')) as { properties: Record<string, { description?: string }> };
    const undescribed = Object.entries(schema.properties).filter(([, property]) => !property.description).map(([key]) => key);
    expect(undescribed).toEqual([]);
  });

  it('gives completion, hover text and errors in yaml-language-server, from the modeline alone', async () => {
    const editor = await startYamlEditor();
    try {
      const file = join(course, 'course.yml');
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n');
      // A folder name with a space: the modeline's file: URL must still load.
      expect(await editor.open(file, text)).toEqual([]);
      expect(await editor.hover(file, lines.findIndex((line) => line.startsWith('passingScore:')), 3)).toContain('Pass mark for the assessment, 0-100');
      expect(await editor.complete(file, lines.length - 1, 0)).toEqual(expect.arrayContaining(['activityId', 'statusPolicy', 'rules']));

      const mistaken = join(course, 'mistaken.yml');
      const diagnostics = await editor.open(mistaken, text.replace('passingScore: 80', 'passingScore: 180'));
      expect(diagnostics).toEqual([{ line: lines.findIndex((line) => line.startsWith('passingScore:')), message: 'Value is above the maximum of 100.' }]);

      const example = join(course, 'cities', 'example.yml');
      expect(await editor.open(example, `${readFileSync(example, 'utf8')}bad key: 1\n`)).toHaveLength(1);
    } finally {
      editor.close();
    }
  });
});
