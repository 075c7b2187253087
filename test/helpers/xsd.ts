import { validateXML } from 'xmllint-wasm';

export interface XsdResult {
  valid: boolean;
  /** Schema validity errors only (the 1.2 XSDs themselves make libxml2 print namespace noise). */
  errors: string[];
}

/** Namespace → schema file, per standard, as xsi:schemaLocation pairs them. */
const ENTRY_POINTS = {
  scorm12: [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
  ],
  scorm2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
} as const;

/**
 * Validates an imsmanifest.xml against the control XSDs shipped inside the
 * package. A manifest mixes several namespaces, so a small schema importing
 * each is the entry point, as a conformance tool following schemaLocation does.
 */
export async function validateManifest(
  standard: keyof typeof ENTRY_POINTS,
  manifest: string,
  controlFiles: ReadonlyMap<string, string>,
): Promise<XsdResult> {
  const imports = ENTRY_POINTS[standard]
    .map(([namespace, file]) => `  <xsd:import namespace="${namespace}" schemaLocation="${file}"/>`)
    .join('\n');
  const entry = `<?xml version="1.0"?>\n<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n${imports}\n</xsd:schema>`;
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: manifest }],
    schema: [{ fileName: 'entry.xsd', contents: entry }],
    preload: [...controlFiles].map(([fileName, contents]) => ({ fileName, contents })),
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.message).filter((m) => /validity error/.test(m)) };
}
