import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DescriptorLocation } from './detect-format.js';
import type { DescriptorFindings } from './inspect-report.js';
import { checkScormStructure } from './scorm-structure.js';
import { validateScormManifest } from './validate-xsd.js';
import { childNamed, descendants, type XmlElement } from './xml-tree.js';

const CP_12 = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const CP_2004 = 'http://www.imsglobal.org/xsd/imscp_v1p1';

/**
 * Which SCORM edition a manifest is. metadata/schemaversion says it (CAM 1.2:
 * "1.2"; CAM 1.3 and later: "CAM 1.3", "2004 3rd Edition", "2004 4th Edition");
 * without it, the content-packaging namespace decides (1.2 uses
 * imsproject.org's imscp_rootv1p1p2, 2004 imsglobal.org's imscp_v1p1).
 */
export function scormEdition(root: XmlElement): 'scorm12' | 'scorm2004' | null {
  const version = childNamed(childNamed(root, 'metadata') ?? root, 'schemaversion')?.text;
  if (version === '1.2') return 'scorm12';
  if (version !== undefined && /^(CAM 1\.3|2004 (2nd|3rd|4th) Edition)$/.test(version)) return 'scorm2004';
  if (version === undefined && root.uri === CP_12) return 'scorm12';
  if (version === undefined && root.uri === CP_2004) return 'scorm2004';
  return null;
}

export interface ScormManifestInput {
  zip: string;
  descriptor: DescriptorLocation;
  /** Diagnostic location of the manifest: `<zip>!/imsmanifest.xml`. */
  file: string;
  text: string;
  root: XmlElement;
  /** .xsd and .dtd files next to the manifest, by name. */
  controls: ReadonlyMap<string, Uint8Array>;
  /** Control files whose data could not be read, each with the reason. */
  unreadableControls: readonly string[];
}

/** Checks an imsmanifest.xml: edition, schema validity, then references and SCORM rules. */
export async function checkScormManifest(input: ScormManifestInput): Promise<DescriptorFindings> {
  const { root, file } = input;
  const diagnostics: Diagnostic[] = [];
  const none: DescriptorFindings = { format: 'unknown', launch: null, scoCount: 0, masteryScore: null, references: [], listsFiles: false, diagnostics };
  if (root.local !== 'manifest') {
    diagnostics.push({
      file, line: root.line, column: root.column, severity: 'error', ruleId: 'manifest-invalid',
      message: `The root element is <${root.local}>, not <manifest>, so this is not a SCORM manifest.`,
    });
    return none;
  }
  const edition = scormEdition(root);
  if (!edition) {
    const version = childNamed(childNamed(root, 'metadata') ?? root, 'schemaversion')?.text;
    diagnostics.push({
      file, line: root.line, column: root.column, severity: 'error', ruleId: 'format-unknown',
      message: `Neither SCORM 1.2 nor SCORM 2004: schemaversion is ${version === undefined ? 'missing' : `"${version}"`} and the namespace is "${root.uri}".`,
      hint: 'SCORM 1.2 says <schemaversion>1.2</schemaversion>; SCORM 2004 says "2004 3rd Edition" or "2004 4th Edition".',
    });
    return none;
  }

  if (root.uri !== CP_12 && root.uri !== CP_2004) {
    diagnostics.push({
      file, line: root.line, column: root.column, severity: 'error', ruleId: 'manifest-invalid',
      message: `<manifest> is in the namespace "${root.uri}"; SCORM 1.2 uses ${CP_12}, SCORM 2004 ${CP_2004}.`,
      hint: 'Without it no schema applies and strict LMS importers refuse the package.',
    });
    const structure = checkScormStructure(root, edition, input);
    return { ...structure, format: edition, listsFiles: true, diagnostics: [...diagnostics, ...structure.diagnostics] };
  }

  const namespaces = new Set(descendants(root).flatMap((element) => [element.uri, ...element.attributes.map((a) => a.uri)]));
  const schema = await validateScormManifest(input.text, namespaces, input.controls);
  for (const violation of schema.violations) {
    // A misspelt adlcp:scormtype breaks the strict attribute wildcard; sco-type-missing says so plainly.
    if (/attribute 'scorm[tT]ype'/.test(violation.message)) continue;
    diagnostics.push({
      file, ...(violation.line !== undefined ? { line: violation.line } : {}), severity: 'error', ruleId: 'manifest-invalid',
      message: `The manifest breaks the ${edition === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'} schema: ${violation.message}`,
      hint: 'Strict LMS importers and the ADL test suite refuse such a manifest; ask the vendor to fix the export.',
    });
  }
  for (const reason of input.unreadableControls) {
    diagnostics.push({
      file, severity: 'warning', ruleId: 'xsd-unusable',
      message: `The package's ${reason}, so the manifest was checked against cease's copy instead.`,
      hint: 'Conformance tools and strict LMSs read these files; ask the vendor for the ADL originals.',
    });
  }
  if (schema.packageXsdsUnusable) {
    diagnostics.push({
      file, severity: 'warning', ruleId: 'xsd-unusable',
      message: `The XSD files inside the package could not be compiled${schema.notChecked ? '' : ", so the manifest was checked against cease's copies"}.`,
      hint: 'Conformance tools and strict LMSs read these files; ask the vendor for the ADL originals.',
    });
  }
  if (schema.notChecked) {
    diagnostics.push({
      file, severity: 'warning', ruleId: 'xsd-unusable',
      message: `The manifest could not be checked against the SCORM schema: ${schema.notChecked}`,
    });
  }

  const structure = checkScormStructure(root, edition, input);
  return { ...structure, format: edition, listsFiles: true, diagnostics: [...diagnostics, ...structure.diagnostics] };
}
