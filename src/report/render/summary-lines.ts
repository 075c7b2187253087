import type { ProgressReport } from '../make-report.js';
import type { ReportFigures } from '../compute.js';
import { count, percentText, plural } from './format.js';

/**
 * The sentences both the terminal summary and the HTML page say, so the two
 * can never disagree.
 */
export function headline(figures: ReportFigures): string {
  const { overall } = figures;
  return `${count(overall.done)} of ${plural(overall.employees, 'employee')} have completed the course: ${percentText(overall.percent)}.`;
}

export function goalLine(figures: ReportFigures): string {
  const { overall, threshold } = figures;
  if (overall.met) return `The ${threshold} % goal is met.`;
  return `${plural(overall.needed, 'more completion')} needed to reach ${threshold} %.`;
}

export function projectionLines(figures: ReportFigures): string[] {
  const { rate } = figures;
  const lines = [`${plural(rate.completions, 'completion')} in the ${rate.windowDays} days to ${figures.asOf}: ${rate.perDay.toFixed(2)} a day.`];
  for (const projection of figures.projections) {
    if (projection.reached) lines.push(`${projection.percent} %: reached.`);
    else if (projection.date) lines.push(`${projection.percent} %: around ${projection.date} at that rate (${plural(projection.needed, 'more completion')}).`);
    else lines.push(`${projection.percent} %: no date can be projected, as nobody completed in the last ${rate.windowDays} days.`);
  }
  return lines;
}

export function peopleLines(report: ProgressReport, figures: ReportFigures): string[] {
  const { newHires } = figures;
  const lines = [
    `${plural(newHires.overdue, 'new hire')} (hired in the last year) past the ${newHires.onboardingDays}-day onboarding window without completing; ${count(newHires.withinWindow)} still within it.`,
  ];
  if (figures.left > 0) lines.push(`${plural(figures.left, 'person', 'people')} on the employee list ${figures.left === 1 ? 'has' : 'have'} left and ${figures.left === 1 ? 'is' : 'are'} not counted.`);
  if (figures.undated > 0) lines.push(`${plural(figures.undated, 'completion')} without a date: counted, but in no month.`);
  const { read, used, unmatched, skipped, voided, otherCourses } = report.counts;
  const unit = report.source.kind === 'lrs' ? 'statement' : 'row';
  const extra = report.source.kind === 'lrs' ? `, ${count(voided)} voided` : otherCourses > 0 ? `, ${count(otherCourses)} about other courses` : '';
  lines.push(`${plural(read, unit)} read, ${count(used)} used, ${count(unmatched)} about people not on the employee list, ${count(skipped)} unusable${extra}.`);
  return lines;
}
