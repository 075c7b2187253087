import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CourseDraft } from '../model/draft.js';
import { toDiagnostic } from './rule.js';
import { rules } from './rules/index.js';

/**
 * Check stage: runs every content rule over the draft. Severity comes from
 * the rule unless course.yml's `rules:` overrides it (or turns it off).
 */
export function checkCourse(draft: CourseDraft, diagnostics: Diagnostic[]): void {
  for (const rule of rules) {
    const setting = draft.settings.rules[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    rule.check(draft, (at, message, hint) => diagnostics.push(toDiagnostic(rule, setting, at, message, hint)));
  }
}
