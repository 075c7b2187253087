import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { closestName } from '../diagnostics/did-you-mean.js';
import type { CourseSource } from '../load/load-course.js';
import { positionOfKey, type YamlFile } from '../load/yaml-file.js';
import { placeholderNames } from './placeholders.js';

/**
 * A vars file may only set variables the course knows: declared under
 * `variables:` in course.yml, or used as a placeholder. A misspelt key
 * (`contcat:`) would otherwise be ignored and the default would ship in that
 * city's package.
 */
export function checkVarsKeys(source: CourseSource, diagnostics: Diagnostic[]): void {
  if (source.vars.length === 0) return;
  const known = knownVariables(source);
  const leaves = [...known].filter((name) => ![...known].some((other) => other.startsWith(`${name}.`)));
  for (const file of source.vars) {
    let unknownGroup: string[] | null = null;
    for (const path of keyPaths(file.value)) {
      // Below an unknown key every name is unknown too; one diagnostic says it.
      if (unknownGroup && unknownGroup.every((key, index) => path[index] === key)) continue;
      // `locales.<tag>.…` holds the same names in another language.
      const names = path[0] === 'locales' ? path.slice(2) : path;
      if (names.length === 0 || known.has(names.join('.'))) continue;
      unknownGroup = path;
      diagnostics.push(unknownKey(file, path, names.join('.'), leaves));
    }
  }
}

function unknownKey(file: YamlFile, path: string[], name: string, leaves: string[]): Diagnostic {
  const closest = closestName(name, leaves);
  return {
    file: file.source.displayPath,
    ...positionOfKey(file, path),
    severity: 'error',
    ruleId: 'vars-unknown-key',
    message: `Unknown variable ${name}: the course neither declares nor uses it, so its value would be ignored.${closest ? ` Did you mean ${closest}?` : ''}`,
    hint: closest
      ? `Rename it to ${closest}, or declare ${name} under variables: in course.yml if the lessons are about to use it.`
      : 'Fix the name, or declare it under variables: in course.yml if the lessons are about to use it.',
  };
}

/** Dotted names (and the groups above them) that course.yml declares or any course text uses. */
function knownVariables(source: CourseSource): Set<string> {
  const known = new Set<string>();
  const add = (name: string) => {
    const parts = name.split('.');
    for (let depth = 1; depth <= parts.length; depth++) known.add(parts.slice(0, depth).join('.'));
  };
  for (const config of [source.config, source.localeConfig]) {
    const variables = (config?.value as { variables?: unknown } | null)?.variables;
    for (const path of keyPaths(variables)) add(path.join('.'));
  }
  const texts = [source.config.source.text, source.localeConfig?.source.text ?? '', ...source.lessons.map((lesson) => lesson.text), ...source.otherLanguages];
  for (const text of texts) for (const name of placeholderNames(text)) add(name);
  return known;
}

/** Paths of every key in a map, outermost first. */
function keyPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => [[...prefix, key], ...keyPaths(child, [...prefix, key])]);
}
