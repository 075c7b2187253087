import type { CourseSource } from '../load/load-course.js';
import { positionOfPath, type YamlFile } from '../load/yaml-file.js';
import type { Location } from '../model/draft.js';

/**
 * Where the value of a placeholder such as `city.name` is written, so a
 * finding about a filled text can point at the vars file that made it wrong.
 * Mirrors the merge order of parseSettings, last writer first: each vars
 * file's `locales.<tag>`, then the vars file, the translation's course.yml
 * `variables`, then course.yml's.
 */
export function variableOrigin(source: CourseSource, name: string): Location | null {
  const path = name.split('.');
  const candidates: [YamlFile | null, string[]][] = [
    ...[...source.vars].reverse().flatMap((vars): [YamlFile, string[]][] => [
      ...(source.locale ? [[vars, ['locales', source.locale, ...path]] as [YamlFile, string[]]] : []),
      [vars, path],
    ]),
    [source.localeConfig, ['variables', ...path]],
    [source.config, ['variables', ...path]],
  ];
  for (const [file, at] of candidates) {
    if (file?.document.hasIn(at)) return { file: file.source.displayPath, position: positionOfPath(file, at) };
  }
  return null;
}
