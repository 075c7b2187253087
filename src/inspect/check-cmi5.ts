import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DescriptorLocation } from './detect-format.js';
import type { DescriptorFindings } from './inspect-report.js';
import { resolveHref } from './package-paths.js';
import { attr, childNamed, childrenNamed, type XmlElement } from './xml-tree.js';

const CMI5_NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
/** cmi5 §13.1.4: the AU attributes' vocabularies. */
const MOVE_ON = ['NotApplicable', 'Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed'];
const LAUNCH_METHODS = ['AnyWindow', 'OwnWindow'];
const DECIMAL = /^\+?(\d+(\.\d*)?|\.\d+)$/;

type Report = (at: XmlElement, severity: Diagnostic['severity'], ruleId: string, message: string, hint?: string) => void;

/**
 * Structural check of cmi5.xml against the shape of CourseStructure.xsd
 * (cmi5 §13): course with id, title and description; AUs and blocks; each AU
 * with an id, a url and valid launchMethod, moveOn and masteryScore. The XSD
 * itself is not published on npm, so this is written out by hand.
 */
export function checkCmi5(root: XmlElement, where: { file: string; descriptor: DescriptorLocation }): DescriptorFindings {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (at, severity, ruleId, message, hint) =>
    void diagnostics.push({ file: where.file, line: at.line, column: at.column, severity, ruleId, message, ...(hint ? { hint } : {}) });
  const findings: DescriptorFindings = { format: 'cmi5', launch: null, scoCount: 0, masteryScore: null, references: [], listsFiles: false, diagnostics };

  if (root.local !== 'courseStructure' || root.uri !== CMI5_NS) {
    report(root, 'error', 'manifest-invalid', `The root of cmi5.xml must be <courseStructure xmlns="${CMI5_NS}">; found <${root.local}> in "${root.uri}".`);
    return findings;
  }
  const course = childNamed(root, 'course');
  if (!course) report(root, 'error', 'manifest-invalid', 'cmi5.xml has no <course>.');
  else requireIdAndText(course, 'course', report);

  const objectiveIds = new Set(
    childrenNamed(childNamed(root, 'objectives') ?? root, 'objective').map((objective) => attr(objective, 'id') ?? ''),
  );
  const ids = new Map<string, XmlElement>();
  const aus: XmlElement[] = [];
  const visit = (parent: XmlElement) => {
    for (const child of parent.children.filter((c) => c.uri === CMI5_NS && (c.local === 'au' || c.local === 'block'))) {
      requireIdAndText(child, child.local === 'au' ? 'AU' : 'block', report);
      const id = attr(child, 'id');
      const first = id === undefined ? undefined : ids.get(id);
      if (first) report(child, 'error', 'id-duplicate', `The id "${id}" is already used on line ${first.line}; AU and block ids must be unique.`);
      else if (id !== undefined) ids.set(id, child);
      for (const objective of childrenNamed(childNamed(child, 'objectives') ?? child, 'objective')) {
        const ref = attr(objective, 'idref') ?? '';
        if (!objectiveIds.has(ref)) report(objective, 'error', 'reference-broken', `<objective idref="${ref}"> names no objective declared at the top of cmi5.xml.`);
      }
      if (child.local === 'au') aus.push(child);
      else visit(child);
    }
  };
  visit(root);
  findings.scoCount = aus.length;
  if (aus.length === 0) report(root, 'error', 'launch-missing', 'cmi5.xml has no <au>, so an LMS has nothing to launch.');

  for (const au of aus) {
    const launchMethod = attr(au, 'launchMethod');
    if (launchMethod !== undefined && !LAUNCH_METHODS.includes(launchMethod)) {
      report(au, 'error', 'manifest-invalid', `launchMethod="${launchMethod}" is not one of ${LAUNCH_METHODS.join(', ')}.`);
    }
    const moveOn = attr(au, 'moveOn');
    if (moveOn !== undefined && !MOVE_ON.includes(moveOn)) {
      report(au, 'error', 'manifest-invalid', `moveOn="${moveOn}" is not one of ${MOVE_ON.join(', ')}.`);
    }
    const score = masteryScore(au, report);
    if (score !== null) findings.masteryScore ??= score;

    const url = childNamed(au, 'url');
    const text = url?.text ?? '';
    const resolved = resolveHref(where.descriptor.dir, [], text);
    const launch = resolved.kind === 'inside' ? resolved.path : resolved.kind === 'external' ? resolved.url : null;
    if (au === aus[0]) findings.launch = launch;
    if (!url || text === '' || resolved.kind === 'outside') {
      report(url ?? au, 'error', 'launch-missing', `AU "${attr(au, 'id') ?? ''}" has ${text === '' ? 'no <url>' : `a <url> (${text}) outside the package`}, so it cannot be launched.`);
    } else if (resolved.kind === 'rooted') {
      report(url, 'error', 'href-absolute', `<url>${text}</url> starts with "/"; files in the package need relative URLs (cmi5 §14).`);
    } else if (resolved.kind === 'inside') {
      findings.references.push({ path: resolved.path, role: 'launch', written: text, line: url.line, column: url.column });
    }
  }
  return findings;
}

/** cmi5 §13.1.4: masteryScore is a decimal from 0 to 1 inclusive, with up to 4 decimal places. */
function masteryScore(au: XmlElement, report: Report): number | null {
  const written = attr(au, 'masteryScore');
  if (written === undefined) return null;
  const value = Number(written);
  if (!DECIMAL.test(written.trim()) || value < 0 || value > 1) {
    report(au, 'error', 'mastery-score-invalid', `masteryScore="${written}" must be a decimal from 0 to 1 (0.8 means 80 %).`,
      Number.isFinite(value) && value > 1 && value <= 100 ? `Did the vendor mean ${value / 100}?` : undefined);
    return null;
  }
  if ((written.split('.')[1] ?? '').length > 4) {
    report(au, 'warning', 'mastery-score-invalid', `masteryScore="${written}" has more than the 4 decimal places cmi5 allows.`);
  }
  return value;
}

/** cmi5 §13: course, block and AU each need an id and a title and description of one or more langstrings. */
function requireIdAndText(element: XmlElement, what: string, report: Report): void {
  if (!attr(element, 'id')) report(element, 'error', 'manifest-invalid', `The ${what} has no id; cmi5 needs an IRI here.`);
  for (const name of ['title', 'description']) {
    const holder = childNamed(element, name);
    if (!holder || childrenNamed(holder, 'langstring').length === 0) {
      report(holder ?? element, 'error', 'manifest-invalid', `The ${what}${attr(element, 'id') ? ` "${attr(element, 'id')}"` : ''} has no <${name}><langstring>.`);
    }
  }
}
