import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readCompletions, type SourceCounts } from './completions-csv.js';
import { computeFigures, type ReportFigures } from './compute.js';
import { DEFAULT_RETRY, type RetryPolicy } from './lrs/lrs-request.js';
import { readLrs } from './lrs/read-lrs.js';
import { parseDay } from './normalise.js';
import { Outcomes } from './outcomes.js';
import { ReportInputError } from './report-error.js';
import { loadReportMap, type ReportMap } from './report-map.js';
import { readRoster } from './roster.js';

export interface ReportOptions {
  /** The employee list (CSV). */
  roster: string;
  /** An LMS export (CSV); or `lrs`. */
  completions?: string;
  lrs?: {
    endpoint: string;
    /** The course's activity IRI. */
    activity: string;
    /** Only statements stored since (ISO 8601). */
    since?: string;
    /** The Authorization header value; the CLI takes it from CEASE_LRS_AUTH. */
    authorization: string;
    retry?: Partial<RetryPolicy>;
    onRetry?: (why: string, waitMs: number) => void;
  };
  /** The mapping file (YAML). */
  map?: string;
  /** The report day, YYYY-MM-DD; today (UTC) when absent. */
  asOf?: string;
  /** Percentage goal; the mapping file's, else 75 (CEASE designation). */
  threshold?: number;
  /** Days a new hire has to complete; the mapping file's, else 30. */
  onboardingDays?: number;
}

export interface ProgressReport {
  /** null when the inputs could not be read at all (the diagnostics say why). */
  figures: ReportFigures | null;
  source: { kind: 'csv'; roster: string; completions: string } | { kind: 'lrs'; roster: string; endpoint: string; activity: string };
  counts: SourceCounts;
  /** Whether the employee list has employee numbers (otherwise the not-done list identifies people by roster line). */
  rosterHasIds: boolean;
  diagnostics: Diagnostic[];
}

export const DEFAULT_THRESHOLD = 75;
export const DEFAULT_ONBOARDING_DAYS = 30;

/**
 * `cease report` as a library call: how many employees have completed the
 * course, from an LMS export or an LRS, joined with the employee list.
 * Rows that cannot be used become diagnostics; the report is still made.
 * Throws ReportInputError when the LRS cannot be read.
 */
export async function reportProgress(options: ReportOptions): Promise<ProgressReport> {
  const diagnostics: Diagnostic[] = [];
  const shown = (path: string) => relative(process.cwd(), resolve(path)) || path;
  const source: ProgressReport['source'] = options.lrs
    ? { kind: 'lrs', roster: shown(options.roster), endpoint: options.lrs.endpoint, activity: options.lrs.activity }
    : { kind: 'csv', roster: shown(options.roster), completions: shown(options.completions ?? '') };
  const report: ProgressReport = { figures: null, source, counts: { read: 0, used: 0, unmatched: 0, skipped: 0, voided: 0, otherCourses: 0 }, rosterHasIds: false, diagnostics };
  const asOf = options.asOf ? parseDay(options.asOf) : Math.floor(Date.now() / 86_400_000) * 86_400_000;
  if (Number.isNaN(asOf)) throw new ReportInputError(`--as-of ${options.asOf} is not a date (YYYY-MM-DD).`);

  const map: ReportMap | null = options.map ? await loadReportMap(options.map, diagnostics) : {};
  const files = [options.roster, ...(options.lrs ? [] : [options.completions ?? ''])];
  for (const file of files) await checkReadable(file, shown(file), diagnostics);
  if (!map || hasErrors(diagnostics)) return report;

  const roster = await readRoster(resolve(options.roster), shown(options.roster), map, asOf, diagnostics);
  if (!roster) return report;
  report.rosterHasIds = roster.hasId;
  const outcomes = new Outcomes(roster.people.length);
  const counts = options.lrs
    ? await readLrs({
        endpoint: new URL(options.lrs.endpoint.endsWith('/') ? options.lrs.endpoint : `${options.lrs.endpoint}/`),
        activity: options.lrs.activity,
        ...(options.lrs.since ? { since: options.lrs.since } : {}),
        connection: { authorization: options.lrs.authorization, retry: { ...DEFAULT_RETRY, ...options.lrs.retry }, ...(options.lrs.onRetry ? { onRetry: options.lrs.onRetry } : {}) },
      }, roster, outcomes, diagnostics)
    : await readCompletions(resolve(options.completions!), shown(options.completions!), map, roster, outcomes, diagnostics);
  if (!counts) return report;
  report.counts = counts;
  report.figures = computeFigures(roster, outcomes, {
    asOf,
    threshold: options.threshold ?? map.threshold ?? DEFAULT_THRESHOLD,
    onboardingDays: options.onboardingDays ?? map.onboardingDays ?? DEFAULT_ONBOARDING_DAYS,
  });
  return report;
}

async function checkReadable(path: string, file: string, diagnostics: Diagnostic[]): Promise<void> {
  try {
    if ((await stat(path)).isFile()) return;
    diagnostics.push({ file, severity: 'error', ruleId: 'file-unreadable', message: `${file} is not a file.`, hint: 'Give the path of the CSV file.' });
  } catch (error) {
    diagnostics.push({ file, severity: 'error', ruleId: 'file-unreadable', message: `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`, hint: 'Check that the file exists and is readable.' });
  }
}
