/**
 * What the player core needs from a learning platform, in neutral terms. One
 * implementation per standard (SCORM 1.2, SCORM 2004, xAPI, cmi5) maps these
 * onto its own data model; the core never knows which one it talks to.
 *
 * Writes are buffered by the platform until `commit`; `commit` and `finish`
 * return promises so network transports fit, but a SCORM transport makes its
 * API calls synchronously inside the call (page dismissal allows no waiting).
 */

export type CompletionStatus = 'not-attempted' | 'incomplete' | 'completed';
export type SuccessStatus = 'unknown' | 'passed' | 'failed';

/** Completion and success kept apart, as SCORM 2004, xAPI and cmi5 do; SCORM 1.2 folds them into one field. */
export interface CourseStatus {
  completion: CompletionStatus;
  success: SuccessStatus;
}

export interface Score {
  /** 0–100, at most two decimals. */
  raw: number;
  min: number;
  max: number;
  /** raw / max, 0–1. */
  scaled: number;
}

/** One answered question, journaled by the platform (never rewritten). */
export interface InteractionRecord {
  /** The question id, `[A-Za-z0-9_-]+`. */
  id: string;
  type: 'true-false' | 'choice';
  /** Plain-text prompt, for standards that carry a description. */
  description: string;
  /** Choice ids the learner picked (`a`, `b`, …); for true-false, `a` is True and `b` is False. */
  response: string[];
  /** Choice ids of the correct answer. */
  correct: string[];
  /** `neutral`: neither right nor wrong (a scenario choice rated acceptable). */
  result: 'correct' | 'incorrect' | 'neutral';
  /** 1 for graded assessment questions, 0 for knowledge checks. */
  weighting: number;
  /** Time from showing the question to answering it. */
  latencyMs: number;
  /** When the answer was given (epoch milliseconds). */
  timestamp: number;
  /** The choices offered, for answers that are not a course question (scenario decisions). */
  choices?: { id: string; text: string }[];
}

/** What the platform knows when the course opens. */
export interface LaunchData {
  /** Bookmark (a page id), or '' on a first launch. */
  location: string;
  /** Encoded SuspendState, or ''. */
  suspendData: string;
  /** True when the platform asks the course to carry on where the learner left off. */
  resumed: boolean;
  status: CourseStatus;
  /** Score (0–100) the platform holds from earlier sessions, or null. */
  score: number | null;
  /** Pass mark (0–100) imposed by the platform, or null to use the course's own. */
  masteryScore: number | null;
  /** Identifies the learner, so a browser backup never crosses learners; '' when unknown. */
  learnerId: string;
  /** Most characters `setSuspendData` may store. */
  suspendDataLimit: number;
}

/** A page the learner opened, for standards that report what was seen (xAPI `experienced`). */
export interface PageView {
  /** Page id, as in `setLocation`. */
  id: string;
  title: string;
  /** Share of the course's screens seen so far, 0–100. */
  progress: number;
}

/** A video or audio clip the learner played to its end. */
export interface MediaView {
  /** The clip's path in the package. */
  id: string;
  title: string;
}

/** `suspend` keeps the attempt open for resume; `normal` ends it (the course is done). */
export type ExitMode = 'suspend' | 'normal';

/**
 * Thrown by `start` when this window's session has already ended (cmi5: a
 * reload after `terminated`): nothing this window does can be recorded.
 */
export class SessionEndedError extends Error {}

export interface Transport {
  /**
   * Opens the session; rejects when the platform cannot be used at all, or
   * when what it holds cannot be read (then nothing may be written over it).
   */
  start(): Promise<LaunchData>;
  /**
   * Who and which attempt this launch is for, known before `start` succeeds
   * (xAPI and cmi5: the actor and the registration); absent when only the
   * platform's data can tell (SCORM: `learnerId`).
   */
  owner?(): string;
  /** True when answers recorded while the platform is unreachable are kept by the transport itself until delivered. */
  readonly keepsUnsentAnswers?: boolean;
  /** True once the platform refused part of the record for good in this session (e.g. an LRS's 400 or 403). */
  refusedSome?(): boolean;
  /** False when the platform stores results but no bookmark (an LRS without the State API). */
  keepsPlace?(): boolean;
  setLocation(pageId: string): void;
  setSuspendData(data: string): void;
  /** Callers write the score before the status (some LMSs read the score when the status arrives). */
  setScore(score: Score): void;
  setStatus(status: CourseStatus): void;
  recordInteraction(interaction: InteractionRecord): void;
  /** Optional: told about every page shown, revisits included. */
  pageViewed?(view: PageView): void;
  /** Optional: a clip played to its end (xAPI `experienced` on the clip's activity). */
  mediaViewed?(view: MediaView): void;
  /** How the session ends if it is cut short; written early so an abrupt close still resumes. */
  setExit(exit: ExitMode): void;
  /** Sends what was written; false when the platform refused or failed any of it. */
  commit(): Promise<boolean>;
  /**
   * Commits and closes the session; only the first call does anything.
   * `leaving`: the page is going away, so nothing may be awaited (the
   * learner's Exit, with the page still there, waits for delivery instead).
   */
  finish(exit: ExitMode, leaving: boolean): Promise<boolean>;
}
