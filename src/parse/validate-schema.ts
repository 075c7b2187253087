import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { schemaValidator } from '../model/schema-validator.js';
import { positionOfKey, positionOfPath, type YamlFile } from '../load/yaml-file.js';

/**
 * Validates a YAML value against one of `schemas/*.schema.json` and reports
 * each error at the line and column of the YAML node it concerns.
 */
export function validateYaml(
  schemaName: 'course' | 'lesson' | 'vars' | 'report-map',
  file: YamlFile,
  ruleId: string,
  diagnostics: Diagnostic[],
): boolean {
  const validate = schemaValidator(schemaName);
  if (validate(file.value)) return true;
  for (const error of simplify(validate.errors ?? [])) {
    const path = error.instancePath.split('/').slice(1).map(unescapePointer);
    const key = error.params['additionalProperty'] ?? error.params['missingProperty'];
    const at = typeof key === 'string' && error.keyword === 'additionalProperties' ? positionOfKey(file, [...path, key]) : positionOfPath(file, path);
    diagnostics.push({
      file: file.source.displayPath,
      ...at,
      severity: 'error',
      ruleId,
      message: describe(error, path, file.value),
      ...hintFor(error, path),
    });
  }
  return false;
}

/** anyOf/oneOf explode into one error per branch; users need only the first. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    // A bad key name comes twice: as a pattern error naming the key, and as this summary.
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'propertyNames') return false;
    if (seen.has(error.instancePath)) return false;
    seen.add(error.instancePath);
    return true;
  });
}

function describe(error: ErrorObject, path: string[], root: unknown): string {
  const where = path.length > 0 ? `"${path.join('.')}"` : 'the file';
  const params = error.params as Record<string, unknown>;
  if (path.length === 0 && error.keyword === 'type' && (root === null || root === undefined)) {
    const required = requiredKeys(error);
    return required.length > 0 ? `The file is empty; it needs at least the keys ${required.join(', ')}.` : 'The file is empty; it must hold a map of keys and values.';
  }
  switch (error.keyword) {
    case 'required':
      return `Missing required key "${String(params['missingProperty'])}" in ${where === 'the file' ? 'the file' : where}.`;
    case 'additionalProperties':
      return `Unknown key "${String(params['additionalProperty'])}" in ${where}.`;
    case 'pattern':
      if (error.propertyName !== undefined) {
        return `"${error.propertyName}" is not a valid name in ${where} (${path[path.length - 1] === 'locales' ? 'a language tag such as es or es-US' : 'letters, digits, "_" and "-", starting with a letter or "_"'}).`;
      }
      return `${where} has an invalid format (${formatHint(path)}).`;
    case 'minimum':
    case 'maximum':
      return `${where} must be ${error.keyword === 'minimum' ? '≥' : '≤'} ${String(params['limit'])}.`;
    case 'enum':
      return `${where} must be one of: ${(params['allowedValues'] as unknown[]).join(', ')}.`;
    case 'type':
      if (path.join('.') === 'version') {
        return `"version" must be a string: a semantic version such as 1.0.0, in quotes if YAML would read it as a number ("1.0").`;
      }
      return `${where} must be ${withArticle(String(params['type']))}${params['type'] === 'string' && typeof error.data === 'number' ? ' (YAML reads it as a number; put it in quotes)' : ''}.`;
    case 'minLength':
      return params['limit'] === 1 ? `${where} must not be empty.` : `${where} must be at least ${String(params['limit'])} characters long.`;
    case 'maxLength':
      return `${where} must be at most ${String(params['limit'])} characters long.`;
    default:
      return `${where} ${error.message ?? 'is invalid'}.`;
  }
}

/** The known keys next to an unknown one, as a "did you mean" hint. */
function hintFor(error: ErrorObject, path: string[]): { hint?: string } {
  if (error.keyword !== 'additionalProperties') return {};
  const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  const name = String((error.params as Record<string, unknown>)['additionalProperty']);
  const suggestion = didYouMean(name, known).trim();
  const where = path.length > 0 ? `under "${path.join('.')}"` : 'here';
  return { hint: `${suggestion ? `${suggestion} ` : ''}Keys allowed ${where}: ${known.join(', ')} (see docs/course-format.md).` };
}

function requiredKeys(error: ErrorObject): string[] {
  return ((error.parentSchema as { required?: string[] } | undefined)?.required ?? []);
}

function formatHint(path: string[]): string {
  switch (path[path.length - 1]) {
    case 'id':
      return 'start with a letter; then letters, digits, ".", "-" or "_" only';
    case 'version':
      return 'semantic version such as 1.0.0';
    case 'language':
      return 'a BCP 47 tag such as en or es-US';
    default:
      return 'see docs/course-format.md';
  }
}

function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
