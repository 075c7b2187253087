/**
 * The compiled course: what `render` produces and every package format reads.
 * It holds finished, sanitised HTML fragments and no source-file detail beyond
 * what a format needs, so adding a format never means re-reading Markdown.
 */

import type { Scenario } from './scenario.js';
import type { UiStrings } from './ui-strings.js';

/** How the runtime reports the end of a course to the LMS. */
export type StatusPolicy =
  /** passed/failed when there is an assessment, else completed (the default). */
  | 'passed-failed'
  /** completed (or incomplete) only, for LMSs that treat passed/failed oddly. */
  | 'completed-incomplete';

export interface Course {
  /** Manifest identifier; stable across rebuilds. `[A-Za-z][A-Za-z0-9._-]*`. */
  id: string;
  title: string;
  /** Semver. */
  version: string;
  /** BCP 47 tag, e.g. `en`, `es-US`. */
  language: string;
  description: string;
  organization: string;
  /** xAPI/cmi5 activity IRI of the course; stable across rebuilds. */
  activityId: string;
  /** Author's estimate in minutes, or null when not given. */
  durationMinutes: number | null;
  statusPolicy: StatusPolicy;
  /** Every label the player shows: the built-in table of the language, with course.yml's `labels:` over it. */
  strings: UiStrings;
  modules: Module[];
  /** Every question, knowledge check and assessment alike, in source order. */
  questions: Question[];
  /** Branching scenarios in source order; absent when the course has none. */
  scenarios?: Scenario[];
  /** Null when no lesson has `assessment` front matter. */
  assessment: Assessment | null;
  /** Files copied into the package besides the player, sorted by `packagePath`. */
  assets: Asset[];
  theme: CourseTheme;
}

/** The branding a course.yml or --vars `theme:` gave, already contrast-checked. */
export interface CourseTheme {
  /** Package path of the logo image, or null for none. */
  logo: string | null;
  /** Colours that replace the player's defaults, per colour scheme (custom property name without `--`). */
  colours: { light: Record<string, string>; dark: Record<string, string> };
  /** CSS font stack, or null for the player's default. */
  font: string | null;
}

/** `href` of a link to module n (1-based) in a screen's HTML; the player turns it into navigation. */
export const MODULE_LINK_PREFIX = '#cease-module-';

export interface Module {
  /** `m1`, `m2`, … in file order. */
  id: string;
  title: string;
  /** Lesson file name relative to the course folder, e.g. `03-indicators.md`. */
  source: string;
  /** True for the lesson whose front matter has `assessment:`. */
  isAssessment: boolean;
  screens: Screen[];
}

export interface Screen {
  /** `m1s1`, `m1s2`, … : short, so a bookmark fits `cmi.core.lesson_location`. */
  id: string;
  title: string;
  blocks: Block[];
}

export type Block =
  | { kind: 'html'; html: string }
  /** A knowledge check shown in place. Assessment questions never appear as blocks. */
  | { kind: 'question'; questionId: string }
  /** A branching scenario, played in place; graded ones too (they sit among the assessment's introduction screens). */
  | { kind: 'scenario'; scenarioId: string };

export type QuestionKind = 'true-false' | 'single' | 'multiple';

export interface Question {
  /** Author-given `#id`: the interaction id the LMS reports. `[A-Za-z0-9_-]+`. */
  id: string;
  kind: QuestionKind;
  /** True when the question belongs to the graded assessment pool. */
  graded: boolean;
  promptHtml: string;
  /** In source order; `id` is `a`, `b`, … (SCORM 1.2 single-character responses). */
  choices: Choice[];
  feedbackHtml: string;
  /** Plain-text prompt, for interaction descriptions (xAPI, SCORM 2004). */
  promptText: string;
}

export interface Choice {
  id: string;
  html: string;
  text: string;
  correct: boolean;
}

export interface Assessment {
  moduleId: string;
  /** 0–100. */
  passingScore: number;
  /** Questions drawn per attempt; equals the pool size when `draw` is not given. */
  draw: number;
  shuffle: boolean;
  /** Attempts allowed; 0 means unlimited. */
  attempts: number;
  questionIds: string[];
  /** Pool indexes asked in every attempt (`always` questions); absent when none. */
  always?: number[];
  /** Draw by tag: each quota's count comes from its pool indexes; absent for a plain draw. */
  blueprint?: DrawQuota[];
}

/** `count` questions per attempt from `pool` (indexes of the questions with `tag`); `always` ones count toward it. */
export interface DrawQuota {
  tag: string;
  count: number;
  pool: number[];
}

export interface Asset {
  /** Absolute path on disk, already checked to lie inside the course folder. */
  sourcePath: string;
  /** Path inside the package, `/`-separated, e.g. `assets/map.png`. */
  packagePath: string;
}
