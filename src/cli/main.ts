import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildCourses, compileVariants, UnknownFormatError } from '../build.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { counts, formatDiagnostics, REPORTERS, type ReporterName } from '../diagnostics/reporter.js';
import { registerInspectCommand } from '../inspect/index.js';
import { courseFolderMissing } from '../load/load-course.js';
import type { WrittenPackage } from '../package/package-course.js';
import { formats } from '../package/formats.js';
import { DEFAULT_PORT } from '../preview/default-port.js';
import { projectRoot } from '../project-files.js';
import { registerReportCommand } from '../report/report-command.js';
import { packageTable, warningLimitMessage } from './build-summary.js';
import { progressLine } from './progress-line.js';

/** Exit codes: 0 ok, 1 the course has errors, 2 the command line is wrong. */
export const EXIT = { ok: 0, courseErrors: 1, usage: 2 } as const;

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
  /** stderr is a terminal, where a build may show a progress line it rewrites in place. */
  terminal?: boolean;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stderr.isTTY) && !process.env['NO_COLOR'],
  terminal: Boolean(process.stderr.isTTY),
};

interface BuildFlags {
  format: string;
  out: string;
  vars?: string[];
  locale?: string;
  reporter: ReporterName;
  watch?: boolean;
  maxWarnings?: number;
  draft?: boolean;
}

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
  const maxWarningsOption = () =>
    new Option('--max-warnings <n>', 'exit 1 when there are more than n warnings').argParser(count);
  const shown = (path: string) => relative(process.cwd(), resolve(path)) || '.';

  const program = new Command('cease')
    .description('Compile Markdown training courses into packages every LMS accepts.')
    .version(cliVersion())
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('build')
    .description('check courses and write one zip per course, variant and format')
    .argument('<course-dir...>', 'folder(s) holding course.yml and the lessons')
    .option('--format <names>', `comma-separated: ${[...formats.keys()].join(', ')}, or all`, 'scorm12')
    .option('--out <dir>', 'output folder', 'dist')
    .option('--vars <file...>', 'YAML file(s) of placeholder values; one package per file (e.g. per city)')
    .option('--locale <tag>', 'build the translation in locales/<tag>/')
    .option('--draft', 'build even with values marked !todo (a review copy, not for learners)')
    .option('--watch', 'rebuild on every change in the course folders until Ctrl+C')
    .addOption(maxWarningsOption())
    .addOption(reporterOption())
    .action(async (courseDirs: string[], options: BuildFlags) => {
      const buildAll = async (): Promise<number> => {
        const packages: WrittenPackage[] = [];
        let code: number = EXIT.ok;
        let warnings = 0;
        // Only for people watching a terminal: logs and machine reporters get no rewritten lines.
        const progress = io.terminal && options.reporter === 'pretty' ? progressLine(io.stderr, shown, { columns: process.stderr.columns }) : null;
        const results = await buildCourses(courseDirs, {
          ...(progress ? { onProgress: progress.show } : {}),
          formats: formatNames(options.format),
          outDir: options.out,
          ...(options.vars ? { vars: options.vars } : {}),
          ...(options.locale ? { locale: options.locale } : {}),
          drafts: options.draft ? 'warning' : 'error',
          ...(options.reporter === 'pretty' ? {} : { onPackage: (written: WrittenPackage) => io.stderr(`wrote ${shown(written.path)}\n`) }),
        }).finally(() => progress?.clear());
        for (const result of results) {
          report(options.reporter, result.diagnostics);
          packages.push(...result.packages);
          warnings += counts(result.diagnostics).warnings;
          if (result.unwritable) {
            io.stderr(`Nothing more written: fix the output folder (--out ${options.out}).\n`);
            code = EXIT.usage;
          } else if (hasErrors(result.diagnostics)) {
            io.stderr(`No package written${courseDirs.length > 1 ? ` for ${result.courseDir}` : ''}: fix the errors above.\n`);
            code = Math.max(code, EXIT.courseErrors);
          }
        }
        if (options.reporter === 'pretty' && packages.length > 0) io.stderr(packageTable(packages, process.cwd()));
        const tooMany = warningLimitMessage(warnings, options.maxWarnings);
        if (tooMany) io.stderr(tooMany);
        return tooMany && code === EXIT.ok ? EXIT.courseErrors : code;
      };

      exitCode = await buildAll();
      if (!options.watch) return;
      exitCode = await watchAndRebuild(courseDirs, resolve(options.out), buildAll, io);
    });

  program
    .command('validate')
    .description('run every check of the build without writing anything')
    .argument('<course-dir>', 'folder holding course.yml and the lessons')
    .option('--vars <file...>', 'YAML file(s) of placeholder values; each is checked')
    .option('--locale <tag>', 'check the translation in locales/<tag>/')
    .option('--format <names>', `formats whose limits the course must fit, as for build: ${[...formats.keys()].join(', ')}`, 'scorm12')
    .option('--draft', 'the course is known to be a draft: list values marked !todo as notes, not warnings')
    .addOption(maxWarningsOption())
    .addOption(reporterOption())
    .action(async (courseDir: string, options: { vars?: string[]; locale?: string; format: string; draft?: boolean; reporter: ReporterName; maxWarnings?: number }) => {
      const { diagnostics } = await compileVariants(courseDir, {
        formats: formatNames(options.format),
        drafts: options.draft ? 'info' : 'warning',
        ...(options.vars ? { vars: options.vars } : {}),
        ...(options.locale ? { locale: options.locale } : {}),
      });
      report(options.reporter, diagnostics);
      const tooMany = warningLimitMessage(counts(diagnostics).warnings, options.maxWarnings);
      if (tooMany) io.stderr(tooMany);
      if (hasErrors(diagnostics) || tooMany) exitCode = EXIT.courseErrors;
      else if (options.reporter === 'pretty' && diagnostics.length === 0) io.stderr('No problems found.\n');
    });

  program
    .command('init')
    .description('write a starter course (lessons, a knowledge check, an assessment, an image) to edit')
    .argument('[dir]', 'new or empty folder', '.')
    .action(async (dir: string) => {
      // Commands other than build and validate load on use, so they cost no start-up time.
      const { initCourse, InitRefusedError } = await import('../init/index.js');
      try {
        const created = await initCourse(dir);
        io.stderr(`Created a starter course in ${shown(created.dir)}:\n${created.files.map((file) => `  ${file}\n`).join('')}`);
        io.stderr(`Next: cease preview ${shown(created.dir)}   (then edit and save; README.md explains the files)\n`);
      } catch (error) {
        if (!(error instanceof InitRefusedError)) throw error;
        io.stderr(`cease: ${error.message}\n`);
        exitCode = EXIT.usage;
      }
    });

  program
    .command('preview')
    .description('play the course in a simulated LMS in the browser, with an inspector; reloads on every save')
    .argument('[course-dir]', 'folder holding course.yml and the lessons', '.')
    .option('--port <n>', 'port to listen on; 0 picks a free one', port, DEFAULT_PORT)
    .option('--host <host>', 'address to listen on; anything but loopback exposes the preview to your network', '127.0.0.1')
    .option('--format <name>', `format to preview first: ${[...formats.keys()].join(', ')}`, 'scorm12')
    .option('--vars <file>', 'YAML file of placeholder values')
    .option('--locale <tag>', 'preview the translation in locales/<tag>/')
    .action(async (courseDir: string, options: { port: number; host: string; format: string; vars?: string; locale?: string }) => {
      // Checked before serving: there would be nothing to watch, and Ctrl+C handling would keep the process alive.
      const missing = await courseFolderMissing(courseDir);
      if (missing) {
        report('pretty', [missing]);
        exitCode = EXIT.courseErrors;
        return;
      }
      const [{ startPreview }, { untilSignal }] = await Promise.all([import('../preview/index.js'), import('../watch/index.js')]);
      const stopped = untilSignal();
      const server = await startPreview(courseDir, {
        ...options,
        onRebuild: (build, changed) => {
          io.stderr(`rebuilt after a change to ${changed.join(', ')}: ${build.files ? 'ok' : 'the course has errors'}\n`);
          report('pretty', build.diagnostics);
        },
        onWatchError: (error) => io.stderr(`cease: stopped watching ${shown(courseDir)}: ${error.message}\n`),
      }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE' && error.code !== 'EADDRNOTAVAIL' && error.code !== 'EACCES') throw error;
        io.stderr(`cease: cannot listen on ${options.host}:${options.port} (${error.code}); try another --port, or --port 0.\n`);
        return null;
      });
      if (!server) {
        exitCode = EXIT.usage;
        return;
      }
      report('pretty', (await server.current()).diagnostics);
      if (!['127.0.0.1', 'localhost', '::1'].includes(options.host)) {
        io.stderr(`warning: listening on ${options.host}, so other machines on your network can open this preview.\n`);
      }
      io.stderr(`listening on ${server.url}  (Ctrl+C to stop)\n`);
      await stopped;
      await server.close();
      io.stderr('preview stopped\n');
    });

  registerInspectCommand(program, io, (code) => {
    exitCode = code;
  });
  registerReportCommand(program, io, (code) => {
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

/** `build --watch`: rebuilds every course on each change until Ctrl+C; a broken build is reported, never fatal. */
async function watchAndRebuild(courseDirs: string[], outDir: string, buildAll: () => Promise<number>, io: Io): Promise<number> {
  const { rebuildQueue, untilSignal, watchFolder } = await import('../watch/index.js');
  const stopped = untilSignal();
  const queue = rebuildQueue(async () => {
    await buildAll();
    io.stderr('watching for changes\n');
  }, (error) => io.stderr(`cease: rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`));
  const watchers = [];
  for (const dir of courseDirs) {
    try {
      watchers.push(watchFolder(dir, (changed) => {
        io.stderr(`changed: ${changed.map((file) => join(dir, file)).join(', ')}; rebuilding\n`);
        void queue.run();
      }, { ignoreDirs: [outDir], onError: (error) => io.stderr(`cease: stopped watching ${dir}: ${error.message}\n`) }));
    } catch (error) {
      io.stderr(`cease: cannot watch ${dir}: ${(error as Error).message}\n`);
      for (const watcher of watchers) watcher.close();
      return EXIT.usage;
    }
  }
  await Promise.all(watchers.map((watcher) => watcher.ready));
  io.stderr(`watching ${courseDirs.join(', ')} for changes (Ctrl+C to stop)\n`);
  await stopped;
  for (const watcher of watchers) watcher.close();
  await queue.idle();
  return EXIT.ok;
}

/** `--format a,b` or `all`, as names (the build refuses unknown ones). */
function formatNames(option: string): string[] {
  return option === 'all' ? [...formats.keys()] : option.split(',').map((name) => name.trim());
}

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

function port(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535.');
  return number;
}

function cliVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
