import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DescriptorLocation } from './detect-format.js';
import type { DescriptorFindings, PackageReference } from './inspect-report.js';
import { resolveHref } from './package-paths.js';
import { attr, childNamed, childrenNamed, descendants, XML_NS, type XmlElement } from './xml-tree.js';

const ADLCP = { scorm12: 'http://www.adlnet.org/xsd/adlcp_rootv1p2', scorm2004: 'http://www.adlnet.org/xsd/adlcp_v1p3' };
/** CAM 1.2 spells it scormtype, CAM 1.3+ scormType: a misspelling makes LMSs treat the SCO as an asset. */
const SCORM_TYPE = { scorm12: 'scormtype', scorm2004: 'scormType' };
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';

type Structure = Omit<DescriptorFindings, 'format' | 'listsFiles'>;
type Edition = 'scorm12' | 'scorm2004';
type Report = (at: XmlElement, severity: Diagnostic['severity'], ruleId: string, message: string, hint?: string) => void;

/** References, identifiers and the SCORM rules the XSDs do not enforce (CAM content packaging). */
export function checkScormStructure(root: XmlElement, edition: Edition, where: { file: string; descriptor: DescriptorLocation }): Structure {
  const { file, descriptor } = where;
  const diagnostics: Diagnostic[] = [];
  const report: Report = (at, severity, ruleId, message, hint) =>
    void diagnostics.push({ file, line: at.line, column: at.column, severity, ruleId, message, ...(hint ? { hint } : {}) });
  const cp = root.uri;

  // All identifiers are xs:ID, so organization, item and resource ids share one space.
  const seen = new Map<string, XmlElement>();
  for (const element of descendants(root).filter((e) => e.uri === cp && ['manifest', 'organization', 'item', 'resource'].includes(e.local))) {
    const id = attr(element, 'identifier');
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first) report(element, 'error', 'id-duplicate', `The identifier "${id}" is already used on line ${first.line}; identifiers must be unique across the manifest.`);
    else seen.set(id, element);
  }

  const resourcesElement = childNamed(root, 'resources');
  const resources = new Map(
    childrenNamed(resourcesElement ?? root, 'resource').map((resource) => [attr(resource, 'identifier') ?? '', resource] as const),
  );
  const bases = (resource: XmlElement) =>
    [root, resourcesElement, resource].map((element) => (element ? attr(element, 'base', XML_NS) ?? '' : ''));

  const organizations = childNamed(root, 'organizations');
  const orgs = organizations ? childrenNamed(organizations, 'organization') : [];
  const defaultId = organizations ? attr(organizations, 'default') : undefined;
  const chosen = orgs.find((org) => attr(org, 'identifier') === defaultId) ?? orgs[0];
  if (orgs.length === 0) {
    report(organizations ?? root, 'error', 'launch-missing', 'The manifest has no <organization>, so an LMS has nothing to launch.');
  } else if (defaultId === undefined) {
    report(organizations!, 'warning', 'organization-default', '<organizations> has no default attribute; some LMS importers reject the package.', `Add default="${attr(orgs[0]!, 'identifier') ?? ''}".`);
  } else if (!orgs.some((org) => attr(org, 'identifier') === defaultId)) {
    report(organizations!, 'error', 'organization-default', `<organizations default="${defaultId}"> names no <organization> in the manifest.`);
  }

  for (const element of descendants(root)) {
    const ref = attr(element, 'identifierref');
    if (element.uri !== cp || ref === undefined || !['item', 'dependency'].includes(element.local)) continue;
    if (!resources.has(ref)) report(element, 'error', 'reference-broken', `<${element.local} identifierref="${ref}"> names no <resource> in the manifest.`);
  }

  const references: PackageReference[] = [];
  const addReference = (at: XmlElement, base: string[], href: string, role: PackageReference['role']) => {
    const resolved = resolveHref(descriptor.dir, base, href);
    if (resolved.kind === 'rooted') {
      report(at, 'error', 'href-absolute', `href="${href}" starts with "/": LMSs would look for it at the root of their own web server.`, 'hrefs are relative to the manifest (the ADL conformance test suite fails this).');
    } else if (resolved.kind === 'outside') {
      report(at, 'error', role === 'launch' ? 'launch-missing' : 'file-missing', `href="${href}" points outside the package.`);
    } else if (resolved.kind === 'external' && role === 'launch') {
      report(at, 'warning', 'launch-external', `The launch URL ${resolved.url} is on another server: a SCO there cannot find the LMS's SCORM API across origins.`);
    } else if (resolved.kind === 'inside') {
      references.push({ path: resolved.path, role, written: href, line: at.line, column: at.column });
    }
  };

  const launchable = new Set<XmlElement>();
  const items = orgs.flatMap((org) => descendants(org).filter((e) => e.local === 'item' && e.uri === cp));
  for (const item of items) {
    const resource = resources.get(attr(item, 'identifierref') ?? '\0');
    if (!resource || launchable.has(resource)) continue;
    launchable.add(resource);
    const href = attr(resource, 'href');
    if (href === undefined) report(resource, 'error', 'launch-missing', `Item "${attr(item, 'identifier') ?? ''}" launches resource "${attr(resource, 'identifier') ?? ''}", which has no href.`);
    else addReference(resource, bases(resource), href, 'launch');
    checkScormType(resource, edition, report);
  }
  for (const resource of resources.values()) {
    const href = attr(resource, 'href');
    if (href !== undefined && !launchable.has(resource)) addReference(resource, bases(resource), href, 'file');
    for (const fileElement of childrenNamed(resource, 'file')) {
      const fileHref = attr(fileElement, 'href');
      if (fileHref !== undefined) addReference(fileElement, bases(resource), fileHref, 'file');
    }
  }
  // adlcp:location points at a metadata file kept beside the manifest (CAM metadata).
  for (const location of descendants(root).filter((e) => e.local === 'location' && e.uri === ADLCP[edition] && e.text !== '')) {
    addReference(location, [attr(root, 'base', XML_NS) ?? ''], location.text, 'file');
  }

  const launchItem = chosen && descendants(chosen).find((e) => e.local === 'item' && resources.has(attr(e, 'identifierref') ?? '\0'));
  const launchResource = launchItem && resources.get(attr(launchItem, 'identifierref')!);
  const launchHref = launchResource && attr(launchResource, 'href');
  const launchResolved = launchHref === undefined || !launchResource ? null : resolveHref(descriptor.dir, bases(launchResource), launchHref);
  const launch = !launchResolved ? null : launchResolved.kind === 'inside' ? launchResolved.path : launchResolved.kind === 'external' ? launchResolved.url : launchHref!;

  const scoCount = [...resources.values()].filter((resource) => scormTypeOf(resource) === 'sco').length;
  // A course often opens on an unscored SCO; the pass mark is the first one declared.
  const scores = new Map(items.map((item) => [item, mastery(item, edition, report)]));
  const masteryScore = (chosen ? descendants(chosen) : []).map((e) => scores.get(e)).find((score) => score != null) ?? null;
  return { launch, scoCount, masteryScore, references, diagnostics };
}

