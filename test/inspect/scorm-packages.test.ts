import { afterAll, describe, expect, it } from 'vitest';
import { inspectPackage } from '../../src/inspect/index.js';
import { scratchDir } from '../helpers/cli.js';
import { writeCraftedZip, type CraftedEntry } from './craft-zip.js';
import { runInspect } from './run-inspect.js';
import { samplePackage, SCORM12_MANIFEST, SCORM2004_MANIFEST } from './sample-packages.js';

const scratch = scratchDir('cease-inspect-');
afterAll(scratch.cleanup);

let count = 0;
const zipOf = (entries: CraftedEntry[]) => writeCraftedZip(scratch.dir, `pkg-${++count}.zip`, entries);
const with12 = (from: string | RegExp, to: string) => {
  const manifest = SCORM12_MANIFEST.replace(from, to);
  if (manifest === SCORM12_MANIFEST) throw new Error(`edit did not apply: ${String(from)}`);
  return samplePackage('imsmanifest.xml', manifest);
};
const rules = async (entries: CraftedEntry[]) => (await inspectPackage(zipOf(entries))).diagnostics.map((d) => `${d.severity} ${d.ruleId}`);

describe('cease inspect on SCORM packages', () => {
  it('passes a clean hand-made SCORM 1.2 package with exit 0 and a summary', async () => {
    const run = await runInspect([zipOf(samplePackage('imsmanifest.xml', SCORM12_MANIFEST))]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Format\s+SCORM 1\.2\nDescriptor\s+imsmanifest\.xml\n/);
    expect(run.stderr).toMatch(/Launch\s+index\.html/);
    expect(run.stderr).toMatch(/SCOs\s+1/);
    expect(run.stderr).toMatch(/Mastery\s+80 \(adlcp:masteryscore, 0–100\)/);
    expect(run.stderr).toMatch(/Size\s+.* in 3 files/);
    expect(run.stderr).toContain('No problems found');
  });

  it('reads a SCORM 2004 package and its pass mark from minNormalizedMeasure', async () => {
    const report = await inspectPackage(zipOf(samplePackage('imsmanifest.xml', SCORM2004_MANIFEST)));
    expect(report.diagnostics).toEqual([]);
    expect(report).toMatchObject({ format: 'scorm2004', launch: 'index.html', scoCount: 1, masteryScore: 0.8 });
  });

  it('flags a missing launch file with the manifest line, and exits 1', async () => {
    const entries = samplePackage('imsmanifest.xml', SCORM12_MANIFEST).filter((entry) => entry.name !== 'index.html');
    const zip = zipOf(entries);
    const run = await runInspect([zip]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${zip}!/imsmanifest.xml:19:`);
    expect(run.stderr).toContain('The launch file index.html is not in the zip, so the course cannot start.');
    expect(run.stderr).toContain('launch-missing');
    expect(run.stderr).not.toContain('file-missing');
  });

  it('flags a manifest that breaks the SCORM 1.2 schema', async () => {
    const report = await inspectPackage(zipOf(with12('<title>Fire safety</title>\n      <item', '<name>Fire safety</name>\n      <item')));
    const invalid = report.diagnostics.filter((d) => d.ruleId === 'manifest-invalid');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({ severity: 'error', line: 11 });
    expect(invalid[0]!.message).toContain("breaks the SCORM 1.2 schema: Element 'name': This element is not expected.");
  });

  it('flags a manifest that is not well-formed XML, with its position', async () => {
    const report = await inspectPackage(zipOf(with12('</organizations>', '</organisations>')));
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'manifest-invalid', line: 17, message: 'The descriptor is not well-formed XML: unexpected close tag.' }));
  });

  it('says so when the manifest sits in a sub-folder, and still checks the rest', async () => {
    const zip = zipOf(samplePackage('FireSafety/imsmanifest.xml', SCORM12_MANIFEST, 'FireSafety/'));
    const run = await runInspect([zip]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('imsmanifest.xml is inside the folder FireSafety/ instead of at the root of the zip');
    expect(run.stderr).toContain('Zip the contents of the folder, not the folder itself');
    expect(run.stderr).toMatch(/Launch\s+FireSafety\/index\.html/);
    expect((await inspectPackage(zip)).diagnostics.map((d) => d.ruleId)).toEqual(['manifest-not-at-root']);
  });

  it('flags a zip with no descriptor at all', async () => {
    const report = await inspectPackage(zipOf([{ name: 'index.html', data: '<p>hi</p>' }]));
    expect(report.format).toBe('unknown');
    expect(report.diagnostics).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'manifest-missing' })]);
  });

  it('flags a manifest that is neither SCORM 1.2 nor 2004', async () => {
    expect(await rules(with12('<schemaversion>1.2</schemaversion>', '<schemaversion>1.3</schemaversion>'))).toEqual(['error format-unknown']);
  });

  it('checks references the schema does not: default organization, identifierref, duplicate ids', async () => {
    expect(await rules(with12('default="ORG-1"', 'default="ORG-2"'))).toEqual(['error organization-default']);
    expect(await rules(with12('identifierref="RES-1"', 'identifierref="RES-9"'))).toContain('error reference-broken');
    expect(await rules(with12('identifier="ITEM-1"', 'identifier="RES-1"'))).toContain('error id-duplicate');
  });

  it('catches scormType spelled the SCORM 2004 way in a 1.2 manifest', async () => {
    const report = await inspectPackage(zipOf(with12('adlcp:scormtype="sco"', 'adlcp:scormType="sco"')));
    expect(report.diagnostics).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'sco-type-missing', message: expect.stringContaining('reads adlcp:scormtype') })]);
  });

  it('refuses hrefs that start with "/" and a masteryscore outside 0–100', async () => {
    expect(await rules(with12('<file href="assets/app.js"/>', '<file href="/assets/app.js"/>'))).toEqual(['error href-absolute', 'warning file-unlisted']);
    expect(await rules(with12('>80<', '>0.8x<'))).toEqual(['error mastery-score-invalid']);
  });

  it('flags listed files that are missing and packaged files nobody lists', async () => {
    const entries = [...samplePackage('imsmanifest.xml', SCORM12_MANIFEST).filter((e) => e.name !== 'assets/app.js'), { name: 'assets/extra.css', data: 'p{}' }];
    const report = await inspectPackage(zipOf(entries));
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', ruleId: 'file-missing', line: 21, message: expect.stringContaining('assets/app.js') }),
      expect.objectContaining({ severity: 'warning', ruleId: 'file-unlisted', file: expect.stringMatching(/!\/assets\/extra\.css$/) }),
    ]);
  });

  it('counts a metadata file named by adlcp:location as listed', async () => {
    const entries = with12('<schemaversion>1.2</schemaversion>', '<schemaversion>1.2</schemaversion>\n    <adlcp:location>metadata.xml</adlcp:location>');
    expect(await rules([...entries, { name: 'metadata.xml', data: '<lom/>' }])).toEqual([]);
  });

  it('flags a manifest outside the IMS content packaging namespace', async () => {
    const report = await inspectPackage(zipOf(with12('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"', 'xmlns="http://example.com/cp"')));
    expect(report.diagnostics).toEqual([expect.objectContaining({ ruleId: 'manifest-invalid', line: 2, message: expect.stringContaining('is in the namespace "http://example.com/cp"') })]);
    expect(report.format).toBe('scorm12');
  });

  it('composes xml:base with hrefs and hints at a case mismatch', async () => {
    const based = with12('<resource identifier', '<resource xml:base="assets/" identifier')
      .map((e) => (e.name === 'index.html' ? { ...e, name: 'assets/Index.html' } : e));
    const report = await inspectPackage(zipOf(based));
    expect(report.launch).toBe('assets/index.html');
    const missing = report.diagnostics.find((d) => d.ruleId === 'launch-missing');
    expect(missing?.hint).toContain('The zip has assets/Index.html');
  });

  it('warns about OS junk, server scripts and unsafe file names without failing the package', async () => {
    const junk: CraftedEntry[] = [
      { name: '__MACOSX/._index.html', data: 'x' },
      { name: '__MACOSX/assets/._app.js', data: 'x' },
      { name: '.DS_Store', data: 'x' },
      { name: 'assets/upload.php', data: '<?php' },
      { name: 'assets/Final Quiz & Answers.html', data: 'x' },
    ];
    const run = await runInspect([zipOf([...samplePackage('imsmanifest.xml', SCORM12_MANIFEST), ...junk])]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('__MACOSX/ holds 2 macOS resource-fork files');
    expect(run.stderr).toMatch(/\.DS_Store {2}warning {2}.*os-junk/);
    expect(run.stderr).toMatch(/upload\.php {2}warning {2}.*Docebo refuse.*server-script/);
    expect(run.stderr).toMatch(/"assets\/Final Quiz & Answers\.html" has spaces.*unsafe-file-name/);
    expect(run.stderr).toContain('No errors: the package can be imported');
  });
});
