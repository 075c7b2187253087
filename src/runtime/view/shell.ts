import { MODULE_LINK_PREFIX } from '../../model/course.js';
import { format } from '../../model/label-format.js';
import type { UiStrings } from '../../model/ui-strings.js';
import { afterPaint, h, pageHeading, setContent } from './dom.js';

export interface TocGroup {
  title: string;
  /** Screens of the module the learner has seen, of `total`. */
  seen: number;
  total: number;
  items: { label: string; pageIndex: number; current: boolean; reachable: boolean; visited: boolean }[];
}

type TocItem = TocGroup['items'][number];

export interface ShellActions {
  go(pageIndex: number): void;
  previous(): void;
  next(): void;
  exit(): void;
}

/**
 * The landmarks of templates/player.html.hbs (header, nav, main, footer),
 * labelled and kept up to date. Buttons that cannot act right now use
 * aria-disabled rather than disabled, so they stay focusable and their
 * explanation (aria-describedby) can still be read.
 */
export class Shell {
  private readonly main = byId('cease-main');
  private readonly tocList = byId('cease-toc-list');
  private readonly notices = byId('cease-notices');
  private readonly hint = byId('cease-nav-hint');
  private readonly previousButton = byId('cease-prev');
  private readonly nextButton = byId('cease-next');
  private readonly exitButton = byId('cease-exit');
  private readonly courseTitle = document.title;
  /** Page index of each module's first page, from the latest contents. */
  private moduleStarts: number[] = [];
  /** Contents not yet put into the page (see toc). */
  private pendingToc: TocGroup[] | null = null;
  /** The contents' entries by page index, with the state they show, and each module's progress (false: a module without screens). */
  private readonly tocEntries: { li: HTMLElement; state: string }[] = [];
  private readonly tocProgress: (HTMLElement | false)[] = [];

