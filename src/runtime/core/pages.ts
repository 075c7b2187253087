import type { Module, Screen } from '../../model/course.js';
import type { PlayerCourse } from '../../model/player.js';

/**
 * What the learner pages through: every lesson screen in course order, and in
 * place of the assessment module its own screens (the introduction), one
 * page per drawn question and a result page.
 */
export type Page =
  | { kind: 'screen'; id: string; module: Module; screen: Screen; /** Index in SuspendState.visited. */ screenIndex: number }
  | { kind: 'question'; id: string; module: Module; slot: number }
  | { kind: 'result'; id: string; module: Module };

export function buildPages(course: PlayerCourse): Page[] {
  const pages: Page[] = [];
  let screenIndex = 0;
  for (const module of course.modules) {
    for (const screen of module.screens) pages.push({ kind: 'screen', id: screen.id, module, screen, screenIndex: screenIndex++ });
    if (module.isAssessment && course.assessment) {
      // Ids stay short for cmi.core.lesson_location and never clash with `m1s1`-style screen ids.
      for (let slot = 0; slot < course.assessment.draw; slot++) {
        pages.push({ kind: 'question', id: `${module.id}q${slot + 1}`, module, slot });
      }
      pages.push({ kind: 'result', id: `${module.id}r`, module });
    }
  }
  return pages;
}
