/**
 * What the browser runtime receives, embedded as JSON in the player page.
 * Built by `render` from the compiled Course; the runtime imports these types
 * only (no code), so the contract between compiler and player is this file.
 */
import type { Course } from './course.js';
import type { UiStrings } from './ui-strings.js';

export type PlayerCourse = Pick<
  Course,
  'id' | 'activityId' | 'title' | 'version' | 'language' | 'statusPolicy' | 'modules' | 'questions' | 'assessment' | 'scenarios'
  | 'description' | 'organization' | 'durationMinutes'
> & {
  /** Package path of the theme's logo, for the cover; null for none. */
  logo: string | null;
  /** Labels in the course language. */
  strings: UiStrings;
};
