import { afterAll, describe, expect, it } from 'vitest';
import { inspectPackage } from '../../src/inspect/index.js';
import { scratchDir } from '../helpers/cli.js';
import { writeCraftedZip, type CraftedEntry } from './craft-zip.js';
import { runInspect } from './run-inspect.js';
import { CMI5_XML, samplePackage, TINCAN_XML } from './sample-packages.js';

const scratch = scratchDir('cease-inspect-');
afterAll(scratch.cleanup);

let count = 0;
const zipOf = (entries: CraftedEntry[]) => writeCraftedZip(scratch.dir, `pkg-${++count}.zip`, entries);
const edited = (descriptor: string, from: string, to: string) => {
  const text = descriptor.replace(from, to);
  if (text === descriptor) throw new Error(`edit did not apply: ${from}`);
  return text;
};

describe('cease inspect on xAPI (tincan.xml) packages', () => {
  it('passes a clean tincan.xml package and reports its launch file', async () => {
    const zip = zipOf(samplePackage('tincan.xml', TINCAN_XML));
    const report = await inspectPackage(zip);
    expect(report).toMatchObject({ format: 'xapi', descriptor: 'tincan.xml', launch: 'index.html', scoCount: 1, masteryScore: null, diagnostics: [] });
    const run = await runInspect([zip]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Format\s+xAPI \(Tin Can launch\)\nDescriptor\s+tincan\.xml/);
  });

  it('does not call content files unlisted: tincan.xml names only the launch page', async () => {
    const report = await inspectPackage(zipOf([...samplePackage('tincan.xml', TINCAN_XML), { name: 'assets/extra.css', data: 'p{}' }]));
    expect(report.diagnostics).toEqual([]);
  });

  it('flags a launch file that is not in the zip', async () => {
    const report = await inspectPackage(zipOf(samplePackage('tincan.xml', edited(TINCAN_XML, '>index.html<', '>start.html<'))));
    expect(report.diagnostics).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'launch-missing', line: 7, message: expect.stringContaining('start.html') })]);
  });

  it('flags a launched activity without a name, and a second launch', async () => {
    const noName = edited(TINCAN_XML, '<name lang="en-US">Fire safety</name>', '');
    expect((await inspectPackage(zipOf(samplePackage('tincan.xml', noName)))).diagnostics.map((d) => d.message)).toEqual([
      'The launched activity has no <name>; LMSs show it as the course title.',
    ]);
    const twoLaunches = edited(TINCAN_XML, '</activities>', '<activity id="https://courses.example/x"><name>X</name><launch>index.html</launch></activity></activities>');
    const report = await inspectPackage(zipOf(samplePackage('tincan.xml', twoLaunches)));
    expect(report.diagnostics).toEqual([expect.objectContaining({ ruleId: 'manifest-invalid', message: expect.stringContaining('only one activity may carry one') })]);
  });

  it('tolerates tincan.xml one folder down when that folder is all the zip holds, with a warning', async () => {
    const report = await inspectPackage(zipOf(samplePackage('course/tincan.xml', TINCAN_XML, 'course/')));
    expect(report.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', ruleId: 'manifest-not-at-root' })]);
    expect(report.launch).toBe('course/index.html');
  });
});

describe('cease inspect on cmi5 packages', () => {
  it('passes a clean cmi5.xml package with its AU and pass mark', async () => {
    const report = await inspectPackage(zipOf(samplePackage('cmi5.xml', CMI5_XML)));
    expect(report).toMatchObject({ format: 'cmi5', launch: 'index.html', scoCount: 1, masteryScore: 0.8, diagnostics: [] });
  });

  it('flags a masteryScore written as a percentage, and suggests the decimal', async () => {
    const zip = zipOf(samplePackage('cmi5.xml', edited(CMI5_XML, 'masteryScore="0.8"', 'masteryScore="80"')));
    const run = await runInspect([zip]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${zip}!/cmi5.xml:7:`);
    expect(run.stderr).toContain('masteryScore="80" must be a decimal from 0 to 1 (0.8 means 80 %).');
    expect(run.stderr).toContain('Did the vendor mean 0.8?');
    expect(run.stderr).toContain('mastery-score-invalid');
  });

  it('flags unknown moveOn and launchMethod values, a missing url and a missing course id', async () => {
    let broken = edited(CMI5_XML, 'moveOn="CompletedAndPassed"', 'moveOn="Finished"');
    broken = edited(broken, 'launchMethod="AnyWindow"', 'launchMethod="Popup"');
    broken = edited(broken, '<url>index.html</url>', '');
    broken = edited(broken, '<course id="https://courses.example/fire-safety">', '<course>');
    const report = await inspectPackage(zipOf(samplePackage('cmi5.xml', broken)));
    expect(report.diagnostics.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([
      'manifest-invalid: The course has no id; cmi5 needs an IRI here.',
      'manifest-invalid: launchMethod="Popup" is not one of AnyWindow, OwnWindow.',
      'manifest-invalid: moveOn="Finished" is not one of NotApplicable, Passed, Completed, CompletedAndPassed, CompletedOrPassed.',
      'launch-missing: AU "https://courses.example/fire-safety/au" has no <url>, so it cannot be launched.',
    ]);
  });

  it('accepts an AU served from another site without looking for it in the zip', async () => {
    const remote = edited(CMI5_XML, '<url>index.html</url>', '<url>https://content.example/fire/index.html</url>');
    const report = await inspectPackage(zipOf(samplePackage('cmi5.xml', remote)));
    expect(report.diagnostics).toEqual([]);
    expect(report.launch).toBe('https://content.example/fire/index.html');
  });
});
