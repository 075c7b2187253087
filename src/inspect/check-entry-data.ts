import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatBytes } from '../format-bytes.js';
import { capped } from './check-files.js';
import { LIMITS } from './check-entries.js';
import { EntryDataError, unreadableReason, verifyEntry } from './entry-data.js';
import { inZip } from './inspect-report.js';
import type { OpenedZip, ZipEntryInfo } from './read-zip.js';

export interface DataCheck {
  diagnostics: Diagnostic[];
  /** Entries whose data is not what their headers say: their contents are not inspected. */
  damaged: Set<string>;
  /** Encrypted entries and those compressed in a way LMSs cannot read; how bad that is depends on what they are. */
  unreadable: ZipEntryInfo[];
}

/**
 * Inflates every entry, as unzip -t does, with output capped at what its
 * header declares, and checks its size and CRC-32: a header that understates
 * the size is a zip bomb, a failed check is damage an LMS trips over while
 * unpacking. Entries already refused for their declared size are not
 * inflated, and neither is anything past the total limit, so time and memory
 * stay bounded whatever the zip claims.
 */
export async function checkEntryData(zip: string, opened: OpenedZip, refused: ReadonlySet<string>): Promise<DataCheck> {
  const bombs: Diagnostic[] = [];
  const corrupt: Diagnostic[] = [];
  const damaged = new Set<string>();
  const unreadable: ZipEntryInfo[] = [];
  let budget = LIMITS.totalBytes;
  for (const entry of opened.entries) {
    if (unreadableReason(entry)) {
      unreadable.push(entry);
      continue;
    }
    if (refused.has(entry.name)) continue;
    if (budget <= 0) {
      bombs.push({ file: zip, severity: 'error', ruleId: 'zip-bomb', message: `The entries inflate to more than ${formatBytes(LIMITS.totalBytes)} in total; inspect stopped there, before ${entry.name}.`, hint: 'No course needs this much; LMSs typically cap packages at 200–500 MB.' });
      break;
    }
    try {
      budget -= await verifyEntry(opened, entry, Math.min(budget, LIMITS.entryBytes));
    } catch (error) {
      if (!(error instanceof EntryDataError)) throw error;
      budget -= error.inflated;
      damaged.add(entry.name);
      const file = inZip(zip, entry.name);
      if (error.problem === 'larger') {
        bombs.push({ file, severity: 'error', ruleId: 'zip-bomb', message: `${entry.name} ${error.message}: a zip bomb hides its real size from the LMS's upload checks.`, hint: 'Do not import it; unpacking it could fill the LMS server\'s disk.' });
      } else {
        corrupt.push({ file, severity: 'error', ruleId: 'zip-corrupt', message: `${entry.name} ${error.message}; unzippers stop there or unpack something else.`, hint: 'Ask the vendor for a fresh export: the zip was damaged on the way.' });
      }
    }
  }
  return { diagnostics: [...capped(bombs, zip), ...capped(corrupt, zip)], damaged, unreadable };
}

/** Unreadable entries: an error for the descriptor and launch files the LMS must read, a warning for the rest. */
export function unreadableEntries(zip: string, entries: readonly ZipEntryInfo[], needed: ReadonlySet<string>): Diagnostic[] {
  const diagnostics = entries.map((entry): Diagnostic => {
    const vital = needed.has(entry.name);
    return {
      file: inZip(zip, entry.name),
      severity: vital ? 'error' : 'warning',
      ruleId: 'zip-entry-unreadable',
      message: `${entry.name} ${unreadableReason(entry) ?? ''}, so no LMS can unpack it${vital ? ' and the course cannot start' : ''}; inspect could not check it either.`,
      hint: 'Ask the vendor to zip the package without a password, with ordinary (deflate) compression.',
    };
  });
  return [...capped(diagnostics.filter((d) => d.severity === 'error'), zip), ...capped(diagnostics.filter((d) => d.severity === 'warning'), zip)];
}
