import { Ajv, type ValidateFunction } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemasDir } from '../project-files.js';

export type SchemaName = 'course' | 'lesson' | 'vars' | 'compiled-course' | 'package-manifest' | 'report-map';

/** Every schema's `$id` is this base plus its file name; refs between them are relative. */
const SCHEMA_BASE = 'https://cease.dev/schemas/';

let ajv: Ajv | null = null;
const compiled = new Map<SchemaName, ValidateFunction>();

/**
 * A validator for one of `schemas/<name>.schema.json`. Every schema is loaded
 * into one Ajv instance so that schemas can refer to one another by file name.
 * The CLI bundle has them compiled at build time with the same options
 * (scripts/precompile.mjs): an option changed here changes there too.
 */
export function schemaValidator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    ajv ??= loadSchemas();
    validate = ajv.getSchema(`${SCHEMA_BASE}${name}.schema.json`);
    if (!validate) throw new Error(`schemas/${name}.schema.json is missing`);
    compiled.set(name, validate);
  }
  return validate;
}

function loadSchemas(): Ajv {
  // verbose: errors carry their schema, so an unknown key can be matched against the known ones.
  // The schemas are checked against the JSON Schema meta-schema by the tests;
  // doing it again on every run costs a third of cease's schema start-up.
  const instance = new Ajv({ allErrors: true, strict: true, validateSchema: false, verbose: true });
  for (const file of readdirSync(schemasDir).filter((name) => name.endsWith('.schema.json')).sort()) {
    instance.addSchema(JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as object);
  }
  return instance;
}
