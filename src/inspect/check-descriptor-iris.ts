import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { iriProblem, iriRepair } from '../check/iri-syntax.js';
import type { DescriptorFindings } from './inspect-report.js';
import { attr, descendants, type XmlElement } from './xml-tree.js';

/**
 * The attributes that hold IRIs: tincan.xml activity ids and types (Rustici's
 * tincan.xsd), cmi5.xml course, block, AU and objective ids and the AU's
 * activityType (cmi5 §13.1). Missing ids are reported by the structure checks.
 */
const IRI_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  activity: ['id', 'type'],
  course: ['id'],
  block: ['id'],
  au: ['id', 'activityType'],
  objective: ['id'],
};

/**
 * Adds a finding for every IRI in tincan.xml or cmi5.xml that RFC 3987 does
 * not allow: an LRS refuses each statement about such an activity with 400,
 * so the package would lose every learner's record.
 */
export function withDescriptorIris(findings: DescriptorFindings, root: XmlElement, file: string): DescriptorFindings {
  for (const element of descendants(root)) {
    if (element.uri !== root.uri) continue;
    for (const name of IRI_ATTRIBUTES[element.local] ?? []) {
      const value = attr(element, name);
      const problem = value ? iriProblem(value) : null;
      if (!value || !problem) continue;
      const diagnostic: Diagnostic = {
        file,
        line: element.line,
        column: element.column,
        severity: 'error',
        ruleId: 'iri-invalid',
        message: `<${element.local} ${name}="${value}"> is not a valid IRI (RFC 3987): ${problem.message}. An LRS refuses every statement that names it.`,
        hint: `${iriRepair(problem)} The package's author must fix it and export again.`,
      };
      findings.diagnostics.push(diagnostic);
    }
  }
  return findings;
}
