import type { PlayerCourse } from '../../src/model/player.js';
import { cleanLaunches } from './clean-launches.js';
import { Learner } from './learner.js';
import { Lms12, type LmsOptions } from './lms12.js';
import { writePlayerPackage } from './player-package.js';

const packages = new WeakMap<PlayerCourse, Promise<string>>();

/** Launches a course in a fresh test LMS; the package folder is written once per course object. */
export async function openCourse(course: PlayerCourse, options: LmsOptions = {}): Promise<{ lms: Lms12; learner: Learner }> {
  let dir = packages.get(course);
  if (!dir) packages.set(course, (dir = writePlayerPackage(course)));
  const lms = new Lms12(options);
  const window = await lms.launch(await dir);
  return { lms, learner: new Learner(window, course) };
}

/**
 * How a test file opens courses in SCORM 1.2: each launch is held to a clean
 * session after its test (see cleanLaunches).
 */
export function cleanScorm12Launches(): (course: PlayerCourse, options?: LmsOptions) => Promise<{ lms: Lms12; learner: Learner }> {
  const enrol = cleanLaunches<Lms12>();
  return async (course, options = {}) => {
    const launched = await openCourse(course, options);
    enrol(launched.lms);
    return launched;
  };
}

/** The text of the player's notices (what it tells the learner about their record). */
export const noticesOf = (document: Document): string => document.getElementById('cease-notices')?.textContent ?? '';
