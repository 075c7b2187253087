import { sortDiagnostics } from '../../diagnostics/reporter.js';
import type { ProgressReport } from '../make-report.js';

/**
 * `--json`: the report's figures in the shape docs/report.md documents
 * (version 1; fields are only ever added). It carries counts only, no
 * names, e-mails or employee numbers: those are in the --csv file alone.
 */
export function jsonReport(report: ProgressReport): string {
  const figures = report.figures;
  const body = {
    version: 1,
    source: report.source,
    asOf: figures?.asOf ?? null,
    threshold: figures?.threshold ?? null,
    overall: figures?.overall ?? null,
    left: figures?.left ?? null,
    departments: figures?.departments ?? [],
    timeline: figures?.timeline ?? [],
    undated: figures?.undated ?? null,
    rate: figures?.rate ?? null,
    projections: figures?.projections ?? [],
    newHires: figures?.newHires ?? null,
    notDone: figures?.notDone.length ?? null,
    rows: report.counts,
    diagnostics: sortDiagnostics(report.diagnostics),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
