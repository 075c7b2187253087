import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkCmi5 } from './check-cmi5.js';
import { withDescriptorIris } from './check-descriptor-iris.js';
import { formatBytes } from '../format-bytes.js';
import { checkEntries, LIMITS } from './check-entries.js';
import { checkFiles } from './check-files.js';
import { checkScormManifest } from './check-scorm-manifest.js';
import { checkTincan } from './check-tincan.js';
import { findDescriptor, type DescriptorLocation } from './detect-format.js';
import { inZip, type DescriptorFindings, type InspectReport } from './inspect-report.js';
import { EntryTooLargeError, openZip, ZipTooLargeError, type OpenedZip, type ZipEntryInfo } from './read-zip.js';
import { packageSize } from './summary.js';
import { parseXml, XmlSyntaxError } from './xml-tree.js';

/** LMS upload limits seen in the field start at 200 MB (CrossKnowledge); warn well before. */
const LARGE_ZIP_BYTES = 100 * 1024 * 1024;
/** XSD and DTD control files are small; a bigger one is not read. */
const CONTROL_FILE_BYTES = 1024 * 1024;

/**
 * Inspects a course package zip the way an LMS importer would, without
 * extracting anything: hostile entries, the descriptor and its references.
 * Throws InspectInputError when the path is not a readable zip.
 */
export async function inspectPackage(zipPath: string): Promise<InspectReport> {
  const zip = zipPath;
  let opened: OpenedZip;
  try {
    opened = openZip(zipPath, LIMITS.totalBytes);
  } catch (error) {
    if (!(error instanceof ZipTooLargeError)) throw error;
    return {
      ...emptyReport(zip),
      diagnostics: [{ file: zip, severity: 'error', ruleId: 'zip-bomb', message: `The zip itself is ${formatBytes(error.fileBytes)}, over the ${formatBytes(LIMITS.totalBytes)} inspect and most LMSs accept.` }],
    };
  }

  const entries = checkEntries(zip, opened.entries);
  const located = findDescriptor(zip, entries.files.map((entry) => entry.name));
  const diagnostics: Diagnostic[] = [...entries.diagnostics, ...located.diagnostics];
  const findings = located.descriptor ? await checkDescriptor(zip, opened, located.descriptor, entries.files) : null;
  if (findings) diagnostics.push(...findings.diagnostics);
  diagnostics.push(
    ...checkFiles({
      zip,
      files: entries.files,
      descriptor: located.descriptor ? { path: located.descriptor.path, file: inZip(zip, located.descriptor.path) } : null,
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
    descriptor: located.descriptor?.path ?? null,
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
    text = decodeXml(opened.readEntry(descriptor.path, LIMITS.descriptorBytes));
  } catch (error) {
    if (error instanceof EntryTooLargeError) {
      return failed({ ruleId: 'zip-bomb', message: `The descriptor ${error.message}, more than the ${formatBytes(LIMITS.descriptorBytes)} any real one needs.` });
    }
    return failed({ ruleId: 'manifest-invalid', message: `The descriptor cannot be read: ${(error as Error).message}.` });
  }
  let root;
  try {
    root = parseXml(text);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return failed({ line: error.line, column: error.column, ruleId: 'manifest-invalid', message: `The descriptor is not well-formed XML: ${error.message}.`, hint: 'No LMS can import it; the vendor must fix the export.' });
  }
  const where = { file, descriptor };
  if (descriptor.kind === 'tincan') return withDescriptorIris(checkTincan(root, where), root, file);
  if (descriptor.kind === 'cmi5') return withDescriptorIris(checkCmi5(root, where), root, file);
  const controls = new Map<string, Uint8Array>();
  for (const entry of files) {
    const name = entry.name.slice(descriptor.dir.length);
    if (!entry.name.startsWith(descriptor.dir) || name.includes('/') || !/\.(xsd|dtd)$/i.test(name)) continue;
    try {
      controls.set(name, opened.readEntry(entry.name, CONTROL_FILE_BYTES));
    } catch {
      // Unreadable or oversized: validation falls back to cease's copy of that file.
    }
  }
  return checkScormManifest({ zip, descriptor, file, text, root, controls });
}

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
