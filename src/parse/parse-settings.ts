import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CourseSource } from '../load/load-course.js';
import { positionOfPath, type YamlFile } from '../load/yaml-file.js';
import type { CourseSettings, Location, PlaceholderValue, Variables } from '../model/draft.js';
import type { UiStrings } from '../model/ui-strings.js';
import { reportDrafts, type DraftSeverity } from './draft-values.js';
import { resolveLabels } from './labels.js';
import { fillPlaceholders, lookup, newFillBudget, placeholderDiagnostic, placeholderNames, type UnknownPlaceholder } from './placeholders.js';
import { variableOrigin } from './variable-origin.js';
import { parseTheme } from './parse-theme.js';
import { validateYaml } from './validate-schema.js';
import { checkVarsKeys } from './vars-keys.js';

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
  labels?: Partial<UiStrings>;
}

/** Keys of course.yml whose text may carry placeholders (e.g. a city name in the title). */
const TEXT_KEYS = ['id', 'title', 'description', 'organization', 'activityId'] as const;

/**
 * Reads course.yml (with the locale's overrides and the --vars files) into
 * settings, validating each file against its schema at the node's position.
 */
export function parseSettings(source: CourseSource, drafts: DraftSeverity, diagnostics: Diagnostic[]): CourseSettings | null {
  let valid = validateYaml('course', source.config, 'course-schema', diagnostics);
  if (source.localeConfig) {
    // A translation may override any key; required keys come from the main file.
    const merged = { ...(source.config.value as object), ...(source.localeConfig.value as object) };
    valid = validateYaml('course', { ...source.localeConfig, value: merged }, 'course-schema', diagnostics) && valid;
  }
  for (const vars of source.vars) valid = validateYaml('vars', vars, 'vars-schema', diagnostics) && valid;
  if (!valid) return null;
  checkVarsKeys(source, diagnostics);
  reportDrafts(source, drafts, diagnostics);

  const yaml = { ...(source.config.value as CourseYaml), ...((source.localeConfig?.value ?? {}) as Partial<CourseYaml>) };
  // A translation's course.yml and each vars file's `locales.<tag>` override
  // single values (the texts that change with the language), not whole groups.
  const localeVariables = (source.localeConfig?.value as Partial<CourseYaml> | null)?.variables ?? {};
  let variables = mergeVariables((source.config.value as CourseYaml).variables ?? {}, localeVariables);
  for (const vars of source.vars) {
    // `theme` is the variant's branding (see parseTheme), not a variable.
    const { locales, theme: _theme, ...values } = vars.value as Variables & { locales?: Record<string, Variables> };
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
  const budget = newFillBudget();
  for (const key of TEXT_KEYS) {
    const unknown: UnknownPlaceholder[] = [];
    text[key] = fillPlaceholders(text[key], variables, unknown, budget);
    const file = keyOwner(source, key);
    for (const item of unknown) diagnostics.push(placeholderDiagnostic(file.source.displayPath, positionOfPath(file, [key]), item));
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
  const language = yaml.language ?? 'en';
  const rules = yaml.rules ?? {};
  return {
    ...text,
    activityIdAt: locationOf(keyOwner(source, activityIdKey), [activityIdKey]),
    activityIdValues: placeholderValues(yaml.activityId ?? '', variables, source),
    version: yaml.version,
    language,
    passingScore: yaml.passingScore ?? null,
    duration: yaml.duration ?? null,
    durationAt: yaml.duration === undefined ? null : locationOf(keyOwner(source, 'duration'), ['duration']),
    statusPolicy: yaml.statusPolicy ?? 'passed-failed',
    variables,
    rules,
    ruleLocations: Object.fromEntries(Object.keys(rules).map((id) => [id, locationOf(keyOwner(source, 'rules'), ['rules', id])])),
    labels: resolveLabels(language, labelsFor(source), keyOwner(source, 'language'), diagnostics),
    theme: parseTheme(source),
  };
}

/**
 * Labels are in one language: a translation that sets its own `language`
 * uses its own `labels:` (or the built-in ones), never the main file's.
 */
function labelsFor(source: CourseSource): Partial<UiStrings> {
  const labels = (file: YamlFile | null) => (file?.value as Partial<CourseYaml> | null)?.labels;
  return labels(source.localeConfig) ?? (keyOwner(source, 'language') === source.config ? labels(source.config) : undefined) ?? {};
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
