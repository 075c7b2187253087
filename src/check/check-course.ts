import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import type { CourseDraft } from '../model/draft.js';
import { toDiagnostic } from './rule.js';
import { rules } from './rules/index.js';

/**
 * Check stage: runs every content rule over the draft. Severity comes from
 * the rule unless course.yml's `rules:` overrides it (or turns it off).
 */
export function checkCourse(draft: CourseDraft, diagnostics: Diagnostic[]): void {
  reportUnknownRules(draft, diagnostics);
  for (const rule of rules) {
    const setting = draft.settings.rules[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    rule.check(draft, (at, message, hint) => diagnostics.push(toDiagnostic(rule, setting, at, message, hint)));
  }
}

/** `image-altt: off` would silently leave image-alt on: a setting must name a rule. */
function reportUnknownRules(draft: CourseDraft, diagnostics: Diagnostic[]): void {
  const ids = rules.map((rule) => rule.id);
  for (const [id, at] of Object.entries(draft.settings.ruleLocations)) {
    if (ids.includes(id)) continue;
    diagnostics.push({
      file: at.file,
      ...at.position,
      severity: 'error',
      ruleId: 'rule-unknown',
      message: `rules: names "${id}", which is not a rule, so the setting would change nothing.${didYouMean(id, ids)}`,
      hint: 'Use a content rule id from docs/rules.md; input checks such as yaml-syntax cannot be turned off.',
    });
  }
}
