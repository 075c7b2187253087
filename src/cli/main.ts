import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCourse, compileVariants, UnknownFormatError } from '../build.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, REPORTERS, type ReporterName } from '../diagnostics/reporter.js';
import { registerInspectCommand } from '../inspect/index.js';
import { formats } from '../package/formats.js';
import { projectRoot } from '../project-files.js';

/** Exit codes: 0 ok, 1 the course has errors, 2 the command line is wrong. */
export const EXIT = { ok: 0, courseErrors: 1, usage: 2 } as const;

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stderr.isTTY) && !process.env['NO_COLOR'],
};

/** Parses arguments, calls the library, reports, and returns the exit code. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const report = (reporter: ReporterName, diagnostics: Diagnostic[]) => {
    const text = formatDiagnostics(reporter, diagnostics, { color: io.color });
    // Machine formats go to stdout so they can be piped; human text to stderr.
    if (reporter === 'pretty') io.stderr(text);
    else io.stdout(text);
  };
  const reporterOption = () =>
    new Option('--reporter <name>', 'diagnostics format').choices(REPORTERS as string[]).default('pretty');

  const program = new Command('cease')
    .description('Compile Markdown training courses into packages every LMS accepts.')
    .version(cliVersion())
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('build')
    .description('check a course and write one zip per format')
    .argument('<course-dir>', 'folder holding course.yml and the lessons')
    .option('--format <names>', `comma-separated: ${[...formats.keys()].join(', ')}`, 'scorm12')
    .option('--out <dir>', 'output folder', 'dist')
    .option('--vars <file...>', 'YAML file(s) of placeholder values; one package per file (e.g. per city)')
    .option('--locale <tag>', 'build the translation in locales/<tag>/')
    .addOption(reporterOption())
    .action(async (courseDir: string, options: { format: string; out: string; vars?: string[]; locale?: string; reporter: ReporterName }) => {
      const result = await buildCourse(courseDir, {
        formats: options.format === 'all' ? [...formats.keys()] : options.format.split(',').map((name) => name.trim()),
        outDir: options.out,
        ...(options.vars ? { vars: options.vars } : {}),
        ...(options.locale ? { locale: options.locale } : {}),
        onPackage: (written) => io.stderr(`wrote ${relative(process.cwd(), written.path)} (${formatBytes(written.bytes)})\n`),
      });
      report(options.reporter, result.diagnostics);
      if (hasErrors(result.diagnostics)) {
        io.stderr('No package written: fix the errors above.\n');
        exitCode = EXIT.courseErrors;
      }
    });

  program
    .command('validate')
    .description('run every check of the build without writing anything')
    .argument('<course-dir>', 'folder holding course.yml and the lessons')
    .option('--vars <file...>', 'YAML file(s) of placeholder values; each is checked')
    .option('--locale <tag>', 'check the translation in locales/<tag>/')
    .addOption(reporterOption())
    .action(async (courseDir: string, options: { vars?: string[]; locale?: string; reporter: ReporterName }) => {
      const { diagnostics } = await compileVariants(courseDir, {
        ...(options.vars ? { vars: options.vars } : {}),
        ...(options.locale ? { locale: options.locale } : {}),
      });
      report(options.reporter, diagnostics);
      if (hasErrors(diagnostics)) exitCode = EXIT.courseErrors;
      else if (options.reporter === 'pretty' && diagnostics.length === 0) io.stderr('No problems found.\n');
    });

  registerInspectCommand(program, io, (code) => {
    exitCode = code;
  });

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UnknownFormatError) {
      io.stderr(`cease: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  return exitCode;
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

function cliVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
