import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Course } from '../model/course.js';
import type { CourseDraft } from '../model/draft.js';
import type { PackageFormat, ResumeDataLimit } from '../package/format.js';
import { formats } from '../package/formats.js';
import { playerCourse } from '../package/player-files.js';
import { buildPages } from '../runtime/core/pages.js';
import { decodeState, encodeState, type StateShape, type SuspendState } from '../runtime/core/progress-state.js';
import { largestScenarioProgress } from '../scenario/largest-scenario-progress.js';

/** Seeds and lineage stamps are 32-bit (seeded-random); unlimited attempts are counted as high, which no learner reaches. */
const LARGEST_NUMBER = 2 ** 32 - 1;
const LARGEST_LINEAGE = { origin: LARGEST_NUMBER, session: LARGEST_NUMBER };
/** Best score: 0–100 with two decimals; 100 is the largest. */
const BEST_SCORE = 100;

/**
 * The player's resume data must fit what the platform keeps. The player
 * drops knowledge-check answers and then visited flags to fit, never the
 * assessment (attempt, draw, answers, best score): that is measured here
 * with the player's own encoder, on the largest state the course allows.
 */
export function checkResumeData(course: Course, draft: CourseDraft, format: PackageFormat, diagnostics: Diagnostic[]): void {
  const limit = format.resumeData;
  const shape = shapeOf(course);
  const state = largestState(course, shape.draw);
  const kept = encodeState(state, limit.characters);
  const assessed = draft.lessons.find((lesson) => lesson.assessment);
  if (kept.length > limit.characters && assessed?.assessment) {
    const fits = largestDrawThatFits(course, limit);
    diagnostics.push({
      file: assessed.file,
      ...assessed.assessment.position,
      severity: 'error',
      ruleId: 'suspend-data-size',
      message: `${keeps(limit)}, but with ${shape.draw.toLocaleString('en-US')} questions drawn${gradedScenarios(course) > 0 ? ` and ${gradedScenarios(course)} graded scenarios` : ''} the assessment alone can take ${count(kept.length)}, which the player never drops: ${count(kept.length - limit.characters)} too many. The LMS would refuse or cut the data and learners would lose their attempts and score.`,
      hint: remedies(fits > 0 ? `draw at most ${fits.toLocaleString('en-US')} questions per attempt (${course.assessment?.blueprint ? 'lower the counts per tag to that many in all' : `"draw: ${fits}" under "assessment:"`})` : 'draw fewer questions per attempt', limit),
    });
    return;
  }
  const full = encodeState(state, Infinity);
  if (full.length <= limit.characters) return;
  diagnostics.push({
    file: draft.configFile,
    severity: 'warning',
    ruleId: 'suspend-data-dropped',
    message: `A learner who has seen all ${shape.screens.toLocaleString('en-US')} screens and answered all ${checkCount(course).toLocaleString('en-US')} knowledge checks needs ${count(full.length)} of resume data; ${keeps(limit)}, so the player would forget ${dropped(decodeState(kept, anyPath(shape)), course)} (the assessment is always kept).`,
    hint: remedies('use fewer knowledge checks or screens', limit),
  });
}

function shapeOf(course: Course): StateShape {
  return {
    screens: buildPages(playerCourse(course)).filter((page) => page.kind === 'screen').length,
    questions: course.questions.length,
    pool: course.assessment?.questionIds.length ?? 0,
    draw: course.assessment?.draw ?? 0,
    scenarios: (course.scenarios ?? []).map((scenario) => ({ graded: scenario.graded, next: scenario.decisions.map((decision) => decision.choices.map((choice) => choice.next)) })),
  };
}

/**
 * Every screen seen, every knowledge check answered with every choice, and
 * an assessment at its last attempt with the largest seed, drawing the
 * highest pool indexes and answering with the largest answers the pool has;
 * every scenario at its longest path; the largest lineage stamps.
 */
function largestState(course: Course, draw: number): SuspendState {
  const screens = shapeOf(course).screens;
  const checks = new Map<number, number>();
  course.questions.forEach((question, index) => {
    if (!question.graded) checks.set(index, largestAnswer(question.choices.length));
  });
  const assessment = course.assessment;
  const scenarios = largestScenarioProgress(course.scenarios ?? []);
  if (!assessment) return { visited: new Array<boolean>(screens).fill(true), checks, assessment: null, scenarios, lineage: LARGEST_LINEAGE };
  const byId = new Map(course.questions.map((question) => [question.id, question]));
  const poolAnswers = assessment.questionIds.map((id) => largestAnswer(byId.get(id)?.choices.length ?? 26)).sort((a, b) => b - a);
  const pool = assessment.questionIds.length;
  return {
    visited: new Array<boolean>(screens).fill(true),
    checks,
    assessment: {
      attempt: assessment.attempts === 0 ? LARGEST_NUMBER : assessment.attempts,
      seed: LARGEST_NUMBER,
      drawn: Array.from({ length: draw }, (_, slot) => pool - draw + slot),
      answers: poolAnswers.slice(0, draw),
      best: BEST_SCORE,
    },
    scenarios,
    lineage: LARGEST_LINEAGE,
  };
}

/** An answer is a bit mask over the choices; every choice picked is the largest. */
function largestAnswer(choices: number): number {
  return 2 ** choices - 1;
}

/** The largest `draw` whose assessment part fits, found by bisection (the size grows with the draw). */
function largestDrawThatFits(course: Course, limit: ResumeDataLimit): number {
  let low = 0;
  let high = course.assessment?.draw ?? 0;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (encodeState(largestState(course, middle), limit.characters).length <= limit.characters) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The largest state's picks are sized, not played: read them as if every choice led back to the first decision. */
function anyPath(shape: StateShape): StateShape {
  return { ...shape, scenarios: shape.scenarios?.map(({ graded, next }) => ({ graded, next: next.map((choices) => choices.map(() => 0)) })) };
}

function dropped(kept: SuspendState | null, course: Course): string {
  const checks = checkCount(course);
  if (!kept) return 'part of it';
  const parts = [];
  if (kept.checks.size < checks) parts.push(`the answers to ${(checks - kept.checks.size).toLocaleString('en-US')} of the ${checks.toLocaleString('en-US')} knowledge checks`);
  const practice = (course.scenarios ?? []).length - gradedScenarios(course);
  if (practice > 0 && (kept.scenarios?.size ?? 0) < (course.scenarios ?? []).length) parts.push(`the place in ${practice.toLocaleString('en-US')} practice scenarios`);
  if (!kept.visited.some(Boolean)) parts.push('which screens were seen');
  return parts.join(' and ');
}

function gradedScenarios(course: Course): number {
  return (course.scenarios ?? []).filter((scenario) => scenario.graded).length;
}

function checkCount(course: Course): number {
  return course.questions.filter((question) => !question.graded).length;
}

function keeps(limit: ResumeDataLimit): string {
  return `${limit.standard} keeps ${count(limit.characters)} of resume data in ${limit.store}`;
}

/** "Draw at most …, or build --format scorm2004 (64,000), xapi (32,000) or cmi5 (32,000), which keep more." */
function remedies(change: string, limit: ResumeDataLimit): string {
  const roomier = [...formats.values()].filter((format) => format.resumeData.characters > limit.characters);
  const names = roomier.map((format) => `${format.name} (${format.resumeData.characters.toLocaleString('en-US')})`);
  const build = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
  const text = build ? `${change}, or build --format ${build}, which keep${names.length > 1 ? '' : 's'} more` : change;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function count(characters: number): string {
  return `${characters.toLocaleString('en-US')} characters`;
}
