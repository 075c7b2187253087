import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import type { CourseDraft } from '../model/draft.js';
import { byNodeType, walkTree } from '../model/walk-tree.js';
import { toDiagnostic, type Report, type Rule } from './rule.js';
import { rules } from './rules/index.js';

/**
 * Check stage: runs every content rule over the draft, walking each lesson's
 * tree once for all rules' `nodes`. Severity comes from the rule unless
 * course.yml's `rules:` overrides it (or turns it off). Findings are listed
 * rule by rule, in the order of `rules`.
 */
export function checkCourse(draft: CourseDraft, diagnostics: Diagnostic[]): void {
  reportUnknownRules(draft, diagnostics);
  const active: { rule: Rule; report: Report; found: Diagnostic[] }[] = [];
  for (const rule of rules) {
    const setting = draft.settings.rules[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    const found: Diagnostic[] = [];
    active.push({ rule, found, report: (at, message, hint) => found.push(toDiagnostic(rule, setting, at, message, hint)) });
  }
  for (const lesson of draft.lessons) {
    const handlers = active.flatMap(({ rule, report }) => (rule.nodes ? [rule.nodes(lesson, report, draft)] : []));
    if (handlers.length > 0) walkTree(lesson.tree, byNodeType(handlers));
  }
  for (const { rule, report } of active) rule.check?.(draft, report);
  for (const { found } of active) diagnostics.push(...found);
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
