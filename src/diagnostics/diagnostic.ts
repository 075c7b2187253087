/**
 * A positioned message with a rule id: the one shape every stage uses to say
 * something is wrong. Stages collect these; only a reporter prints them.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Path as the user would type it (relative to the working directory when possible). */
  file: string;
  /** 1-based; absent when the problem concerns the file as a whole. */
  line?: number;
  column?: number;
  severity: Severity;
  /** Stable, kebab-case id, e.g. `question-missing-id`. Documented in docs/rules.md. */
  ruleId: string;
  message: string;
  /** What the author should do about it. */
  hint?: string;
}

export interface Position {
  line: number;
  column: number;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
