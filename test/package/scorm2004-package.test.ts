import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, repoRoot, runCli, scratchDir } from '../helpers/cli.js';
import { openPackage, type OpenedPackage } from '../helpers/package-zip.js';
import { validateManifest } from '../helpers/xsd.js';
import { runInspect } from '../inspect/run-inspect.js';

const ZIP = 'fixture-testville-1.0.0-scorm2004.zip';
/** The 4th Edition control files a conformance checker resolves from the package root. */
const CONTROL_FILES = [
  'XMLSchema.dtd',
  'adlcp_v1p3.xsd',
  'adlnav_v1p3.xsd',
  'adlseq_v1p3.xsd',
  'datatypes.dtd',
  'imscp_v1p1.xsd',
  'imsss_v1p0.xsd',
  'imsss_v1p0auxresource.xsd',
  'imsss_v1p0control.xsd',
  'imsss_v1p0delivery.xsd',
  'imsss_v1p0limit.xsd',
  'imsss_v1p0objective.xsd',
  'imsss_v1p0random.xsd',
  'imsss_v1p0rollup.xsd',
  'imsss_v1p0seqrule.xsd',
  'imsss_v1p0util.xsd',
  'xml.xsd',
];

const listedFiles = (manifest: string) => [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);

describe('a SCORM 2004 package built by the CLI', () => {
  const scratch = scratchDir();
  let zipPath: string;
  let pkg: OpenedPackage;

  beforeAll(async () => {
    const course = copyFixture('minimal', scratch.dir);
    const run = await runCli(['build', course, '--format', 'scorm2004', '--out', join(scratch.dir, 'out')], scratch.dir);
    expect(run.code, run.stderr).toBe(0);
    zipPath = join(scratch.dir, 'out', ZIP);
    pkg = openPackage(zipPath);
  });
  afterAll(scratch.cleanup);

  it('is named <id>-<version>-scorm2004.zip, with imsmanifest.xml and the 4th Edition control files at the root', () => {
    expect(pkg.has('imsmanifest.xml')).toBe(true);
    for (const name of CONTROL_FILES) expect(pkg.has(name), name).toBe(true);
  });

  it('has a manifest that validates against the XSDs inside the package', async () => {
    const controls = new Map(CONTROL_FILES.map((name) => [name, pkg.text(name)]));
    const result = await validateManifest('scorm2004', pkg.text('imsmanifest.xml'), controls);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('lists every packaged file and nothing that is missing, under one SCO launched from index.html', () => {
    const manifest = pkg.text('imsmanifest.xml');
    const content = pkg.names.filter((name) => name !== 'imsmanifest.xml' && !CONTROL_FILES.includes(name));
    expect(listedFiles(manifest).sort()).toEqual([...content].sort());
    expect(content).toEqual(expect.arrayContaining(['index.html', 'cease.js', 'cease.css', 'assets/diagram.svg']));
    expect(manifest.match(/adlcp:scormType="sco"/g)).toHaveLength(1);
    expect(manifest).toContain('adlcp:scormType="sco" href="index.html"');
  });

  it('says the content sets completion and success, and judges the pass mark by the scaled score', () => {
    const manifest = pkg.text('imsmanifest.xml');
    expect(manifest).toContain('<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>');
    expect(manifest).toMatch(/<imsss:primaryObjective objectiveID="PRIMARY" satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0.5<\/imsss:minNormalizedMeasure>/);
  });

  it('carries the SCORM 2004 runtime, which looks for API_1484_11', () => {
    expect(pkg.text('cease.js')).toContain('API_1484_11');
  });

  it('matches the golden manifest', () => {
    const golden = readFileSync(join(repoRoot, 'test/fixtures/golden/minimal-scorm2004-imsmanifest.xml'), 'utf8');
    expect(pkg.text('imsmanifest.xml')).toBe(golden);
  });

  it('passes cease inspect with no errors or warnings', async () => {
    const run = await runInspect([zipPath, '--reporter', 'json']);
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.stdout) as Record<string, unknown>).toMatchObject({ format: 'scorm2004', masteryScore: 0.5, errors: 0, warnings: 0 });
  });

  it('is byte-identical when built again, and the same when built by --format all', async () => {
    const again = join(scratch.dir, 'again');
    const run = await runCli(['build', join(scratch.dir, 'minimal'), '--format', 'all', '--out', again], scratch.dir);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(again, ZIP)).equals(readFileSync(zipPath))).toBe(true);
  });

  it('declares no objective for a course without an assessment, so the LMS never judges it by score', async () => {
    const course = copyFixture('minimal', join(scratch.dir, 'unscored-course'));
    rmSync(join(course, '02-final.md'));
    const out = join(scratch.dir, 'unscored');
    const run = await runCli(['build', course, '--format', 'scorm2004', '--out', out], scratch.dir);
    expect(run.code, run.stderr).toBe(0);
    const unscored = openPackage(join(out, ZIP));
    const manifest = unscored.text('imsmanifest.xml');
    expect(manifest).not.toContain('imsss:objectives');
    expect(manifest).toContain('completionSetByContent="true"');
    const controls = new Map(CONTROL_FILES.map((name) => [name, unscored.text(name)]));
    expect((await validateManifest('scorm2004', manifest, controls)).errors).toEqual([]);
  });
});
