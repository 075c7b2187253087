/** Writes generated exports into a scratch folder and runs `cease report` on them. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, scratchDir, type CliRun } from '../helpers/cli.js';

export interface ReportWorkspace {
  dir: string;
  /** Writes a file (text, or exact bytes) and returns its path. */
  write(name: string, content: string | Buffer): string;
  /** Runs `cease report` in the folder. */
  report(args: readonly string[], env?: Record<string, string>): Promise<CliRun>;
  cleanup(): void;
}

export function reportWorkspace(): ReportWorkspace {
  const { dir, cleanup } = scratchDir('cease-report-');
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    report: (args, env) => runCli(['report', ...args], dir, env),
    cleanup,
  };
}

/** Lines joined with CRLF, as Excel and most HR systems write CSV. */
export function crlf(lines: readonly string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}
