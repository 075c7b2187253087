/**
 * The parsed course: Markdown trees and front matter with their source
 * positions, before any check has passed. `check` reads it; `render` turns it
 * into the compiled `Course` once no error was found.
 */
import type { Root, RootContent, Image } from 'mdast';
import type { Position } from '../diagnostics/diagnostic.js';
import type { ScenarioDraft } from './scenario.js';

/** A file and a position in it. */
export interface Location {
  file: string;
  position: Position;
}
import type { StatusPolicy } from './course.js';
import type { UiStrings } from './ui-strings.js';

export type Variables = { [name: string]: string | number | boolean | Variables };

export interface CourseSettings {
  id: string;
  title: string;
  version: string;
  language: string;
  description: string;
  organization: string;
  /** xAPI/cmi5 activity IRI; course.yml `activityId` or derived from `id`. */
  activityId: string;
  /** Where `activityId` is written (or `id`, when the activity id is derived from it), for findings about it. */
  activityIdAt: Location;
  /** The placeholder values filled into `activityId`, each with where it is written. */
  activityIdValues: PlaceholderValue[];
  passingScore: number | null;
  duration: number | null;
  /** Where `duration` is written (course.yml or the translation's), for findings about it. */
  durationAt: Location | null;
  statusPolicy: StatusPolicy;
  variables: Variables;
  /** Severity overrides per rule id. */
  rules: Record<string, 'error' | 'warning' | 'off'>;
  /** Where each id under `rules:` is written, for an id no rule has. */
  ruleLocations: Record<string, Location>;
  /** The player's labels: built-in for the language, with course.yml's `labels:` over them. */
  labels: UiStrings;
  theme: ThemeSettings;
}

/** A theme value and the file and line that set it (course.yml or a --vars file). */
export interface ThemeValue {
  value: string;
  at: Location;
}

/** course.yml `theme:` with each --vars file's `theme:` merged over it, key by key. */
export interface ThemeSettings {
  logo?: ThemeValue;
  accent?: ThemeValue;
  accentText?: ThemeValue;
  font?: ThemeValue;
}

export interface PlaceholderValue {
  /** `city.name` for `{{city.name}}`. */
  name: string;
  value: string;
  at: Location;
}

export interface AssessmentSettings {
  passingScore: number | null;
  shuffle: boolean;
  /** Questions per attempt: the number given, or the sum of the blueprint's counts. */
  draw: number | null;
  /** `draw` given as tag → count, in the author's order; null for a plain number. */
  blueprint: DrawQuotaDraft[] | null;
  attempts: number;
  /** Where `assessment:` sits in the front matter. */
  position: Position;
}

/** One line of a draw blueprint: `count` questions tagged `tag`. */
export interface DrawQuotaDraft {
  tag: string;
  count: number;
  position: Position;
}

export interface CourseDraft {
  /** Absolute path of the course folder. */
  dir: string;
  /** Display path of course.yml. */
  configFile: string;
  settings: CourseSettings;
  lessons: LessonDraft[];
  /** Files in the course folder: `/`-separated path → lies inside the folder (not a symlink out). */
  files: ReadonlyMap<string, boolean>;
  /** Bytes of each file inside the folder (absent in hand-made drafts). */
  fileSizes?: ReadonlyMap<string, number>;
  /** SVG files that carry script or event handlers (absent in hand-made drafts). */
  scriptedFiles?: ReadonlySet<string>;
  /** NFC path (the key of `files`) → the path as the file system spells it, for reading the file. */
  diskPaths?: ReadonlyMap<string, string>;
  /** Text of each WebVTT (.vtt) caption file inside the folder (absent in hand-made drafts). */
  captionTexts?: ReadonlyMap<string, string>;
  /** Lesson texts of the course's other languages and the variant files in cities/ (not built), so an asset only they use is not called unused. */
  otherLanguages?: readonly string[];
}

export interface LessonDraft {
  /** Display path, for diagnostics. */
  file: string;
  /** File name, e.g. `01-welcome.md`. */
  name: string;
  title: string;
  sources: string[];
  assessment: AssessmentSettings | null;
  /** The body after front matter removal and placeholder substitution. */
  tree: Root;
  screens: ScreenDraft[];
  questions: QuestionDraft[];
  /** `:::scenario` blocks, in source order (absent in hand-made drafts). */
  scenarios?: ScenarioDraft[];
  images: Image[];
}

export interface ScreenDraft {
  title: string;
  /** Nodes after the `##` heading (or the lesson start), up to the next `##`. */
  nodes: RootContent[];
  position: Position;
}

export interface QuestionDraft {
  id: string | null;
  /** Directive attributes other than the id, tags and always (`{#a.b}` parses as id `a`, class `b`). */
  otherAttributes: string[];
  /** `tags="…"` as written, or null; split on spaces into the tags a blueprint draws by. */
  tags: string | null;
  /** `always` as written ('' for the bare attribute), or null when absent. */
  always: string | null;
  position: Position;
  /** Index into the lesson's screens. */
  screen: number;
  graded: boolean;
  prompt: RootContent[];
  choices: ChoiceDraft[];
  feedback: RootContent[];
  /** Content the question syntax has no place for (e.g. a second list). */
  stray: RootContent[];
}

export interface ChoiceDraft {
  /** Phrasing/flow content of the list item. */
  content: RootContent[];
  text: string;
  correct: boolean;
  position: Position;
}

/** A question's tags: `tags="reporting hotline"` is two. */
export function questionTags(question: QuestionDraft): string[] {
  return question.tags?.split(/\s+/).filter((tag) => tag !== '') ?? [];
}
