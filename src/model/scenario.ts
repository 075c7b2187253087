/**
 * A branching scenario: decision points, each with choices that lead to a
 * consequence and then to another decision or to the end. The draft keeps
 * the Markdown and positions for `check`; the compiled form is what the
 * player receives.
 */
import type { RootContent } from 'mdast';
import type { Position } from '../diagnostics/diagnostic.js';

/** How good a choice is: the best one is the decision's correct response. */
export type Rating = 'best' | 'acceptable' | 'harmful';

/** Where a choice leads: a decision's index, or the end of the scenario. */
export const SCENARIO_END = -1;

export interface Scenario {
  /** Author-given `#id`; decision n's interaction id is `<id>-n`. */
  id: string;
  /** True inside the assessment lesson: its decisions count toward the score. */
  graded: boolean;
  /** What precedes the first decision, shown above it throughout. */
  introHtml: string;
  decisions: Decision[];
}

export interface Decision {
  /** `<scenario id>-<n>`, n from 1 in source order: the interaction id. */
  id: string;
  title: string;
  promptHtml: string;
  /** Title and prompt as plain text, for interaction descriptions. */
  promptText: string;
  choices: ScenarioChoice[];
}

export interface ScenarioChoice {
  /** `a`, `b`, … (SCORM 1.2 single-character responses). */
  id: string;
  html: string;
  text: string;
  rating: Rating;
  feedbackHtml: string;
  /** Index of the next decision, or SCENARIO_END. */
  next: number;
}

export interface ScenarioDraft {
  id: string | null;
  position: Position;
  /** Inside the assessment lesson. */
  graded: boolean;
  /** Index into the lesson's screens. */
  screen: number;
  intro: RootContent[];
  decisions: DecisionDraft[];
}

export interface DecisionDraft {
  title: string;
  position: Position;
  prompt: RootContent[];
  /** Empty when the section ends without a list of choices. */
  choices: ScenarioChoiceDraft[];
}

export interface ScenarioChoiceDraft {
  /** The choice's text without its `→ target`. */
  content: RootContent[];
  text: string;
  position: Position;
  /** What follows `→`, as written; null when the choice names no target. */
  target: string | null;
  /** The feedback blockquote's content, without the rating word; empty when there is none. */
  feedback: RootContent[];
  hasFeedback: boolean;
  /** From the feedback's leading bold word; null when missing or not a rating. */
  rating: Rating | null;
  /** The bold word as written, when it is not a rating. */
  ratingWord: string | null;
}
