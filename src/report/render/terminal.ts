import type { ReportFigures } from '../compute.js';
import type { ProgressReport } from '../make-report.js';
import { count, monthName, percentText } from './format.js';
import { goalLine, headline, peopleLines, projectionLines } from './summary-lines.js';

const BAR_WIDTH = 40;

/** The summary printed after `cease report`: the answer first, then where it comes from. */
export function terminalSummary(report: ProgressReport, figures: ReportFigures): string {
  const out: string[] = [];
  out.push(`Course completion as of ${figures.asOf} (${describeSource(report)})`, '');
  out.push(`  ${headline(figures)}`);
  out.push(`  ${bar(figures.overall.percent, figures.threshold)}`);
  out.push(`  ${goalLine(figures)}`, '');
  out.push('By department (lowest first)');
  const width = Math.max(10, ...figures.departments.map((d) => d.name.length));
  out.push(`  ${'department'.padEnd(width)}  ${'done'.padStart(7)}  ${'of'.padStart(7)}  ${'share'.padStart(7)}  needed`);
  for (const d of figures.departments) {
    out.push(`  ${d.name.padEnd(width)}  ${count(d.done).padStart(7)}  ${count(d.employees).padStart(7)}  ${percentText(d.percent).padStart(7)}  ${d.met ? 'met' : count(d.needed)}`);
  }
  out.push('');
  if (figures.timeline.length) {
    out.push('Completions by month');
    for (const month of figures.timeline) {
      out.push(`  ${monthName(month.month).padEnd(8)}  ${count(month.completions).padStart(7)}  total ${count(month.cumulative).padStart(7)}  ${percentText(month.percent).padStart(7)}`);
    }
    out.push('');
  }
  out.push(...projectionLines(figures), '', ...peopleLines(report, figures));
  return `${out.join('\n')}\n`;
}

function describeSource(report: ProgressReport): string {
  const { source } = report;
  return source.kind === 'csv' ? `${source.completions} joined with ${source.roster}` : `LRS ${source.endpoint}, activity ${source.activity}, joined with ${source.roster}`;
}

/** [#####....|....] with the goal marked where it falls. */
function bar(percent: number, threshold: number): string {
  const filled = Math.floor((percent / 100) * BAR_WIDTH);
  const mark = Math.min(BAR_WIDTH - 1, Math.floor((threshold / 100) * BAR_WIDTH));
  const cells = Array.from({ length: BAR_WIDTH }, (_, i) => (i === mark ? '|' : i < filled ? '#' : '.'));
  return `[${cells.join('')}] goal ${threshold} %`;
}
