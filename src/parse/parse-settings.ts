import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CourseSource } from '../load/load-course.js';
import { positionOfPath, type YamlFile } from '../load/yaml-file.js';
import type { CourseSettings, Location, PlaceholderValue, Variables } from '../model/draft.js';
import { fillPlaceholders, lookup, placeholderNames, type UnknownPlaceholder } from './placeholders.js';
import { variableOrigin } from './variable-origin.js';
import { validateYaml } from './validate-schema.js';

interface CourseYaml {
  id: string;
  title: string;
  version: string;
  language?: string;
  description?: string;
  organization?: string;
  activityId?: string;
  passingScore?: number;
  duration?: number;
  statusPolicy?: CourseSettings['statusPolicy'];
  variables?: Variables;
  rules?: CourseSettings['rules'];
}

/** Keys of course.yml whose text may carry placeholders (e.g. a city name in the title). */
const TEXT_KEYS = ['id', 'title', 'description', 'organization', 'activityId'] as const;

/**
 * Reads course.yml (with the locale's overrides and the --vars files) into
 * settings, validating each file against its schema at the node's position.
 */
export function parseSettings(source: CourseSource, diagnostics: Diagnostic[]): CourseSettings | null {
  let valid = validateYaml('course', source.config, 'course-schema', diagnostics);
  if (source.localeConfig) {
    // A translation may override any key; required keys come from the main file.
    const merged = { ...(source.config.value as object), ...(source.localeConfig.value as object) };
    valid = validateYaml('course', { ...source.localeConfig, value: merged }, 'course-schema', diagnostics) && valid;
  }
  for (const vars of source.vars) valid = validateYaml('vars', vars, 'vars-schema', diagnostics) && valid;
  if (!valid) return null;

  const yaml = { ...(source.config.value as CourseYaml), ...((source.localeConfig?.value ?? {}) as Partial<CourseYaml>) };
  // A translation's course.yml and each vars file's `locales.<tag>` override
  // single values (the texts that change with the language), not whole groups.
  const localeVariables = (source.localeConfig?.value as Partial<CourseYaml> | null)?.variables ?? {};
  let variables = mergeVariables((source.config.value as CourseYaml).variables ?? {}, localeVariables);
  for (const vars of source.vars) {
    const { locales, ...values } = vars.value as Variables & { locales?: Record<string, Variables> };
    variables = mergeVariables(variables, values);
    const translated = source.locale ? locales?.[source.locale] : undefined;
    if (translated) variables = mergeVariables(variables, translated);
  }

  const text: Record<(typeof TEXT_KEYS)[number], string> = {
    id: yaml.id,
    title: yaml.title,
    description: yaml.description ?? '',
    organization: yaml.organization ?? '',
    activityId: yaml.activityId ?? '',
  };
  for (const key of TEXT_KEYS) {
    const unknown: UnknownPlaceholder[] = [];
    text[key] = fillPlaceholders(text[key], variables, unknown);
    const file = keyOwner(source, key);
    for (const item of unknown) diagnostics.push(unknownPlaceholder(file, [key], item));
  }
  // A translation is its own course in the LMS: with the same id it would
  // replace the original on import, and its zip would overwrite the original's.
  if (source.locale && keyOwner(source, 'id') === source.config) text.id = `${text.id}-${source.locale}`;
  if (text.activityId && source.locale && keyOwner(source, 'activityId') === source.config) text.activityId = `${text.activityId}-${source.locale}`;
  // xAPI-Data §2.4.4.1: an activity id is an IRI that always means this
  // course; `.invalid` (RFC 2606) can never be someone else's domain.
  text.activityId ||= `https://cease.invalid/courses/${text.id}`;
  if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(text.id)) {
    diagnostics.push({
      file: keyOwner(source, 'id').source.displayPath,
      ...positionOfPath(keyOwner(source, 'id'), ['id']),
      severity: 'error',
      ruleId: 'course-schema',
      message: `The course id becomes "${text.id}" once placeholders are filled, which is not a valid identifier.`,
      hint: 'Variables used in the id may hold letters, digits, ".", "-" and "_" only.',
    });
  }

  const activityIdKey = yaml.activityId ? 'activityId' : 'id';
  return {
    ...text,
    activityIdAt: locationOf(keyOwner(source, activityIdKey), [activityIdKey]),
    activityIdValues: placeholderValues(yaml.activityId ?? '', variables, source),
    version: yaml.version,
    language: yaml.language ?? 'en',
    passingScore: yaml.passingScore ?? null,
    duration: yaml.duration ?? null,
    durationAt: yaml.duration === undefined ? null : locationOf(keyOwner(source, 'duration'), ['duration']),
    statusPolicy: yaml.statusPolicy ?? 'passed-failed',
    variables,
    rules: yaml.rules ?? {},
  };
}

export function unknownPlaceholder(file: YamlFile, path: string[], item: UnknownPlaceholder): Diagnostic {
  return {
    file: file.source.displayPath,
    ...positionOfPath(file, path),
    severity: 'error',
    ruleId: 'placeholder-unknown',
    message: item.isMapping
      ? `Placeholder {{${item.name}}} names a group of variables, not a value.`
      : `Unknown placeholder {{${item.name}}}.`,
    hint: `Define ${item.name} under "variables" in course.yml or in the --vars file.`,
  };
}

/** The values a text's placeholders take, with where each is written (unknown ones are reported elsewhere). */
function placeholderValues(text: string, variables: Variables, source: CourseSource): PlaceholderValue[] {
  return placeholderNames(text).flatMap((name) => {
    const value = lookup(variables, name);
    const at = variableOrigin(source, name);
    return value === undefined || typeof value === 'object' || !at ? [] : [{ name, value: String(value), at }];
  });
}

function locationOf(file: YamlFile, path: string[]): Location {
  return { file: file.source.displayPath, position: positionOfPath(file, path) };
}

function keyOwner(source: CourseSource, key: string): YamlFile {
  const locale = source.localeConfig;
  return locale && typeof locale.value === 'object' && locale.value !== null && key in locale.value ? locale : source.config;
}

/** Deep merge: a vars file may override `city.name` without restating all of `city`. */
function mergeVariables(base: Variables, override: Variables): Variables {
  const merged: Variables = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key];
    merged[key] =
      typeof value === 'object' && typeof current === 'object' ? mergeVariables(current, value) : value;
  }
  return merged;
}
