import type { Diagnostic } from './diagnostic.js';

export type ReporterName = 'pretty' | 'json' | 'github';
export const REPORTERS: readonly ReporterName[] = ['pretty', 'json', 'github'];

export interface ReportOptions {
  color: boolean;
}

/** Diagnostics in a stable order: by file, then position, then rule. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compare(a.ruleId, b.ruleId),
  );
}

/** The one place diagnostics become text. */
export function formatDiagnostics(name: ReporterName, diagnostics: readonly Diagnostic[], options: ReportOptions): string {
  const sorted = sortDiagnostics(diagnostics);
  switch (name) {
    case 'json':
      return `${JSON.stringify({ version: 1, ...counts(sorted), diagnostics: sorted }, null, 2)}\n`;
    case 'github':
      return sorted.map(githubLine).join('');
    default:
      return pretty(sorted, options.color);
  }
}

function pretty(diagnostics: Diagnostic[], color: boolean): string {
  const paint = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const lines: string[] = [];
  for (const d of diagnostics) {
    const where = [d.file, d.line, d.column].filter((part) => part !== undefined).join(':');
    const severity = d.severity === 'error' ? paint('31', 'error') : d.severity === 'warning' ? paint('33', 'warning') : 'info';
    lines.push(`${where}  ${severity}  ${d.message}  ${paint('2', d.ruleId)}`);
    if (d.hint) lines.push(`  ${paint('2', '→')} ${d.hint}`);
  }
  const { errors, warnings } = counts(diagnostics);
  if (errors + warnings > 0) {
    lines.push('', `${countOf(errors, 'error')}, ${countOf(warnings, 'warning')}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
function githubLine(d: Diagnostic): string {
  const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const props = [`file=${escapeProperty(d.file)}`];
  if (d.line !== undefined) props.push(`line=${d.line}`);
  if (d.column !== undefined) props.push(`col=${d.column}`);
  props.push(`title=${escapeProperty(d.ruleId)}`);
  return `::${command} ${props.join(',')}::${escapeData(d.hint ? `${d.message} ${d.hint}` : d.message)}\n`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function counts(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

/** "1 error", "2 errors". */
export function countOf(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
