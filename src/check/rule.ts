import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import type { CourseDraft, LessonDraft } from '../model/draft.js';
import type { NodeHandlers } from '../model/walk-tree.js';

export type RuleSeverity = 'error' | 'warning';

/** Where a finding is: a file and, when known, a position in it. */
export interface Location {
  file: string;
  position?: Position;
}

export type Report = (at: Location, message: string, hint?: string) => void;

/**
 * A content rule: it only reports, never fixes or prints. Adding one means
 * adding a module to `rules/` and a line to `rules/index.ts`. A rule has
 * `check`, `nodes` or both.
 */
export interface Rule {
  id: string;
  /** One sentence for docs/rules.md and `--help`. */
  description: string;
  severity: RuleSeverity;
  /** Looks at the whole course once: for findings across lessons, or in the settings. */
  check?(draft: CourseDraft, report: Report): void;
  /**
   * Functions by node type for one lesson, called as the check stage walks
   * its tree. Every rule shares that one walk, so a rule that only looks at
   * some kinds of node costs nothing at the others.
   */
  nodes?(lesson: LessonDraft, report: Report, draft: CourseDraft): NodeHandlers;
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
