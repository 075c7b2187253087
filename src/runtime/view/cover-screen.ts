import { MODULE_LINK_PREFIX } from '../../model/course.js';
import type { PlayerCourse } from '../../model/player.js';
import { format } from '../../model/label-format.js';
import { button, h, pageHeading } from './dom.js';
import type { TocGroup } from './shell.js';

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
    h(
      'ol',
      { class: 'cover-modules' },
      ...modules.map((module, index) =>
        h(
          'li',
          null,
          h('a', { href: `${MODULE_LINK_PREFIX}${index + 1}` }, module.title),
          ' ',
          h('span', { class: 'toc-module-progress' }, moduleProgress(module, strings)),
        ),
      ),
    ),
  );
}

function moduleProgress(module: TocGroup, strings: PlayerCourse['strings']): string {
  if (module.total === 0) return '';
  if (module.seen === module.total) return strings.moduleComplete;
  return module.seen === 0 ? strings.notStarted : format(strings.moduleProgress, { seen: module.seen, total: module.total });
}
