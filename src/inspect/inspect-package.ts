import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkCmi5 } from './check-cmi5.js';
import { withDescriptorIris } from './check-descriptor-iris.js';
import { formatBytes } from '../format-bytes.js';
import { checkEntries, LIMITS } from './check-entries.js';
import { checkEntryData, unreadableEntries } from './check-entry-data.js';
import { checkZipStructure } from './check-zip-structure.js';
import { EntryDataError, inflateEntry } from './entry-data.js';
import { checkFiles } from './check-files.js';
import { checkScormManifest } from './check-scorm-manifest.js';
import { checkTincan } from './check-tincan.js';
import { findDescriptor, type DescriptorLocation } from './detect-format.js';
import { inZip, type DescriptorFindings, type InspectReport } from './inspect-report.js';
import { openZip, ZipTooLargeError, type OpenedZip, type ZipEntryInfo } from './read-zip.js';
import { packageSize } from './summary.js';
import { parseXml, XmlDoctypeError, XmlLimitError, XmlSyntaxError } from './xml-tree.js';

/** LMS upload limits seen in the field start at 200 MB (CrossKnowledge); warn well before. */
const LARGE_ZIP_BYTES = 100 * 1024 * 1024;
/** XSD and DTD control files are small; a bigger one is not read. */
const CONTROL_FILE_BYTES = 1024 * 1024;

/**
 * Inspects a course package zip the way every LMS importer's unzipper could
 * read it, without extracting anything: the zip's structure, every entry's
 * data, the descriptor and its references.
 * Throws InspectInputError when the path is not a readable zip.
 */
export async function inspectPackage(zipPath: string): Promise<InspectReport> {
  const zip = zipPath;
  let opened: OpenedZip;
  try {
    opened = openZip(zipPath, { fileBytes: LIMITS.totalBytes, entries: LIMITS.entries, directoryBytes: LIMITS.directoryBytes });
  } catch (error) {
    if (!(error instanceof ZipTooLargeError)) throw error;
    return { ...emptyReport(zip), diagnostics: [{ file: zip, severity: 'error', ruleId: 'zip-bomb', message: error.message }] };
  }
  try {
    return await inspectOpened(zip, opened);
  } finally {
    opened.close();
  }
}

async function inspectOpened(zip: string, opened: OpenedZip): Promise<InspectReport> {
  const entries = checkEntries(zip, opened.entries);
  const data = await checkEntryData(zip, opened, entries.refused);
  const located = findDescriptor(zip, entries.files.map((entry) => entry.name));
  const diagnostics: Diagnostic[] = [...checkZipStructure(zip, opened), ...entries.diagnostics, ...data.diagnostics, ...located.diagnostics];
  const descriptor = located.descriptor;
  const untrusted = new Set([...data.damaged, ...data.unreadable.map((entry) => entry.name)]);
  // A descriptor whose data is damaged or unreadable is reported as such; its contents are not guessed at.
  const findings = descriptor && !untrusted.has(descriptor.path) ? await checkDescriptor(zip, opened, descriptor, entries.files) : null;
  if (findings) diagnostics.push(...findings.diagnostics);
  const launches = (findings?.references ?? []).filter((reference) => reference.role === 'launch').map((reference) => reference.path);
  diagnostics.push(...unreadableEntries(zip, data.unreadable, new Set([...(descriptor ? [descriptor.path] : []), ...launches])));
  diagnostics.push(
    ...checkFiles({
      zip,
      files: entries.files,
      descriptor: descriptor ? { path: descriptor.path, file: inZip(zip, descriptor.path) } : null,
      references: findings?.references ?? [],
      listsFiles: findings?.listsFiles ?? false,
    }),
  );
  if (opened.fileBytes > LARGE_ZIP_BYTES) {
    diagnostics.push({
      file: zip, severity: 'warning', ruleId: 'package-large',
      message: `The zip is ${formatBytes(opened.fileBytes)}; LMS upload limits vary (200 MB at CrossKnowledge, 500 MB at Latitude).`,
      hint: 'Check your LMS\'s limit before importing.',
    });
  }
  return {
    zip,
    format: findings?.format ?? 'unknown',
    descriptor: descriptor?.path ?? null,
    launch: findings?.launch ?? null,
    scoCount: findings?.scoCount ?? 0,
    masteryScore: findings?.masteryScore ?? null,
    ...packageSize(entries.files),
    diagnostics,
  };
}

