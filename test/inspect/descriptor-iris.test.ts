import { afterAll, describe, expect, it } from 'vitest';
import { runCli, scratchDir } from '../helpers/cli.js';
import { writeCraftedZip } from './craft-zip.js';
import { CMI5_XML, samplePackage, TINCAN_XML } from './sample-packages.js';

const scratch = scratchDir('cease-inspect-iri-');
afterAll(scratch.cleanup);

interface JsonReport {
  diagnostics: { file: string; line?: number; severity: string; ruleId: string; message: string; hint?: string }[];
}

async function inspect(fileName: string, descriptorPath: string, descriptor: string) {
  const zip = writeCraftedZip(scratch.dir, fileName, samplePackage(descriptorPath, descriptor));
  const run = await runCli(['inspect', zip, '--reporter', 'json'], scratch.dir);
  const report = JSON.parse(run.stdout) as JsonReport;
  return { code: run.code, diagnostics: report.diagnostics.filter((d) => d.ruleId === 'iri-invalid') };
}

describe('cease inspect: IRIs in tincan.xml and cmi5.xml', () => {
  it('reports an xAPI activity id with a space as an error at its element', async () => {
    const { code, diagnostics } = await inspect('tincan-space.zip', 'tincan.xml', TINCAN_XML.replace('fire-safety"', 'San José/fire-safety"'));
    expect(code).toBe(1);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/tincan-space\.zip!\/tincan\.xml$/), line: 4, severity: 'error' }),
    ]);
    expect(diagnostics[0]?.message).toContain('"https://courses.example/San José/fire-safety"');
    expect(diagnostics[0]?.message).toContain('RFC 3987');
    expect(diagnostics[0]?.hint).toContain('%20');
  });

  it('reports cmi5 course and AU ids that are not IRIs, and accepts non-ASCII letters', async () => {
    const broken = CMI5_XML.replace('<course id="https://courses.example/fire-safety">', '<course id="fire-safety">')
      .replace('id="https://courses.example/fire-safety/au"', 'id="https://courses.example/fire-safety/a|u"');
    const { code, diagnostics } = await inspect('cmi5-ids.zip', 'cmi5.xml', broken);
    expect(code).toBe(1);
    expect(diagnostics.map((d) => [d.line, d.message.split(':')[0]])).toEqual([
      [3, '<course id="fire-safety"> is not a valid IRI (RFC 3987)'],
      [7, '<au id="https'],
    ]);
    expect(diagnostics[1]?.message).toContain('"|" at character 38');

    const letters = await inspect('cmi5-letters.zip', 'cmi5.xml', CMI5_XML.replaceAll('fire-safety', 'seguridad-contra-incendios-en-español'));
    expect(letters).toEqual({ code: 0, diagnostics: [] });
  });
});
