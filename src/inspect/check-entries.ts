import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatBytes } from '../format-bytes.js';
import { inZip } from './inspect-report.js';
import type { ZipEntryInfo } from './read-zip.js';

const MB = 1024 * 1024;

/**
 * Limits for what a course package may declare. Real courses stay far below
 * (vendors cap uploads at 200–500 MB in total); anything above is either a
 * mistake or a decompression bomb meant to fill the LMS's disk.
 */
export const LIMITS = {
  entryBytes: 200 * MB,
  totalBytes: 1024 * MB,
  /** Deflate tops out near 1032:1 on zeros; media and scripts compress far less than 100:1. */
  ratio: 100,
  /** Small files may compress well (a blank SVG); only big ones are judged by ratio. */
  ratioFromBytes: 1 * MB,
  /** Descriptors are a few KB; this is what inspect agrees to inflate. */
  descriptorBytes: 10 * MB,
  /** Large courses hold a few thousand files; this keeps the entry list in bounded memory. */
  entries: 100_000,
  /** Room for the largest allowed entry count with long names. */
  directoryBytes: 64 * MB,
} as const;

export interface EntryCheck {
  /** Files whose names are safe to reason about: zip-slip names are left out. */
  files: ZipEntryInfo[];
  /** Entries refused for the size they declare: not worth inflating. */
  refused: Set<string>;
  diagnostics: Diagnostic[];
}

const ESCAPES = 'so unpacking it could write outside the course folder on the LMS server';

/** Why a stored name is unsafe to unpack (the "zip slip" attack and its cousins), or null. */
export function zipSlipReason(name: string): string | null {
  // Windows servers read a backslash as a folder separator, so check both readings.
  const windows = name.replace(/\\/g, '/');
  if (windows.startsWith('/')) return `is an absolute path, ${ESCAPES}`;
  if (/^[A-Za-z]:/.test(windows)) return `starts with a drive letter, ${ESCAPES}`;
  if (windows.split('/').includes('..')) return `climbs out of the package with "..", ${ESCAPES}`;
  if (name.includes('\\')) {
    return 'uses backslashes as folder separators (an old Windows zip tool): Windows servers unpack it into folders, others into one oddly named file';
  }
  return null;
}

/** Checks every entry header for zip-slip names and bomb-like declared sizes, inflating nothing. */
export function checkEntries(zip: string, entries: readonly ZipEntryInfo[]): EntryCheck {
  const diagnostics: Diagnostic[] = [];
  const files: ZipEntryInfo[] = [];
  const refused = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    // unzip unpacks under the Info-ZIP Unicode Path name when there is one, so both names must be safe.
    const slipping = [entry.name, entry.unicodeName ?? ''].find((name) => zipSlipReason(name));
    if (slipping !== undefined) {
      diagnostics.push({
        file: inZip(zip, entry.name),
        severity: 'error',
        ruleId: 'zip-slip',
        message: `The entry "${slipping}" ${zipSlipReason(slipping)}${slipping === entry.name ? '' : ` (its Unicode path name, which unzip uses instead of "${entry.name}")`}.`,
        hint: 'Do not import this package; ask the vendor to rebuild it with plain relative paths.',
      });
      continue;
    }
    total += entry.bytes;
    const bomb = bombReason(entry);
    if (bomb) {
      refused.add(entry.name);
      diagnostics.push({
        file: inZip(zip, entry.name),
        severity: 'error',
        ruleId: 'zip-bomb',
        message: `${entry.name} ${bomb}.`,
        hint: 'An LMS unpacking this could run out of disk; ask the vendor why the file is so large.',
      });
    }
    if (!entry.isDirectory) files.push(entry);
  }
  if (total > LIMITS.totalBytes) {
    diagnostics.push({
      file: zip,
      severity: 'error',
      ruleId: 'zip-bomb',
      message: `The entries declare ${formatBytes(total)} uncompressed in total, over the ${formatBytes(LIMITS.totalBytes)} limit.`,
      hint: 'No course needs this much; LMSs typically cap packages at 200–500 MB.',
    });
  }
  return { files, refused, diagnostics };
}

function bombReason(entry: ZipEntryInfo): string | null {
  if (entry.bytes > LIMITS.entryBytes) {
    return `declares ${formatBytes(entry.bytes)} uncompressed, over the ${formatBytes(LIMITS.entryBytes)} per-file limit`;
  }
  if (entry.bytes >= LIMITS.ratioFromBytes && entry.bytes > entry.compressedBytes * LIMITS.ratio) {
    const ratio = entry.compressedBytes === 0 ? '∞' : Math.round(entry.bytes / entry.compressedBytes);
    return `would inflate ${ratio}:1 (${formatBytes(entry.compressedBytes)} → ${formatBytes(entry.bytes)}), beyond the ${LIMITS.ratio}:1 real content reaches`;
  }
  return null;
}

