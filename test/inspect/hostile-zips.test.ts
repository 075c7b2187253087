import { afterAll, describe, expect, it } from 'vitest';
import { inspectPackage } from '../../src/inspect/index.js';
import { scratchDir } from '../helpers/cli.js';
import { writeCraftedZip } from './craft-zip.js';
import { runInspect } from './run-inspect.js';
import { samplePackage, SCORM12_MANIFEST } from './sample-packages.js';

const scratch = scratchDir('cease-inspect-');
afterAll(scratch.cleanup);

const MB = 1024 * 1024;
const clean = () => samplePackage('imsmanifest.xml', SCORM12_MANIFEST);

describe('cease inspect on a zip built to attack the LMS', () => {
  it('refuses a ../evil entry with a clear message and exit 1', async () => {
    const zip = writeCraftedZip(scratch.dir, 'slip.zip', [...clean(), { name: '../evil.html', data: 'pwned' }]);
    const run = await runInspect([zip]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${zip}!/../evil.html  error  The entry "../evil.html" climbs out of the package with ".."`);
    expect(run.stderr).toContain('zip-slip');
    expect(run.stderr).toContain('Do not import this package');
  });

  it.each([
    ['an absolute path', '/etc/cron.d/evil', 'is an absolute path'],
    ['a drive letter', 'C:/Windows/evil.dll', 'starts with a drive letter'],
    ['".." behind backslashes', 'assets\\..\\..\\evil.js', 'climbs out of the package'],
    ['backslash folder separators', 'assets\\app.js', 'uses backslashes as folder separators'],
    ['a ".." in the middle', 'assets/../../evil.js', 'climbs out of the package'],
  ])('refuses an entry with %s', async (_case, name, reason) => {
    const report = await inspectPackage(writeCraftedZip(scratch.dir, 'slip2.zip', [...clean(), { name, data: 'x' }]));
    const slip = report.diagnostics.filter((d) => d.ruleId === 'zip-slip');
    expect(slip).toHaveLength(1);
    expect(slip[0]!.severity).toBe('error');
    expect(slip[0]!.message).toContain(reason);
  });

  it('flags an entry that declares a huge size, without inflating it', async () => {
    const zip = writeCraftedZip(scratch.dir, 'bomb.zip', [...clean(), { name: 'assets/video.mp4', data: Buffer.alloc(1000), deflate: true, declaredBytes: 4_000_000_000 }]);
    const report = await inspectPackage(zip);
    const bomb = report.diagnostics.find((d) => d.ruleId === 'zip-bomb' && d.file.endsWith('!/assets/video.mp4'));
    expect(bomb?.message).toMatch(/declares 3\.73 GB uncompressed, over the 200\.0 MB per-file limit/);
    expect(report.diagnostics.some((d) => d.ruleId === 'zip-bomb' && d.file === zip && /in total/.test(d.message))).toBe(true);
    expect((await runInspect([zip])).code).toBe(1);
  });

  it('flags an entry that would inflate more than 100:1', async () => {
    const zeros = Buffer.alloc(20 * MB);
    const report = await inspectPackage(writeCraftedZip(scratch.dir, 'ratio.zip', [...clean(), { name: 'assets/blank.bin', data: zeros, deflate: true }]));
    const bomb = report.diagnostics.find((d) => d.ruleId === 'zip-bomb');
    expect(bomb?.message).toMatch(/would inflate \d+:1/);
  });

  it('refuses a manifest nested 100,000 levels deep in well under a second, instead of minutes', async () => {
    const deep = SCORM12_MANIFEST.replace('<metadata>', `<metadata>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}`);
    const entries = clean();
    entries[0] = { name: 'imsmanifest.xml', data: deep, deflate: true };
    const started = Date.now();
    const report = await inspectPackage(writeCraftedZip(scratch.dir, 'deep.zip', entries));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'manifest-invalid', message: expect.stringContaining('nested more than 256 levels deep') }));
  });

  it('sums up thousands of missing listed files in one line after the first 20', async () => {
    const listed = Array.from({ length: 5000 }, (_, i) => `<file href="assets/part-${i}.js"/>`).join('');
    const entries = clean();
    entries[0] = { name: 'imsmanifest.xml', data: SCORM12_MANIFEST.replace('<file href="assets/app.js"/>', `<file href="assets/app.js"/>${listed}`), deflate: true };
    const missing = (await inspectPackage(writeCraftedZip(scratch.dir, 'many-missing.zip', entries))).diagnostics.filter((d) => d.ruleId === 'file-missing');
    expect(missing).toHaveLength(21);
    expect(missing[20]!.message).toBe('4980 more files have the same problem (file-missing); only the first 20 are shown.');
  });

  it('stops inflating a manifest whose header understates its size', async () => {
    const huge = `${SCORM12_MANIFEST}<!--${' '.repeat(11 * MB)}-->`;
    const entries = clean();
    entries[0] = { name: 'imsmanifest.xml', data: huge, deflate: true, declaredBytes: 100 };
    const report = await inspectPackage(writeCraftedZip(scratch.dir, 'liar.zip', entries));
    const bomb = report.diagnostics.find((d) => d.ruleId === 'zip-bomb');
    expect(bomb?.file).toMatch(/!\/imsmanifest\.xml$/);
    expect(bomb?.message).toContain('inflates to more than');
  });
});
