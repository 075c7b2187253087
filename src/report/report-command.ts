import { InvalidArgumentError, Option, type Command } from 'commander';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, REPORTERS, type ReporterName } from '../diagnostics/reporter.js';

export interface ReportIo {
  stdout(text: string): void;
  stderr(text: string): void;
  color: boolean;
}

/** 0: done (and any --require met); 1: --require not met; 2: the command line or an input cannot be used. */
export const REPORT_EXIT = { ok: 0, belowRequired: 1, unusable: 2 } as const;

interface ReportFlags {
  roster: string;
  completions?: string;
  lrs?: string;
  activity?: string;
  since?: string;
  map?: string;
  threshold?: number;
  require?: number;
  onboardingDays?: number;
  asOf?: string;
  html?: string;
  json?: string | true;
  csv?: string;
  names?: boolean;
  retryFor: number;
  reporter: ReporterName;
}

/** Diagnostics shown in the terminal; --reporter json (or --json) lists every one. */
const SHOWN_IN_TERMINAL = 20;

/**
 * Adds `cease report`: how far the organisation is from its completion goal,
 * from an LMS export or an LRS joined with the employee list.
 */
export function registerReportCommand(program: Command, io: ReportIo, setExitCode: (code: number) => void): void {
  program
    .command('report')
    .description('how many employees have completed the course, by department and over time, from an LMS export or an LRS')
    .requiredOption('--roster <employees.csv>', 'the employee list (CSV): employee number and/or e-mail, department, status, hire date')
    .option('--completions <export.csv>', 'the LMS completion export (CSV)')
    .option('--lrs <endpoint>', 'an xAPI LRS endpoint to read statements from (credentials: CEASE_LRS_AUTH=key:secret)')
    .option('--activity <iri>', 'with --lrs: the course activity IRI')
    .option('--since <timestamp>', 'with --lrs: only statements stored since this ISO 8601 time')
    .option('--map <report.yml>', 'mapping file: column names, extra status words, date order, goal')
    .option('--threshold <percent>', 'goal in % of employees (default 75, or the mapping file\'s)', percent)
    .option('--require <percent>', 'exit 1 unless at least this % have completed (also the goal shown)', percent)
    .option('--onboarding-days <n>', 'days a new hire has to complete (default 30)', wholeNumber)
    .option('--as-of <YYYY-MM-DD>', 'the report day (default today, UTC)')
    .option('--html <file>', 'write a self-contained HTML report')
    .option('--json [file]', 'write the figures as JSON (to stdout without a file)')
    .option('--csv <file>', 'write the employees who have not completed (ids only unless --names)')
    .option('--names', 'put names and e-mail addresses in the --csv file (personal data)')
    .option('--retry-for <seconds>', 'with --lrs: how long to keep retrying a request the LRS throttles or fails', wholeNumber, 120)
    .addOption(new Option('--reporter <name>', 'diagnostics format').choices(REPORTERS as string[]).default('pretty'))
    .action(async (flags: ReportFlags) => setExitCode(await runReport(flags, io)));
}

async function runReport(flags: ReportFlags, io: ReportIo): Promise<number> {
  const usage = (message: string) => {
    io.stderr(`cease: ${message}\n`);
    return REPORT_EXIT.unusable;
  };
  if (Boolean(flags.completions) === Boolean(flags.lrs)) return usage('give one source: --completions <export.csv> or --lrs <endpoint> --activity <iri>.');
  if (flags.lrs && !flags.activity) return usage('--lrs needs --activity <iri>, the course activity the statements are about.');
  if (flags.names && !flags.csv) return usage('--names puts names into the --csv file; give --csv <file> too.');
  if (flags.json === true && flags.reporter !== 'pretty') return usage('--json on stdout already holds the diagnostics; leave out --reporter, or give --json a file.');
  // Loaded on use: the CSV parser and the renderers cost start-up time every other command would pay.
  const [{ reportProgress }, { ReportInputError }, { authorizationFromEnvironment }, render, { writeOutput }] = await Promise.all([
    import('./make-report.js'),
    import('./report-error.js'),
    import('./lrs/lrs-request.js'),
    import('./render/index.js'),
    import('./write-output.js'),
  ]);
  let report;
  try {
    report = await reportProgress({
      roster: flags.roster,
      ...(flags.completions ? { completions: flags.completions } : {}),
      ...(flags.lrs
        ? { lrs: { endpoint: flags.lrs, activity: flags.activity!, authorization: authorizationFromEnvironment(), retry: { totalMs: flags.retryFor * 1000 }, ...(flags.since ? { since: flags.since } : {}), onRetry: (why: string, wait: number) => io.stderr(`${why}; trying again in ${(wait / 1000).toFixed(1)} s\n`) } }
        : {}),
      ...(flags.map ? { map: flags.map } : {}),
      ...(flags.asOf ? { asOf: flags.asOf } : {}),
      ...(flags.threshold ?? flags.require ? { threshold: flags.threshold ?? flags.require } : {}),
      ...(flags.onboardingDays !== undefined ? { onboardingDays: flags.onboardingDays } : {}),
    });
  } catch (error) {
    if (!(error instanceof ReportInputError)) throw error;
    return usage(error.message);
  }
  const { diagnostics, figures } = report;
  if (flags.reporter === 'pretty') {
    io.stderr(formatDiagnostics('pretty', diagnostics.slice(0, SHOWN_IN_TERMINAL), { color: io.color }));
    if (diagnostics.length > SHOWN_IN_TERMINAL) io.stderr(`… and ${diagnostics.length - SHOWN_IN_TERMINAL} more; --reporter json lists them all.\n`);
  } else io.stdout(formatDiagnostics(flags.reporter, diagnostics, { color: false }));
  if (!figures || hasErrors(diagnostics)) {
    io.stderr('No report: fix the errors above.\n');
    return REPORT_EXIT.unusable;
  }
  if (flags.json === true) io.stdout(render.jsonReport(report));
  else if (flags.json) await writeOutput(flags.json, render.jsonReport(report));
  if (flags.html) await writeOutput(flags.html, render.htmlReport(report, figures));
  if (flags.csv) await writeOutput(flags.csv, render.notDoneCsv(figures.notDone, { names: Boolean(flags.names), hasIds: report.rosterHasIds }));
  io.stderr(render.terminalSummary(report, figures));
  if (flags.require === undefined) return REPORT_EXIT.ok;
  const met = figures.overall.employees > 0 && figures.overall.done * 100 >= flags.require * figures.overall.employees;
  io.stderr(met ? `Required ${flags.require} %: met.\n` : `Required ${flags.require} %: not met (${figures.overall.percent} %).\n`);
  return met ? REPORT_EXIT.ok : REPORT_EXIT.belowRequired;
}

function percent(value: string): number {
  const number = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || number <= 0 || number > 100) throw new InvalidArgumentError('expected a percentage above 0 and at most 100, such as 75.');
  return number;
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}
