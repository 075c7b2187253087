import { MODULE_LINK_PREFIX } from '../../model/course.js';
import type { PlayerCourse } from '../../model/player.js';
import { format } from '../../model/label-format.js';
import { afterPaint, button, h, pageHeading } from './dom.js';
import type { TocGroup } from './shell.js';

/** Modules listed in the cover's first frame: more than the tallest window shows. */
const FIRST_PAINTED = 60;

/** Where the cover's button leads: the first screen, or the module the learner left off in. */
export interface CoverStart {
  resumeModule: string | null;
  start(): void;
}

/**
 * The first thing a learner sees on every launch: what the course is, who
 * it is from, how long it takes, how far they got in each module, and one
 * button to begin or carry on. Module names link to their first screen
 * (the Shell follows MODULE_LINK_PREFIX links).
 */
export function coverScreen(course: PlayerCourse, modules: TocGroup[], next: CoverStart): HTMLElement {
  const strings = course.strings;
  const facts = [
    course.organization,
    course.durationMinutes ? format(strings.aboutMinutes, { minutes: course.durationMinutes }) : '',
  ].filter(Boolean);
  const label = next.resumeModule ? format(strings.continueFrom, { module: next.resumeModule }) : strings.start;
  const startButton = button(label, next.start, 'button button-primary cover-start');
  startButton.id = 'cease-start';
  const entry = (module: TocGroup, index: number) =>
    h(
      'li',
      null,
      h('a', { href: `${MODULE_LINK_PREFIX}${index + 1}` }, module.title),
      ' ',
      h('span', { class: 'toc-module-progress' }, moduleProgress(module, strings)),
    );
  const list = h('ol', { class: 'cover-modules' }, ...modules.slice(0, FIRST_PAINTED).map(entry));
  // The rest below, a frame later: at 1,000 modules the whole list's layout delayed the first sight of the course by 50 ms.
  if (modules.length > FIRST_PAINTED) afterPaint(() => list.append(...modules.slice(FIRST_PAINTED).map((module, index) => entry(module, index + FIRST_PAINTED))));
  return h(
    'div',
    { class: 'screen cover' },
    // The organisation is written beside it, so the picture needs no text of its own.
    course.logo && h('img', { class: 'cover-logo', src: course.logo, alt: '' }),
    pageHeading(course.title),
    facts.length > 0 && h('p', { class: 'cover-facts' }, facts.join(' · ')),
    course.description && h('p', { class: 'cover-description' }, course.description),
    startButton,
    h('h2', null, strings.inThisCourse),
    list,
  );
}

function moduleProgress(module: TocGroup, strings: PlayerCourse['strings']): string {
  if (module.total === 0) return '';
  if (module.seen === module.total) return strings.moduleComplete;
  return module.seen === 0 ? strings.notStarted : format(strings.moduleProgress, { seen: module.seen, total: module.total });
}
