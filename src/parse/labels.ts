import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { positionOfPath, type YamlFile } from '../load/yaml-file.js';
import { builtInStrings, LABEL_NAMES, stringsFor, type UiStrings } from '../model/ui-strings.js';

/**
 * The player's labels: the built-in table of the course language with
 * course.yml's `labels:` over it. A language cease has no table for must give
 * every label, or French learners would page through "Next" and "Previous".
 */
export function resolveLabels(
  language: string,
  labels: Partial<UiStrings>,
  languageFile: YamlFile,
  diagnostics: Diagnostic[],
): UiStrings {
  const builtIn = builtInStrings(language);
  if (builtIn) return { ...builtIn, ...labels };
  const missing = LABEL_NAMES.filter((name) => labels[name] === undefined);
  if (missing.length > 0) {
    diagnostics.push({
      file: languageFile.source.displayPath,
      ...positionOfPath(languageFile, ['language']),
      severity: 'error',
      ruleId: 'labels-missing',
      message: `cease has no player labels in "${language}", and course.yml's labels: lacks ${missing.length} of the ${LABEL_NAMES.length}: ${missing.join(', ')}.`,
      hint: 'Give every label under labels: in course.yml (docs/course-format.md lists them with their English text), or use language en or es.',
    });
  }
  return { ...stringsFor(language), ...labels };
}
