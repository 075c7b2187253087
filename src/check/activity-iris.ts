import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Course } from '../model/course.js';
import type { CourseSettings, Location, PlaceholderValue } from '../model/draft.js';
import { cmi5AuId } from '../package/cmi5/cmi5-format.js';
import { playerCourse } from '../package/player-files.js';
import { interactionFor } from '../runtime/core/answers.js';
import { buildPages } from '../runtime/core/pages.js';
import { StatementBuilder } from '../runtime/transport/xapi-statements.js';
import { iriProblem, iriRepair, type IriProblem } from './iri-syntax.js';

interface EmittedIri {
  iri: string;
  /** What carries it, for the message. */
  what: string;
}

/**
 * Every IRI the course puts in tincan.xml, cmi5.xml and the player's
 * statements, built by the player's own code so the check follows it. The
 * statements' root is the course activity (xAPI launch) or the AU (cmi5).
 */
export function emittedIris(course: Course): EmittedIri[] {
  const auId = cmi5AuId(course.activityId);
  const iris: EmittedIri[] = [
    { iri: course.activityId, what: 'the activity id' },
    { iri: auId, what: 'the cmi5 AU id' },
  ];
  const player = playerCourse(course);
  const pages = buildPages(player);
  for (const root of [course.activityId, auId]) {
    const statements = new StatementBuilder({
      actor: { objectType: 'Agent', account: { homePage: 'https://cease.invalid', name: 'learner' } },
      activityId: root,
      registration: null,
      title: course.title,
      language: course.language,
      template: {},
    });
    for (const page of pages) iris.push({ iri: statements.page(page.id, '').id, what: `the statement id of page ${page.id}` });
    for (const question of course.questions) {
      iris.push({ iri: statements.interaction(interactionFor(question, 0, 0, 0), question).id, what: `the statement id of question ${question.id}` });
    }
  }
  return iris;
}

/**
 * An LRS refuses every statement whose activity id is not an IRI (xAPI-Data
 * §2.4.4.1 and §4.3, RFC 3987) with 400, so a space that a vars value puts
 * into the activity id would lose every learner's record. One finding is
 * enough: every other IRI is built from the activity id.
 */
export function checkActivityIris(course: Course, settings: CourseSettings, diagnostics: Diagnostic[]): void {
  for (const { iri, what } of emittedIris(course)) {
    const problem = iriProblem(iri);
    if (!problem) continue;
    const culprit = problem.character === undefined ? undefined : settings.activityIdValues.find((value) => value.value.includes(problem.character as string));
    diagnostics.push(invalidIri(iri, what, problem, culprit, settings.activityIdAt));
    return;
  }
}

function invalidIri(iri: string, what: string, problem: IriProblem, culprit: PlaceholderValue | undefined, activityIdAt: Location): Diagnostic {
  const at = culprit?.at ?? activityIdAt;
  const cause = `${culprit ? `{{${culprit.name}}} is "${culprit.value}", so ${what}` : capitalized(what)} becomes "${iri}"`;
  return {
    file: at.file,
    line: at.position.line,
    column: at.position.column,
    severity: 'error',
    ruleId: 'activity-iri',
    message: `${cause}, which is not a valid IRI (RFC 3987): ${problem.message}. An LRS would refuse every statement about it.`,
    hint: hintFor(problem, culprit),
  };
}

function hintFor(problem: IriProblem, culprit: PlaceholderValue | undefined): string {
  if (problem.character === undefined) return 'Start activityId with a scheme and a domain you control, e.g. https://training.example.gov/courses/cease.';
  const fix = iriRepair(problem);
  return culprit ? `${fix.slice(0, -1)}, or use a variable that holds a slug such as "${slugOf(culprit.value)}".` : fix;
}

function slugOf(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
