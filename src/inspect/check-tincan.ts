import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DescriptorLocation } from './detect-format.js';
import type { DescriptorFindings, PackageReference } from './inspect-report.js';
import { resolveHref } from './package-paths.js';
import { attr, childNamed, childrenNamed, type XmlElement } from './xml-tree.js';

const TINCAN_NS = 'http://projecttincan.com/tincan.xsd';

/**
 * Structural check of tincan.xml, after Rustici's "Incorporating a Tin Can
 * LRS into an LMS": a flat list of activities, each with an id; exactly one
 * carries `launch`, and that one needs a name, which LMSs show as the title.
 */
export function checkTincan(root: XmlElement, where: { file: string; descriptor: DescriptorLocation }): DescriptorFindings {
  const diagnostics: Diagnostic[] = [];
  const report = (at: XmlElement, severity: Diagnostic['severity'], ruleId: string, message: string, hint?: string) =>
    void diagnostics.push({ file: where.file, line: at.line, column: at.column, severity, ruleId, message, ...(hint ? { hint } : {}) });
  const findings: DescriptorFindings = { format: 'xapi', launch: null, scoCount: 0, masteryScore: null, references: [], listsFiles: false, diagnostics };

  if (root.local !== 'tincan') {
    report(root, 'error', 'manifest-invalid', `The root element of tincan.xml is <${root.local}>, not <tincan>.`);
    return findings;
  }
  if (root.uri !== TINCAN_NS) {
    report(root, 'warning', 'manifest-invalid', `tincan.xml uses the namespace "${root.uri}"; LMSs expect ${TINCAN_NS}.`);
  }
  const activities = childrenNamed(childNamed(root, 'activities') ?? root, 'activity');
  if (activities.length === 0) {
    report(root, 'error', 'manifest-invalid', 'tincan.xml lists no <activities><activity>, so there is nothing to launch or track.');
    return findings;
  }
  for (const activity of activities) {
    if (!attr(activity, 'id')) report(activity, 'error', 'manifest-invalid', 'An <activity> has no id: the LRS needs an IRI to record statements against.');
  }

  const launchers = activities.filter((activity) => childNamed(activity, 'launch'));
  findings.scoCount = launchers.length;
  if (launchers.length === 0) {
    report(root, 'error', 'launch-missing', 'No activity in tincan.xml has a <launch>, so an LMS has nothing to open.');
    return findings;
  }
  for (const extra of launchers.slice(1)) {
    report(extra, 'error', 'manifest-invalid', `Activity "${attr(extra, 'id') ?? ''}" also has a <launch>; only one activity may carry one.`);
  }
  const activity = launchers[0]!;
  if (!childNamed(activity, 'name')?.text) {
    report(activity, 'error', 'manifest-invalid', 'The launched activity has no <name>; LMSs show it as the course title.');
  }
  const launch = childNamed(activity, 'launch')!;
  const resolved = resolveHref(where.descriptor.dir, [], launch.text);
  if (launch.text === '' || resolved.kind === 'outside') {
    report(launch, 'error', 'launch-missing', launch.text === '' ? '<launch> is empty.' : `<launch> ${launch.text} points outside the package.`);
  } else if (resolved.kind === 'rooted') {
    report(launch, 'error', 'href-absolute', `<launch> ${launch.text} starts with "/": LMSs would look for it at the root of their own web server.`);
  } else if (resolved.kind === 'external') {
    findings.launch = resolved.url;
  } else {
    findings.launch = resolved.path;
    const reference: PackageReference = { path: resolved.path, role: 'launch', written: launch.text, line: launch.line, column: launch.column };
    findings.references.push(reference);
  }
  return findings;
}
