/** The learner's display settings a new piece of the player is audited in, and the audited walk through a course. */
import type { BrowserContextOptions } from 'playwright-core';
import type { BrowserAndLms } from './browser-and-lms.js';
import { axeViolations, pageWidth } from './audit.js';
import { auditor } from './keyboard-walk.js';
import { BrowserLearner, type PageKind } from './learner.js';
import { LmsSession } from './lms-session.js';

export const DISPLAY_MODES: Record<string, BrowserContextOptions> = {
  light: { colorScheme: 'light' },
  dark: { colorScheme: 'dark' },
  'forced colours': { forcedColors: 'active' },
};

/** By keyboard from the cover through the first page to the result (or the last page), axe and reflow checked on each page. */
export async function auditedWalk(shared: BrowserAndLms, course: string, width: number, mode: BrowserContextOptions) {
  const context = await shared.browser.newContext({ viewport: { width, height: 720 }, reducedMotion: 'reduce', ...mode });
  const lms = await LmsSession.launch(shared.server, context, course);
  const where = `${width}px cover`;
  const cover = { violations: await axeViolations(lms.course(), where), tooWide: (await pageWidth(lms.course())) > width ? [where] : [] };
  const learner = await BrowserLearner.on(lms.page, lms.course(), 'keyboard');
  const { found, audit: auditPage } = auditor(learner, width);
  found.pages++;
  found.violations.push(...cover.violations);
  found.tooWide.push(...cover.tooWide);
  // Closed sections and unturned cards hide their content from axe; open them so it is checked too.
  const audit = async (kind: PageKind) => {
    await learner.frame.evaluate(() => {
      document.querySelectorAll('#cease-main details').forEach((details) => ((details as HTMLDetailsElement).open = true));
      document.querySelectorAll<HTMLElement>('#cease-main .block-reveal-front[aria-expanded="false"]').forEach((front) => front.click());
    });
    await auditPage(kind);
  };
  if (learner.course.assessment) {
    await learner.toResult(() => true, audit);
  } else {
    await audit('screen');
    while (await learner.canGoOn()) {
      await learner.next();
      await audit('screen');
    }
  }
  await context.close();
  return found;
}
