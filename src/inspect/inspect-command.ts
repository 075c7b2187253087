import { Option, type Command } from 'commander';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, REPORTERS, type ReporterName } from '../diagnostics/reporter.js';

export interface InspectIo {
  stdout(text: string): void;
  stderr(text: string): void;
  color: boolean;
}

/** Same exit codes as the other commands: 0 sound, 1 the package has errors, 2 the command line is wrong. */
const EXIT = { problems: 1, usage: 2 } as const;

/**
 * Adds `cease inspect <package.zip>`. Output follows the CLI's rule: machine
 * formats on stdout so they can be piped, human text on stderr.
 */
export function registerInspectCommand(program: Command, io: InspectIo, setExitCode: (code: number) => void): void {
  program
    .command('inspect')
    .description('check a SCORM, xAPI or cmi5 zip from a vendor before importing it into an LMS')
    .argument('<package.zip>', 'the course package to inspect; nothing is extracted')
    .addOption(new Option('--reporter <name>', 'output format').choices(REPORTERS as string[]).default('pretty'))
    .action(async (zipPath: string, options: { reporter: ReporterName }) => {
      // Loaded on use: the XML parser and XSD validator cost start-up time every other command would pay.
      const [{ inspectPackage }, { InspectInputError }, { jsonReport, prettyReport, summaryBlock, verdict }] = await Promise.all([
        import('./inspect-package.js'),
        import('./read-zip.js'),
        import('./summary.js'),
      ]);
      let report;
      try {
        report = await inspectPackage(zipPath);
      } catch (error) {
        if (!(error instanceof InspectInputError)) throw error;
        io.stderr(`cease: ${error.message}\n`);
        setExitCode(EXIT.usage);
        return;
      }
      if (options.reporter === 'json') io.stdout(jsonReport(report));
      else if (options.reporter === 'github') {
        // Annotations for CI on stdout; the summary for the person reading the log.
        io.stdout(formatDiagnostics('github', report.diagnostics, { color: false }));
        io.stderr(`${summaryBlock(report, io.color)}\n${verdict(report)}`);
      } else io.stderr(prettyReport(report, io.color));
      if (hasErrors(report.diagnostics)) setExitCode(EXIT.problems);
    });
}
