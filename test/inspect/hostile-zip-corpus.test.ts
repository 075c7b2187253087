import { afterAll, describe, expect, it } from 'vitest';
import { hostileZips, writeHostileZips } from '../fixtures/hostile-zips/corpus.js';
import { runCli, scratchDir } from '../helpers/cli.js';

const scratch = scratchDir('cease-hostile-zips-');
afterAll(scratch.cleanup);
const written = writeHostileZips(scratch.dir);

interface JsonReport {
  diagnostics: { file: string; severity: string; ruleId: string; message: string }[];
}

describe('cease inspect on the crafted-zip corpus (test/fixtures/hostile-zips)', () => {
  it.each(hostileZips.map((zip) => [zip.name, zip] as const))('%s', async (_name, zip) => {
    const path = written.get(zip.name)!;
    const run = await runCli(['inspect', path, '--reporter', 'json']);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(run.stdout) as JsonReport;
    const { ruleId, severity, file, message } = zip.expected;
    expect(report.diagnostics, zip.attack).toContainEqual(expect.objectContaining({ ruleId, severity, file: `${path}${file}`, message: expect.stringContaining(message) }));
    expect(run.code, JSON.stringify(report.diagnostics, null, 2)).toBe(zip.exit);
  });
});
