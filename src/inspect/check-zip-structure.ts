import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { capped } from './check-files.js';
import { inZip } from './inspect-report.js';
import type { OpenedZip } from './read-zip.js';

const REBUILD = 'Do not import this package: different unzippers would unpack different files. Ask the vendor to rebuild it with an ordinary zip tool.';

/**
 * What makes one zip unpack differently in different unzippers: entries the
 * end record does not count, bytes or local headers between entries, local
 * headers that contradict the central directory, names that collide on
 * Windows and macOS servers, and symbolic links.
 */
export function checkZipStructure(zip: string, opened: Pick<OpenedZip, 'entries' | 'layout'>): Diagnostic[] {
  const { entries, layout } = opened;
  const found = new Map<string, Diagnostic[]>();
  const report = (diagnostic: Diagnostic) => found.set(diagnostic.ruleId, [...(found.get(diagnostic.ruleId) ?? []), diagnostic]);
  const hidden = (message: string, file = zip) => report({ file, severity: 'error', ruleId: 'zip-hidden-entry', message, hint: REBUILD });

  for (const entry of entries.filter((e) => e.beyondCount)) {
    hidden(`"${entry.name}" is listed after the ${layout.declaredEntries} entries the end record counts: Python's zipfile unpacks it, unzip lists it and then fails, others skip it.`, inZip(zip, entry.name));
  }
  if (entries.length < layout.declaredEntries) {
    report({ file: zip, severity: 'error', ruleId: 'zip-corrupt', message: `The end record counts ${layout.declaredEntries} entries; the central directory holds ${entries.length}.`, hint: 'Ask the vendor for a fresh export: the zip is damaged.' });
  }
  for (const gap of layout.gaps) {
    const where = gap.offset === 0 ? 'before the first entry' : `at byte ${gap.offset}`;
    if (gap.hiddenName !== null) {
      hidden(`The zip hides an entry "${gap.hiddenName}" ${where} that the central directory does not list: streaming unzippers such as Java's ZipInputStream unpack it.`);
    } else hidden(`${gap.bytes} bytes ${where} belong to no entry; something is stored there that only some tools see.`);
  }
  if (layout.strayDirectoryBytes > 0) {
    hidden(`${layout.strayDirectoryBytes} bytes between the central directory and its end record belong to no entry.`);
  }
  for (const overlap of layout.overlaps) {
    report({
      file: inZip(zip, overlap.entry), severity: 'error', ruleId: 'zip-bomb',
      message: `${overlap.entry} shares its stored data with ${overlap.other}: overlapping entries are how the smallest zip bombs multiply their size.`,
      hint: 'No zip tool writes this; do not import the package.',
    });
  }
  for (const mismatch of layout.mismatches) {
    const file = inZip(zip, mismatch.entry);
    if (mismatch.local === 'missing') {
      report({ file, severity: 'error', ruleId: 'zip-corrupt', message: `${mismatch.entry} has no local header where the central directory says (${mismatch.central}).`, hint: 'Ask the vendor for a fresh export: the zip is damaged.' });
      continue;
    }
    report({
      file, severity: 'error', ruleId: 'zip-header-mismatch',
      message: `The local header of ${mismatch.entry} gives the ${mismatch.field} "${mismatch.local}", the central directory "${mismatch.central}": Java's ZipInputStream and streaming unzippers read the local header, unzip and Python the directory.`,
      hint: REBUILD,
    });
  }
  checkNames(zip, opened, report);
  return [...found.values()].flatMap((diagnostics) => capped(diagnostics, zip));
}

/** Two entries one file system stores as one file: the same name, or names that differ in letter case or Unicode form. */
function checkNames(zip: string, { entries }: Pick<OpenedZip, 'entries'>, report: (diagnostic: Diagnostic) => void): void {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const entry of entries) {
    const file = inZip(zip, entry.name);
    if (entry.symlink) {
      report({
        file, severity: 'error', ruleId: 'zip-symlink',
        message: `${entry.name} is a symbolic link: unzip creates it, and the LMS's web server may then serve whatever file it points to.`,
        hint: 'Course packages hold plain files only; do not import this one.',
      });
    }
    if (entry.isDirectory) continue;
    if (exact.has(entry.name)) {
      report({
        file, severity: 'error', ruleId: 'zip-name-collision',
        message: `The zip holds ${entry.name} twice: inspect and some unzippers read the first, unzip -o and Python's zipfile the last, so what is checked is not what the LMS unpacks.`,
        hint: 'Do not import this package; ask the vendor to rebuild it.',
      });
      continue;
    }
    exact.set(entry.name, entry.name);
    const key = entry.name.normalize('NFC').toLowerCase();
    const other = folded.get(key);
    if (other !== undefined) {
      const how = other.toLowerCase() === entry.name.toLowerCase() ? 'letter case' : 'Unicode form (composed and decomposed accents)';
      report({
        file, severity: 'error', ruleId: 'zip-name-collision',
        message: `${entry.name} and ${other} differ only in ${how}: on Windows and macOS servers one overwrites the other.`,
        hint: 'Ask the vendor to give every file a distinct name.',
      });
    } else folded.set(key, entry.name);
  }
}