async function checkDescriptor(zip: string, opened: OpenedZip, descriptor: DescriptorLocation, files: readonly ZipEntryInfo[]): Promise<DescriptorFindings> {
  const file = inZip(zip, descriptor.path);
  const failed = (diagnostic: Omit<Diagnostic, 'file' | 'severity'>): DescriptorFindings => ({
    format: 'unknown', launch: null, scoCount: 0, masteryScore: null, references: [], listsFiles: false,
    diagnostics: [{ file, severity: 'error', ...diagnostic }],
  });
  let text: string;
  try {
    text = decodeXml(inflateEntry(opened, files.find((entry) => entry.name === descriptor.path)!, LIMITS.descriptorBytes));
  } catch (error) {
    if (!(error instanceof EntryDataError)) throw error;
    return failed({ ruleId: 'zip-bomb', message: `The descriptor ${error.message}; no real one needs that much.` });
  }
  let root;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error instanceof XmlDoctypeError) {
      return failed({ line: error.line, column: error.column, ruleId: 'descriptor-doctype', message: `${capitalized(error.message)}.`, hint: 'Do not import this package: no SCORM, xAPI or cmi5 descriptor needs a DOCTYPE. Ask the vendor to remove it.' });
    }
    if (!(error instanceof XmlSyntaxError)) throw error;
    const problem = error instanceof XmlLimitError ? `The descriptor cannot be checked: ${error.message}` : `The descriptor is not well-formed XML: ${error.message}`;
    return failed({ line: error.line, column: error.column, ruleId: 'manifest-invalid', message: `${problem}.`, hint: 'No LMS can import it; the vendor must fix the export.' });
  }
  const where = { file, descriptor };
  if (descriptor.kind === 'tincan') return withDescriptorIris(checkTincan(root, where), root, file);
  if (descriptor.kind === 'cmi5') return withDescriptorIris(checkCmi5(root, where), root, file);
  const controls = new Map<string, Uint8Array>();
  const unreadableControls: string[] = [];
  for (const entry of files) {
    const name = entry.name.slice(descriptor.dir.length);
    if (!entry.name.startsWith(descriptor.dir) || name.includes('/') || !/\.(xsd|dtd)$/i.test(name)) continue;
    try {
      controls.set(name, inflateEntry(opened, entry, CONTROL_FILE_BYTES));
    } catch (error) {
      if (!(error instanceof EntryDataError)) throw error;
      unreadableControls.push(`${name} ${error.message}`);
    }
  }
  return checkScormManifest({ zip, descriptor, file, text, root, controls, unreadableControls });
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Descriptors are UTF-8 in practice, but XML allows UTF-16 with a BOM. Both
 * end up as a JS string, which xmllint-wasm hands to libxml2 as UTF-8, so the
 * declaration is made to say so.
 */
function decodeXml(bytes: Buffer): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (!utf16) return bytes.toString('utf8').replace(/^\uFEFF/, '');
  return new TextDecoder(utf16).decode(bytes.subarray(2)).replace(/^(<\?xml[^>]*encoding=["'])UTF-16(["'])/i, '$1UTF-8$2');
}

function emptyReport(zip: string): InspectReport {
  return { zip, format: 'unknown', descriptor: null, launch: null, scoCount: 0, masteryScore: null, totalBytes: 0, entries: 0, largest: [], diagnostics: [] };
}
