import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AdmZip from 'adm-zip';
import { copyFixture, repoRoot, runCli, scratchDir } from '../helpers/cli.js';

describe('cease inspect through the real binary', () => {
  const scratch = scratchDir();
  let zipPath: string;

  beforeAll(async () => {
    const course = copyFixture('minimal', scratch.dir);
    const run = await runCli(['build', course, '--out', join(scratch.dir, 'out')], scratch.dir);
    expect(run.code, run.stderr).toBe(0);
    zipPath = join(scratch.dir, 'out', 'fixture-testville-1.0.0-scorm12.zip');
  });
  afterAll(scratch.cleanup);

  it('passes a package cease built and reports its format and launch file as JSON', async () => {
    const run = await runCli(['inspect', zipPath, '--reporter', 'json'], scratch.dir);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { format: string; launch?: string; diagnostics: unknown[] };
    expect(report.format).toBe('scorm12');
    expect(JSON.stringify(report)).toContain('index.html');
  });

  it('passes every package the sample course builds, in every format and language, with no warning', async () => {
    const course = join(repoRoot, 'courses/cease-municipal');
    const out = join(scratch.dir, 'sample');
    for (const locale of [[], ['--locale', 'es']]) {
      // --draft: the sample city files still hold values marked !todo, which only a draft build accepts.
      const built = await runCli(['build', course, '--format', 'all', '--vars', join(course, 'cities/flagstaff.yml'), '--draft', '--out', out, ...locale], scratch.dir);
      expect(built.code, built.stderr).toBe(0);
    }
    const zips = readdirSync(out).filter((name) => name.endsWith('.zip'));
    expect(zips).toHaveLength(8);
    for (const zip of zips) {
      const run = await runCli(['inspect', join(out, zip), '--reporter', 'json'], scratch.dir);
      expect(run.code, zip).toBe(0);
      expect((JSON.parse(run.stdout) as { diagnostics: unknown[] }).diagnostics, zip).toEqual([]);
    }
  });

  it('fails, exit 1, a package whose manifest lists a file the zip does not hold', async () => {
    const zip = new AdmZip(zipPath);
    zip.deleteFile('cease.css');
    const broken = join(scratch.dir, 'broken.zip');
    zip.writeZip(broken);
    const run = await runCli(['inspect', broken], scratch.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cease.css');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('answers a file that is not a zip with exit 2 and no stack trace', async () => {
    const notZip = join(scratch.dir, 'notes.zip');
    writeFileSync(notZip, 'hello');
    const run = await runCli(['inspect', notZip], scratch.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^cease: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
