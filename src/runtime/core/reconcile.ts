import type { InteractionRecord } from '../transport/transport.js';
import type { AssessmentState } from './assessment.js';
import type { BrowserCopy } from './browser-copy.js';
import type { SuspendState } from './progress-state.js';

export interface Resumed {
  /** Null: start from nothing. */
  state: SuspendState | null;
  location: string;
  /** Answers from the copy that the platform has never received. */
  interactions: InteractionRecord[];
}

/**
 * Decides what a launch resumes from: the platform's state, a copy this
 * browser kept, or both merged. A copy counts only when it belongs to the
 * attempt the platform holds:
 *
 * - the platform still holds the state the copy's session began from, or a
 *   state written by that same session: the copy is newer, and its bookmark
 *   wins;
 * - the copy's session could not read the platform (`base` null) and the
 *   copy was claimed (it is this learner's, known by key or by asking): it
 *   is merged, bookmark included;
 * - both descend from the same start of the attempt (same origin) but the
 *   platform has moved on elsewhere: merged, the platform's bookmark kept;
 * - anything else (the platform started a new attempt, or the copy is from
 *   another one): the copy is not used.
 *
 * Merging never lowers anything: screens seen and checks answered are
 * united, the further attempt is kept, and the best score is the higher.
 */
export function reconcile(platform: SuspendState | null, location: string, copy: (BrowserCopy & { state: SuspendState | null }) | null): Resumed {
  const fromPlatform: Resumed = { state: platform, location, interactions: [] };
  if (!copy?.state) return fromPlatform;
  const session = platform?.lineage.session ?? 0;
  const descends = copy.base === null || session === copy.base || session === copy.state.lineage.session;
  const sameAttempt = platform !== null && platform.lineage.origin !== 0 && platform.lineage.origin === copy.state.lineage.origin;
  if (!descends && !sameAttempt) return fromPlatform;
  return {
    state: platform ? merged(platform, copy.state) : copy.state,
    location: descends ? copy.location : location,
    interactions: copy.interactions,
  };
}

function merged(platform: SuspendState, copy: SuspendState): SuspendState {
  return {
    visited: platform.visited.map((seen, index) => seen || copy.visited[index] === true),
    // The platform's answer wins where both checked the same question: either is the learner's own.
    checks: new Map([...copy.checks, ...platform.checks]),
    assessment: furtherAttempt(platform.assessment, copy.assessment),
    lineage: platform.lineage.origin !== 0 ? platform.lineage : copy.lineage,
  };
}

/** The attempt further along (later attempt, then more answers), with the best score of both. */
function furtherAttempt(a: AssessmentState | null, b: AssessmentState | null): AssessmentState | null {
  if (!a || !b) return a ?? b;
  const further = b.attempt > a.attempt || (b.attempt === a.attempt && b.answers.length > a.answers.length) ? b : a;
  const bests = [a.best, b.best].filter((best): best is number => best !== null);
  return { ...further, best: bests.length ? Math.max(...bests) : null };
}
