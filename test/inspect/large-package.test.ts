import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, scratchDir } from '../helpers/cli.js';
import { writeCraftedZip, type CraftedEntry } from './craft-zip.js';
import { SCORM12_MANIFEST } from './sample-packages.js';

const scratch = scratchDir('cease-inspect-large-');
afterAll(scratch.cleanup);

const FILES = 60_000;
const MB = 1024 * 1024;

/** A SCORM 1.2 package whose manifest lists 60,000 files, all in the zip. */
function largePackage(): string {
  const names = Array.from({ length: FILES }, (_, i) => `assets/part-${i}.js`);
  const manifest = SCORM12_MANIFEST.replace('<file href="assets/app.js"/>', names.map((name) => `<file href="${name}"/>`).join('\n      '));
  const entries: CraftedEntry[] = [
    { name: 'imsmanifest.xml', data: manifest, deflate: true },
    { name: 'index.html', data: '<!doctype html><title>Big</title>' },
    ...names.map((name) => ({ name, data: `console.log(${JSON.stringify(name)});` })),
  ];
  return writeCraftedZip(scratch.dir, 'large.zip', entries);
}

describe('cease inspect on a package of 60,000 files', () => {
  it('stays under 300 MB of memory and finds nothing wrong', async () => {
    const zip = largePackage();
    // A process of its own, so its peak resident memory is the inspection's alone.
    const script = `const { inspectPackage } = await import(${JSON.stringify(join(repoRoot, 'build/src/inspect/index.js'))});
      const report = await inspectPackage(${JSON.stringify(zip)});
      console.log(JSON.stringify({ maxRss: process.resourceUsage().maxRSS * 1024, entries: report.entries, diagnostics: report.diagnostics }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 16 * MB });
    const result = JSON.parse(stdout) as { maxRss: number; entries: number; diagnostics: unknown[] };
    expect(result.diagnostics).toEqual([]);
    expect(result.entries).toBe(FILES + 2);
    expect(result.maxRss / MB).toBeLessThan(300);
  });
});
