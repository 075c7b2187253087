import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CourseSource } from '../load/load-course.js';
import { positionAt, type DraftValue, type YamlFile } from '../load/yaml-file.js';

/**
 * `warning` while authoring; `error` for a build meant for learners; `info`
 * when the author has said the course is a draft (`validate --draft`), so a
 * course waiting for a city's answers can still be held to zero warnings.
 */
export type DraftSeverity = 'info' | 'warning' | 'error';

interface Layer {
  file: YamlFile;
  /** Turns a path in the file into the setting it fills, or null when this build does not read it. */
  setting(path: readonly string[]): string | null;
}

/**
 * Reports every `!todo` value this build would ship. A draft that a later
 * file replaces (a city file over course.yml's default, a translation over
 * the main text) does not ship and is not reported.
 */
export function reportDrafts(source: CourseSource, severity: DraftSeverity, diagnostics: Diagnostic[]): void {
  const courseYml = (file: YamlFile): Layer => ({
    file,
    setting: (path) => (path[0] === 'variables' ? `{{${path.slice(1).join('.')}}}` : path.join('.')),
  });
  // A vars file's `locales.<tag>` block is merged after the rest of it.
  const varsFile = (file: YamlFile): Layer[] => [
    { file, setting: (path) => (path[0] === 'locales' ? null : `{{${path.join('.')}}}`) },
    { file, setting: (path) => (path[0] === 'locales' && path[1] === source.locale ? `{{${path.slice(2).join('.')}}}` : null) },
  ];
  const layers = [
    courseYml(source.config),
    ...(source.localeConfig ? [courseYml(source.localeConfig)] : []),
    ...source.vars.flatMap(varsFile),
  ];
  layers.forEach((layer, index) => {
    for (const draft of layer.file.drafts) {
      const setting = layer.setting(draft.path);
      if (setting === null) continue;
      const replaced = layers.slice(index + 1).some((later) => settings(later).has(setting));
      if (!replaced) diagnostics.push(draftDiagnostic(layer.file, draft, setting, severity));
    }
  });
}

function draftDiagnostic(file: YamlFile, draft: DraftValue, setting: string, severity: DraftSeverity): Diagnostic {
  const name = setting.startsWith('{{') ? `Variable ${setting.slice(2, -2)}` : `"${setting}"`;
  return {
    file: file.source.displayPath,
    ...positionAt(file, draft.offset),
    severity,
    ruleId: 'draft-value',
    message: `${name} is marked !todo (not confirmed yet), so learners would read "${draft.value}".`,
    hint: DRAFT_HINTS[severity],
  };
}

const DRAFT_HINTS: Record<DraftSeverity, string> = {
  error: 'Write the confirmed value without !todo; to build a copy for reviewers anyway, add --draft.',
  warning: 'Write the confirmed value without !todo before release: cease build refuses drafts unless --draft is given.',
  info: 'Listed because of --draft: write the confirmed value without !todo before release.',
};

/** Every setting a layer fills, as its `setting` names them. */
function settings(layer: Layer): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    } else if (path.length > 0) {
      const setting = layer.setting(path);
      if (setting !== null) found.add(setting);
    }
  };
  walk(layer.file.value, []);
  return found;
}
