import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { schemaValidator } from '../model/schema-validator.js';
import { positionOfPath, type YamlFile } from '../load/yaml-file.js';

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
    const at = positionOfPath(file, typeof key === 'string' && error.keyword === 'additionalProperties' ? [...path, key] : path);
    diagnostics.push({
      file: file.source.displayPath,
      ...at,
      severity: 'error',
      ruleId,
      message: describe(error, path),
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

function describe(error: ErrorObject, path: string[]): string {
  const where = path.length > 0 ? `"${path.join('.')}"` : 'the file';
  const params = error.params as Record<string, unknown>;
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
      return `${where} must be ${withArticle(String(params['type']))}.`;
    case 'minLength':
      return params['limit'] === 1 ? `${where} must not be empty.` : `${where} must be at least ${String(params['limit'])} characters long.`;
    case 'maxLength':
      return `${where} must be at most ${String(params['limit'])} characters long.`;
    default:
      return `${where} ${error.message ?? 'is invalid'}.`;
  }
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
