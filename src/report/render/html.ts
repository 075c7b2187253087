import type { ReportFigures } from '../compute.js';
import type { ProgressReport } from '../make-report.js';
import { count, monthName, percentText } from './format.js';
import { escapeHtml as e } from './html-escape.js';
import { REPORT_CSS } from './html-style.js';
import { cumulativeColumns, departmentBars, overallBar } from './svg-charts.js';
import { goalLine, headline, peopleLines, projectionLines } from './summary-lines.js';

/**
 * `--html`: one self-contained page (styles and charts inline, no script, no
 * request to anywhere) to mail or print. Like --json it holds counts only,
 * never a person.
 */
export function htmlReport(report: ProgressReport, figures: ReportFigures): string {
  const { overall, threshold } = figures;
  const source = report.source.kind === 'csv'
    ? `From ${report.source.completions} joined with ${report.source.roster}.`
    : `From the LRS at ${report.source.endpoint} (activity ${report.source.activity}) joined with ${report.source.roster}.`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Course completion as of ${e(figures.asOf)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<h1>Course completion as of ${e(figures.asOf)}</h1>
<p class="source">${e(source)}</p>
<p class="answer">${e(headline(figures))} <span class="${overall.met ? 'met' : 'unmet'}">${e(goalLine(figures))}</span></p>
<figure>
<figcaption id="overall-chart">Employees who have completed: ${percentText(overall.percent)} against the ${threshold} % goal</figcaption>
${overallBar(overall.percent, threshold, 'overall-chart')}
</figure>
<h2>By department</h2>
<figure>
<figcaption id="department-chart">Share of each department that has completed, lowest first; the line marks the ${threshold} % goal</figcaption>
${departmentBars(figures.departments, threshold, 'department-chart')}
</figure>
${table('Completion by department, lowest first', ['Department', 'Completed', 'Employees', 'Share', `Needed for ${threshold} %`],
  figures.departments.map((d) => [e(d.name), count(d.done), count(d.employees), percentText(d.percent), d.met ? 'met' : count(d.needed)]))}
<h2>Over time</h2>
${timelineSection(figures)}
<ul>${projectionLines(figures).map((line) => `<li>${e(line)}</li>`).join('')}</ul>
<h2>People and rows</h2>
<ul>${peopleLines(report, figures).map((line) => `<li>${e(line)}</li>`).join('')}</ul>
<footer>Made by cease report. Percentages are rounded down; docs/report.md explains each number. This page names nobody; the list of people still to complete is a separate file.</footer>
</main>
</body>
</html>
`;
}

function timelineSection(figures: ReportFigures): string {
  if (figures.timeline.length === 0) return '<p>No dated completions yet.</p>';
  return `<figure>
<figcaption id="timeline-chart">Share of today's employees who had completed by the end of each month; the dashed line marks the ${figures.threshold} % goal</figcaption>
${cumulativeColumns(figures.timeline, figures.threshold, 'timeline-chart')}
</figure>
${table('Completions by month', ['Month', 'Completions', 'Total so far', 'Share'],
  figures.timeline.map((m) => [monthName(m.month), count(m.completions), count(m.cumulative), percentText(m.percent)]))}`;
}

/** A data table: the first column names the row (th scope="row"), the rest are numbers. */
function table(caption: string, headers: string[], rows: string[][]): string {
  const head = headers.map((h, i) => `<th scope="col"${i ? ' class="n"' : ''}>${e(h)}</th>`).join('');
  const body = rows.map(([first, ...rest]) => `<tr><th scope="row">${first}</th>${rest.map((cell) => `<td class="n">${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><caption>${e(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
