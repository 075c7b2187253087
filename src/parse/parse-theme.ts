import type { CourseSource } from '../load/load-course.js';
import { positionOfPath } from '../load/yaml-file.js';
import type { ThemeSettings } from '../model/draft.js';

const KEYS = ['logo', 'accent', 'accentText', 'font'] as const;

/**
 * course.yml's `theme:`, then its translation's, then each --vars file's, key
 * by key: a city file can change the accent and keep the course's font. Each
 * value remembers the file and line that set it, for the contrast check.
 */
export function parseTheme(source: CourseSource): ThemeSettings {
  const theme: ThemeSettings = {};
  const files = [source.config, ...(source.localeConfig ? [source.localeConfig] : []), ...source.vars];
  for (const file of files) {
    const given = (file.value as { theme?: Partial<Record<(typeof KEYS)[number], string>> } | null)?.theme;
    if (!given) continue;
    for (const key of KEYS) {
      const value = given[key];
      if (value === undefined) continue;
      theme[key] = { value, at: { file: file.source.displayPath, position: positionOfPath(file, ['theme', key]) } };
    }
  }
  return theme;
}