function scormTypeOf(resource: XmlElement): string | undefined {
  return resource.attributes.find((a) => a.local.toLowerCase() === 'scormtype')?.value;
}

function checkScormType(resource: XmlElement, edition: Edition, report: Report): void {
  const expected = `adlcp:${SCORM_TYPE[edition]}`;
  const found = resource.attributes.find((a) => a.local.toLowerCase() === 'scormtype');
  const id = attr(resource, 'identifier') ?? '';
  if (!found) {
    report(resource, 'warning', 'sco-type-missing', `Launched resource "${id}" has no ${expected}; some LMSs then treat it as an asset and give it no SCORM API, so no progress is recorded.`, `Add ${expected}="sco" if it talks to the LMS.`);
  } else if (found.local !== SCORM_TYPE[edition] || found.uri !== ADLCP[edition]) {
    report(resource, 'error', 'sco-type-missing', `Resource "${id}" says ${found.local} in namespace "${found.uri}"; ${edition === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'} reads ${expected} (${ADLCP[edition]}), so LMSs will not see it.`);
  }
}

/**
 * An item's pass mark: SCORM 1.2 adlcp:masteryscore (0–100; the XSD
 * types it as a string, so the range is checked here), SCORM 2004 the primary
 * objective's imsss:minNormalizedMeasure (−1..1, which its XSD enforces).
 */
function mastery(item: XmlElement, edition: Edition, report: Report): number | null {
  if (edition === 'scorm12') {
    const element = childNamed(item, 'masteryscore', ADLCP.scorm12);
    if (!element) return null;
    const value = Number(element.text);
    if (element.text === '' || !Number.isFinite(value) || value < 0 || value > 100) {
      report(element, 'error', 'mastery-score-invalid', `adlcp:masteryscore is "${element.text}"; it must be a number from 0 to 100.`);
      return null;
    }
    return value;
  }
  const sequencing = childNamed(item, 'sequencing', IMSSS);
  const objective = sequencing && childNamed(childNamed(sequencing, 'objectives', IMSSS) ?? sequencing, 'primaryObjective', IMSSS);
  const measure = objective && childNamed(objective, 'minNormalizedMeasure', IMSSS);
  const value = measure ? Number(measure.text) : NaN;
  return measure && Number.isFinite(value) ? value : null;
}
