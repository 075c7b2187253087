import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectPackage } from '../../src/inspect/index.js';
import { builtDir } from '../../src/project-files.js';
import { scratchDir } from '../helpers/cli.js';
import { writeCraftedZip, type CraftedEntry } from './craft-zip.js';
import { samplePackage, SCORM12_MANIFEST, SCORM2004_MANIFEST } from './sample-packages.js';

const scratch = scratchDir('cease-inspect-');
afterAll(scratch.cleanup);

const controlFiles = (edition: string): CraftedEntry[] => {
  const dir = join(builtDir, 'xsd', edition);
  return readdirSync(dir).map((name) => ({ name, data: readFileSync(join(dir, name)), deflate: true }));
};

describe('cease inspect validates against the XSDs a package ships', () => {
  it('uses the control files at the package root and does not call them unlisted', async () => {
    const zip = writeCraftedZip(scratch.dir, 'with-xsds.zip', [...samplePackage('imsmanifest.xml', SCORM2004_MANIFEST), ...controlFiles('scorm2004')]);
    expect((await inspectPackage(zip)).diagnostics).toEqual([]);
  });

  it("falls back to cease's copies when the package's XSDs are broken, and says so", async () => {
    const broken: CraftedEntry = { name: 'imscp_rootv1p1p2.xsd', data: '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><oops/>' };
    const manifest = SCORM12_MANIFEST.replace('<title>Fire safety</title>\n      <item', '<name>x</name>\n      <item');
    const report = await inspectPackage(writeCraftedZip(scratch.dir, 'bad-xsd.zip', [...samplePackage('imsmanifest.xml', manifest), broken]));
    expect(report.diagnostics.map((d) => `${d.severity} ${d.ruleId}`)).toEqual(['error manifest-invalid', 'warning xsd-unusable']);
  });
});
