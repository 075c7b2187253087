import { hasErrors } from '../diagnostics/diagnostic.js';
import { counts, formatDiagnostics, sortDiagnostics } from '../diagnostics/reporter.js';
import { formatBytes } from '../format-bytes.js';
import type { InspectFormat, InspectReport } from './inspect-report.js';
import type { ZipEntryInfo } from './read-zip.js';

const LARGEST = 5;

/** Sizes as the central directory declares them (nothing is inflated to count). */
export function packageSize(files: readonly ZipEntryInfo[]): Pick<InspectReport, 'totalBytes' | 'entries' | 'largest'> {
  const largest = [...files]
    .sort((a, b) => b.bytes - a.bytes || (a.name < b.name ? -1 : 1))
    .slice(0, LARGEST)
    .map((entry) => ({ path: entry.name, bytes: entry.bytes }));
  return { totalBytes: files.reduce((sum, entry) => sum + entry.bytes, 0), entries: files.length, largest };
}

const FORMAT_NAMES: Record<InspectFormat, string> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004',
  xapi: 'xAPI (Tin Can launch)',
  cmi5: 'cmi5',
  unknown: 'unknown',
};

/** Each standard states the pass mark in its own scale; say which, so 0.8 and 80 are not confused. */
const MASTERY_SCALES: Partial<Record<InspectFormat, string>> = {
  scorm12: 'adlcp:masteryscore, 0–100',
  scorm2004: 'imsss:minNormalizedMeasure, −1..1',
  cmi5: 'masteryScore, 0..1',
};

const LAUNCH_UNITS: Record<InspectFormat, string> = {
  scorm12: 'SCOs',
  scorm2004: 'SCOs',
  xapi: 'Launchable',
  cmi5: 'AUs',
  unknown: 'SCOs',
};

/** The short block a person reads first: what the package is and how big. */
export function summaryBlock(report: InspectReport, color: boolean): string {
  const bold = (text: string) => (color ? `\x1b[1m${text}\x1b[0m` : text);
  const rows: [string, string][] = [
    ['Package', report.zip],
    ['Format', FORMAT_NAMES[report.format]],
    ['Descriptor', report.descriptor ?? 'none found'],
    ['Launch', report.launch ?? 'none found'],
    [LAUNCH_UNITS[report.format], String(report.scoCount)],
    ['Mastery', report.masteryScore === null ? 'none' : `${report.masteryScore} (${MASTERY_SCALES[report.format] ?? ''})`],
    ['Size', `${formatBytes(report.totalBytes)} in ${report.entries} ${report.entries === 1 ? 'file' : 'files'}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const lines = rows.map(([label, value]) => `${bold(label.padEnd(width))}${value}`);
  report.largest.forEach((entry, index) => {
    lines.push(`${index === 0 ? bold('Largest'.padEnd(width)) : ' '.repeat(width)}${formatBytes(entry.bytes).padStart(9)}  ${entry.path}`);
  });
  return `${lines.join('\n')}\n`;
}

/** One closing line that answers City IT's question: can this go into the LMS? */
export function verdict(report: InspectReport): string {
  if (hasErrors(report.diagnostics)) return 'Do not import this package: the errors above would break the upload or the course.\n';
  if (report.diagnostics.some((d) => d.severity === 'warning')) {
    return 'No errors: the package can be imported; the warnings are worth passing on to the vendor.\n';
  }
  return 'No problems found: the package looks sound to import.\n';
}

/** `--reporter pretty`: summary, the diagnostics through the one reporter, verdict. */
export function prettyReport(report: InspectReport, color: boolean): string {
  const diagnostics = formatDiagnostics('pretty', report.diagnostics, { color });
  return `${summaryBlock(report, color)}\n${diagnostics}${diagnostics ? '\n' : ''}${verdict(report)}`;
}

/** `--reporter json`: one object on stdout, the summary and the reporter's sorted diagnostics. */
export function jsonReport(report: InspectReport): string {
  const { format, launch, scoCount, masteryScore, totalBytes, entries, largest } = report;
  const diagnostics = sortDiagnostics(report.diagnostics);
  const object = { version: 1, format, launch, scoCount, masteryScore, totalBytes, entries, largest, ...counts(diagnostics), diagnostics };
  return `${JSON.stringify(object, null, 2)}\n`;
}
