import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * The schema file a YAML file's `# yaml-language-server: $schema=…` modeline
 * names, resolved as yaml-language-server does: a file: URL or absolute path
 * as it is, a relative path against the YAML file's own folder.
 */
export function modelineSchemaFile(yamlFile: string): string {
  const modeline = readFileSync(yamlFile, 'utf8').split('\n')[0]!.match(/^# yaml-language-server: \$schema=(\S+)$/);
  if (!modeline) throw new Error(`${yamlFile} has no yaml-language-server modeline on its first line`);
  return schemaFileOf(modeline[1]!, dirname(yamlFile));
}

/** A schema reference from a modeline or VS Code's `yaml.schemas`, relative ones against `base`. */
export function schemaFileOf(reference: string, base: string): string {
  if (reference.startsWith('file:')) return fileURLToPath(reference);
  if (isAbsolute(reference)) return reference;
  return resolve(base, reference);
}

/** Validates a YAML text against a schema file as an editor would, returning the errors' messages. */
export function editorErrors(schemaFile: string, yamlText: string): string[] {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
  return validate(parse(yamlText)) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