  constructor(private readonly strings: UiStrings, actions: ShellActions) {
    byId('cease-skip').textContent = strings.skipToContent;
    byId('cease-toc').setAttribute('aria-label', strings.contents);
    byId('cease-toc-summary').textContent = strings.contents;
    byId('cease-progress-bar').setAttribute('aria-label', strings.progressLabel);
    this.previousButton.textContent = strings.previous;
    this.nextButton.textContent = strings.next;
    this.exitButton.textContent = strings.exit;
    const whenEnabled = (button: HTMLElement, action: () => void) =>
      button.addEventListener('click', () => button.getAttribute('aria-disabled') !== 'true' && action());
    whenEnabled(this.previousButton, actions.previous);
    whenEnabled(this.nextButton, actions.next);
    whenEnabled(this.exitButton, actions.exit);
    this.tocList.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a[data-page]');
      if (!link) return;
      event.preventDefault();
      actions.go(Number(link.getAttribute('data-page')));
    });
    // A lesson's link to another lesson file ("see module 2") goes to that module.
    this.main.addEventListener('click', (event) => {
      const link = (event.target as Element).closest(`a[href^="${MODULE_LINK_PREFIX}"]`);
      if (!link) return;
      event.preventDefault();
      const start = this.moduleStarts[Number(link.getAttribute('href')?.slice(MODULE_LINK_PREFIX.length)) - 1];
      if (start !== undefined) actions.go(start);
    });
    keepFocusClearOfFooter();
    // A printed page cannot be clicked open: print expandable sections open.
    addEventListener('beforeprint', () => {
      Array.from(this.main.querySelectorAll('details')).forEach((details) => (details.open = true));
    });
    // Wide screens have room for the contents beside the page.
    const details = byId('cease-toc-details') as HTMLDetailsElement;
    details.open = typeof matchMedia === 'function' && matchMedia('(min-width: 60em)').matches;
  }

  /** Shows a page; focus moves to its h1 unless `moveFocus` is false (the cover at launch, where the browser's own start point is kept). */
  show(page: HTMLElement, title: string, moveFocus: boolean): void {
    setContent(this.main, page);
    document.title = title === this.courseTitle ? title : `${title} - ${this.courseTitle}`;
    if (moveFocus) page.querySelector<HTMLElement>('h1')?.focus();
  }

  progress(position: number, total: number): void {
    const text = format(this.strings.screenOf, { n: position, total });
    byId('cease-progress-text').textContent = text;
    const bar = byId('cease-progress-bar');
    bar.setAttribute('aria-valuemax', String(total));
    bar.setAttribute('aria-valuenow', String(position));
    bar.setAttribute('aria-valuetext', text);
    (bar.firstElementChild as HTMLElement).style.width = `${(100 * position) / total}%`;
  }

  navigation(canGoBack: boolean, canGoOn: boolean, hint: string): void {
    this.previousButton.setAttribute('aria-disabled', String(!canGoBack));
    this.nextButton.setAttribute('aria-disabled', String(!canGoOn));
    this.hint.textContent = hint;
  }

  /**
   * Fills the contents. With `later` (at launch) they wait for the frame
   * after the first screen: at 1,000 modules their style and layout took
   * 200 ms, all of it before the learner saw anything. The footer stays at
   * the window's bottom whatever their height (cease.css, body), so the
   * buttons do not move when they fill in. Any later call fills them at once.
   */
  toc(groups: TocGroup[], later = false): void {
    this.moduleStarts = groups.map((group) => group.items[0]?.pageIndex ?? -1);
    this.pendingToc = groups;
    const fill = () => this.pendingToc && this.fillToc(this.pendingToc);
    if (later) afterPaint(fill);
    else fill();
  }

  /**
   * Builds the contents once, then changes only the entries and module
   * progress whose state differs: at 1,000 modules, rebuilding all 16,000
   * elements and their style and layout took most of every page change. The
   * course's pages do not change while it runs, so neither does the list's shape.
   */
  private fillToc(groups: TocGroup[]): void {
    this.pendingToc = null;
    const progressText = (group: TocGroup) =>
      group.seen === group.total ? this.strings.moduleComplete : format(this.strings.moduleProgress, { seen: group.seen, total: group.total });
    if (this.tocProgress.length) {
      groups.forEach((group, index) => {
        const progress = this.tocProgress[index];
        const text = progressText(group);
        if (progress && progress.textContent !== text) progress.textContent = text;
        group.items.forEach((item) => this.tocEntry(item));
      });
      return;
    }
    const modules = groups.map((group) => {
      const progress = group.total > 0 && h('span', { class: 'toc-module-progress' }, progressText(group));
      this.tocProgress.push(progress);
      return h('li', null, h('span', { class: 'toc-module' }, group.title), ' ', progress, h('ol', null, ...group.items.map((item) => this.tocEntry(item))));
    });
    setContent(this.tocList, ...modules);
  }

  /** A screen's entry, built or brought up to date. */
  private tocEntry(item: TocItem): HTMLElement {
    const state = `${item.reachable} ${item.current} ${item.visited} ${item.label}`;
    const entry = this.tocEntries[item.pageIndex] ?? (this.tocEntries[item.pageIndex] = { li: h('li', null), state: '' });
    if (entry.state === state) return entry.li;
    entry.state = state;
    if (!item.reachable) setContent(entry.li, h('span', { class: 'toc-locked' }, item.label));
    else {
      const link = h('a', { href: '#cease-main', 'data-page': String(item.pageIndex) }, item.label);
      if (item.current) link.setAttribute('aria-current', 'page');
      // Outside the link, so its name stays the page title; a word, not only a tick, so it is read out too.
      setContent(entry.li, link, item.visited && h('span', { class: 'toc-visited' }, h('span', { 'aria-hidden': 'true' }, ' ✓'), ` ${this.strings.visited}`));
    }
    return entry.li;
  }

  /** A calm message at the top; one per topic, so a later message replaces an earlier one. */
  notice(topic: string, text: string | null): void {
    this.notices.querySelector(`[data-topic="${topic}"]`)?.remove();
    if (text) this.notices.append(h('p', { class: 'notice', 'data-topic': topic }, text));
  }

  /** After Exit, or when this window can no longer record: nothing left to do but close it. */
  exited(title = this.strings.exitedTitle, body = this.strings.exitedBody): void {
    const page = h('div', { class: 'screen' }, pageHeading(title), h('p', null, body));
    this.show(page, title, true);
    for (const control of [this.previousButton, this.nextButton, this.exitButton, byId('cease-toc')]) control.hidden = true;
    this.hint.textContent = '';
  }
}

/**
 * The footer stays on screen (position: sticky), so a control reached by Tab
 * near the bottom would scroll in behind it (WCAG 2.2 SC 2.4.11 Focus Not
 * Obscured). Scroll padding of the footer's height makes the browser stop
 * short of it; its height changes with wrapping buttons, the hint and zoom.
 */
function keepFocusClearOfFooter(): void {
  const footer = document.querySelector('footer');
  if (!footer) return;
  const pad = () => {
    document.documentElement.style.scrollPaddingBottom = `${footer.offsetHeight}px`;
  };
  pad();
  if (typeof ResizeObserver === 'function') new ResizeObserver(pad).observe(footer);
}

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`cease: the player page has no #${id}`);
  return element;
}
