import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import type { CourseDraft } from '../model/draft.js';

export type RuleSeverity = 'error' | 'warning';

/** Where a finding is: a file and, when known, a position in it. */
export interface Location {
  file: string;
  position?: Position;
}

export type Report = (at: Location, message: string, hint?: string) => void;

/**
 * A content rule: it only reports, never fixes or prints. Adding one means
 * adding a module to `rules/` and a line to `rules/index.ts`.
 */
export interface Rule {
  id: string;
  /** One sentence for docs/rules.md and `--help`. */
  description: string;
  severity: RuleSeverity;
  check(draft: CourseDraft, report: Report): void;
}

export function toDiagnostic(
  rule: Rule,
  severity: RuleSeverity,
  at: Location,
  message: string,
  hint: string | undefined,
): Diagnostic {
  return {
    file: at.file,
    ...(at.position ? { line: at.position.line, column: at.position.column } : {}),
    severity,
    ruleId: rule.id,
    message,
    ...(hint ? { hint } : {}),
  };
}
