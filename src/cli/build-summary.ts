import { relative } from 'node:path';
import { formatBytes } from '../format-bytes.js';
import type { WrittenPackage } from '../package/package-course.js';

/** The packages of one `cease build` as a table: what was written and where, at a glance. */
export function packageTable(packages: readonly WrittenPackage[], cwd: string): string {
  const rows = [
    ['format', 'size', 'path'],
    ...packages.map((written) => [written.format, formatBytes(written.bytes), relative(cwd, written.path) || written.path]),
  ];
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map(([format, size, path]) => `${format!.padEnd(widths[0]!)}  ${size!.padStart(widths[1]!)}  ${path}`)
    .join('\n') + '\n';
}

/** `--max-warnings`: the message when there are more warnings than allowed, else null. */
export function warningLimitMessage(warnings: number, max: number | undefined): string | null {
  if (max === undefined || warnings <= max) return null;
  return `${warnings} warning${warnings === 1 ? '' : 's'} found, more than --max-warnings ${max} allows.\n`;
}
