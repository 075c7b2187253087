import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { inZip } from './inspect-report.js';

export type DescriptorKind = 'imsmanifest' | 'cmi5' | 'tincan';

export interface DescriptorLocation {
  kind: DescriptorKind;
  /** Entry path of the descriptor. */
  path: string;
  /** Folder that hrefs are relative to: '' at the root, else `folder/`. */
  dir: string;
}

/** In the order inspect prefers them when a zip holds more than one. */
const DESCRIPTOR_NAMES: readonly [string, DescriptorKind][] = [
  ['imsmanifest.xml', 'imsmanifest'],
  ['cmi5.xml', 'cmi5'],
  ['tincan.xml', 'tincan'],
];

const HINT_ROOT = 'Zip the contents of the folder, not the folder itself, so the descriptor sits at the top of the zip.';

/**
 * Finds the package descriptor. Each standard wants it at the zip root
 * (SCORM CAM, cmi5 §14); a manifest one folder down is the classic
 * upload failure that TalentLMS, Docebo and Latitude all document. A nested
 * one is still returned, so the rest of the package can be inspected.
 */
export function findDescriptor(zip: string, names: readonly string[]): { descriptor: DescriptorLocation | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const atRoot = DESCRIPTOR_NAMES.filter(([name]) => names.includes(name));
  if (atRoot.length > 0) {
    const [[name, kind], ...others] = atRoot as [[string, DescriptorKind], ...[string, DescriptorKind][]];
    for (const [other] of others) {
      diagnostics.push({
        file: inZip(zip, other),
        severity: 'info',
        ruleId: 'descriptor-ignored',
        message: `The zip also holds ${other}; inspected ${name}, which LMSs look for first.`,
      });
    }
    return { descriptor: { kind, path: name, dir: '' }, diagnostics };
  }

  for (const [name, kind] of DESCRIPTOR_NAMES) {
    const miscased = names.find((entry) => !entry.includes('/') && entry.toLowerCase() === name);
    if (miscased) {
      diagnostics.push({
        file: inZip(zip, miscased),
        severity: 'error',
        ruleId: 'manifest-missing',
        message: `The descriptor is named ${miscased}; LMSs look for ${name} and file names are case-sensitive on their servers.`,
        hint: `Rename it to ${name}.`,
      });
      return { descriptor: { kind, path: miscased, dir: '' }, diagnostics };
    }
  }

  const nested = names
    .map((entry) => ({ entry, kind: DESCRIPTOR_NAMES.find(([name]) => entry.endsWith(`/${name}`))?.[1] }))
    .filter((found): found is { entry: string; kind: DescriptorKind } => found.kind !== undefined)
    .sort((a, b) => a.entry.split('/').length - b.entry.split('/').length || (a.entry < b.entry ? -1 : 1))[0];
  if (nested) {
    const dir = nested.entry.slice(0, nested.entry.lastIndexOf('/') + 1);
    // Tin Can launch allows nesting when each parent folder holds nothing but
    // that one subfolder (Rustici, "Incorporating a Tin Can LRS into an LMS").
    const onlyFolder = names.every((entry) => entry.startsWith(dir));
    const tolerated = nested.kind === 'tincan' && onlyFolder;
    diagnostics.push({
      file: inZip(zip, nested.entry),
      severity: tolerated ? 'warning' : 'error',
      ruleId: 'manifest-not-at-root',
      message: `${nested.entry.slice(dir.length)} is inside the folder ${dir} instead of at the root of the zip${
        tolerated ? '; Tin Can allows it, but many LMSs still reject it' : ', so LMSs will not find it and refuse the upload'
      }.`,
      hint: HINT_ROOT,
    });
    return { descriptor: { kind: nested.kind, path: nested.entry, dir }, diagnostics };
  }

  diagnostics.push({
    file: zip,
    severity: 'error',
    ruleId: 'manifest-missing',
    message: 'No imsmanifest.xml (SCORM), cmi5.xml (cmi5) or tincan.xml (xAPI) in the zip, so no LMS can import it.',
    hint: 'Ask the vendor for a SCORM, cmi5 or xAPI export; a plain website zip is not a course package.',
  });
  return { descriptor: null, diagnostics };
}
