import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCourse } from '../../src/build.js';
import { inspectPackage } from '../../src/inspect/index.js';
import { formats } from '../../src/package/formats.js';
import { copyFixture, scratchDir } from '../helpers/cli.js';
import { writeCraftedZip } from './craft-zip.js';
import { runInspect } from './run-inspect.js';
import { samplePackage, SCORM12_MANIFEST } from './sample-packages.js';

const scratch = scratchDir('cease-inspect-');
afterAll(scratch.cleanup);

describe('cease inspect, the command', () => {
  it('passes every package cease itself builds, in every format', async () => {
    const course = copyFixture('minimal', scratch.dir);
    const built = await buildCourse(course, { formats: [...formats.keys()], outDir: join(scratch.dir, 'dist') });
    expect(built.packages.length).toBe(formats.size);
    for (const written of built.packages) {
      const report = await inspectPackage(written.path);
      expect(report.diagnostics, written.format).toEqual([]);
      expect(report).toMatchObject({ format: written.format, launch: 'index.html', scoCount: 1 });
    }
  });

  it('prints one JSON object on stdout with --reporter json', async () => {
    const entries = samplePackage('imsmanifest.xml', SCORM12_MANIFEST).filter((entry) => entry.name !== 'index.html');
    const zip = writeCraftedZip(scratch.dir, 'json.zip', entries);
    const run = await runInspect([zip, '--reporter', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const parsed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['version', 'format', 'launch', 'scoCount', 'masteryScore', 'totalBytes', 'entries', 'largest', 'errors', 'warnings', 'diagnostics']);
    expect(parsed).toMatchObject({
      version: 1, format: 'scorm12', launch: 'index.html', scoCount: 1, masteryScore: 80, entries: 2, errors: 1, warnings: 0,
      largest: [{ path: 'imsmanifest.xml', bytes: SCORM12_MANIFEST.length }, { path: 'assets/app.js', bytes: 22 }],
      diagnostics: [{ file: `${zip}!/imsmanifest.xml`, line: 19, column: 14, severity: 'error', ruleId: 'launch-missing' }],
    });
  });

  it('prints GitHub annotations on stdout with --reporter github', async () => {
    const zip = writeCraftedZip(scratch.dir, 'gh.zip', [...samplePackage('imsmanifest.xml', SCORM12_MANIFEST), { name: '../evil', data: 'x' }]);
    const run = await runInspect([zip, '--reporter', 'github']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=.*gh\.zip!\/\.\.\/evil,title=zip-slip::The entry "\.\.\/evil" climbs out/);
    expect(run.stderr).toContain('Do not import this package');
  });

  it('exits 2 with a plain message when the file does not exist', async () => {
    const run = await runInspect([join(scratch.dir, 'nope.zip')]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `cease: ${join(scratch.dir, 'nope.zip')} does not exist or cannot be read.\n` });
  });

  it('exits 2 with a plain message when the file is not a zip', async () => {
    const notZip = join(scratch.dir, 'course.pdf.zip');
    writeFileSync(notZip, '%PDF-1.7 not a zip');
    const run = await runInspect([notZip]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^cease: .*course\.pdf\.zip is not a zip archive \(.*\)\.\n$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when the zip argument is missing', async () => {
    const run = await runInspect([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing required argument 'package.zip'");
  });
});
