/**
 * How the player page (templates/player.html.hbs) carries the course, in
 * <script type="application/json"> elements: the outline, which is the
 * PlayerCourse with every screen's blocks left out, in `cease-course`; and
 * the blocks of each module's screens, in order, in an element of the
 * module's own (`cease-screens-1`, …). The first screen needs only the
 * outline; a module's blocks are parsed when one of its screens is shown.
 * At 1,000 modules, Chromium took 20–50 ms longer to parse one 3.9 MB element
 * than many small ones, and JSON.parse of all of it took 12–33 ms.
 */
import type { Block } from './course.js';
import type { PlayerCourse } from './player.js';

export const OUTLINE_ID = 'cease-course';

export function screensDataId(moduleIndex: number): string {
  return `cease-screens-${moduleIndex + 1}`;
}

/**
 * Inside <script type="application/json">, only "</script" could end the
 * element early; escaping every "<" rules that out without changing the JSON.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Each data element of the page, outline first, with its contents escaped for the page. */
export function pageData(course: PlayerCourse): { id: string; json: string }[] {
  const outline = { ...course, modules: course.modules.map((module) => ({ ...module, screens: module.screens.map(({ id, title }) => ({ id, title })) })) };
  return [
    { id: OUTLINE_ID, json: scriptJson(outline) },
    ...course.modules.map((module, index) => ({ id: screensDataId(index), json: scriptJson(module.screens.map((screen) => screen.blocks)) })),
  ];
}

/**
 * The course from the page's data elements, given the text of each by id.
 * A screen's blocks are read, with the rest of its module's, when first asked for.
 */
export function readPageData(text: (id: string) => string): PlayerCourse {
  const course = JSON.parse(text(OUTLINE_ID)) as PlayerCourse;
  course.modules.forEach((module, index) => {
    let blocks: Block[][] | undefined;
    module.screens.forEach((screen, at) =>
      Object.defineProperty(screen, 'blocks', { enumerable: true, get: () => (blocks ??= JSON.parse(text(screensDataId(index))) as Block[][])[at] }),
    );
  });
  return course;
}
