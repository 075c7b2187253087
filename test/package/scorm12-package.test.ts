import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, repoRoot, runCli, scratchDir } from '../helpers/cli.js';
import { openPackage, type OpenedPackage } from '../helpers/package-zip.js';
import { validateManifest } from '../helpers/xsd.js';

const XSDS = ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'];

describe('a SCORM 1.2 package built by the CLI', () => {
  const scratch = scratchDir();
  let zipPath: string;
  let pkg: OpenedPackage;

  beforeAll(async () => {
    const course = copyFixture('minimal', scratch.dir);
    const run = await runCli(['build', course, '--out', join(scratch.dir, 'out')], scratch.dir);
    expect(run.code, run.stderr).toBe(0);
    zipPath = join(scratch.dir, 'out', 'fixture-testville-1.0.0-scorm12.zip');
    pkg = openPackage(zipPath);
  });
  afterAll(scratch.cleanup);

  it('is named <id>-<version>-scorm12.zip and reports where it went', () => {
    expect(pkg.names.length).toBeGreaterThan(0);
  });

  it('has imsmanifest.xml and the control XSDs at the root', () => {
    expect(pkg.has('imsmanifest.xml')).toBe(true);
    for (const xsd of XSDS) expect(pkg.has(xsd), xsd).toBe(true);
  });

  it('has a manifest that validates against the XSDs inside the package', async () => {
    const xsds = new Map(XSDS.map((name) => [name, pkg.text(name)]));
    const result = await validateManifest('scorm12', pkg.text('imsmanifest.xml'), xsds);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('lists every packaged file and nothing that is missing', () => {
    const manifest = pkg.text('imsmanifest.xml');
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
    const content = pkg.names.filter((name) => name !== 'imsmanifest.xml' && !name.endsWith('.xsd'));
    expect([...listed].sort()).toEqual([...content].sort());
    expect(content).toContain('assets/diagram.svg');
    expect(manifest).toMatch(/adlcp:scormtype="sco" href="index.html"/);
  });

  it('uses only relative, forward-slash paths', () => {
    for (const name of pkg.names) {
      expect(name).not.toMatch(/^\/|\\|(^|\/)\.\.(\/|$)|^[A-Za-z]:/);
    }
  });

  it('carries the assessment pass mark as adlcp:masteryscore', () => {
    expect(pkg.text('imsmanifest.xml')).toContain('<adlcp:masteryscore>50</adlcp:masteryscore>');
  });

  it('matches the golden manifest', () => {
    const golden = readFileSync(join(repoRoot, 'test/fixtures/golden/minimal-scorm12-imsmanifest.xml'), 'utf8');
    expect(pkg.text('imsmanifest.xml')).toBe(golden);
  });

  it('is byte-identical when built again from the same sources', async () => {
    const again = join(scratch.dir, 'again');
    const run = await runCli(['build', join(scratch.dir, 'minimal'), '--out', again], scratch.dir);
    expect(run.code, run.stderr).toBe(0);
    const first = readFileSync(zipPath);
    const second = readFileSync(join(again, 'fixture-testville-1.0.0-scorm12.zip'));
    expect(second.equals(first)).toBe(true);
  });

  it('is identical whatever the time zone of the machine that builds it', async () => {
    const other = join(scratch.dir, 'tz');
    const run = await new Promise<number>((done) => {
      import('node:child_process').then(({ execFile }) =>
        execFile(process.execPath, [join(repoRoot, 'bin/cease.js'), 'build', join(scratch.dir, 'minimal'), '--out', other], {
          env: { ...process.env, TZ: 'Pacific/Kiritimati' },
        }, (error) => done(error ? 1 : 0)),
      );
    });
    expect(run).toBe(0);
    expect(readFileSync(join(other, 'fixture-testville-1.0.0-scorm12.zip')).equals(readFileSync(zipPath))).toBe(true);
  });
});
