/** Keyboard-walk helpers for the accessibility tests. */
import { expect } from 'vitest';
import { axeViolations, pageWidth } from './audit.js';
import type { BrowserLearner, PageKind } from './learner.js';

/** Next, then Shift+Tab from Next to Previous and Enter: back on the first page, focus on its heading. */
export async function previousByShiftTab(learner: BrowserLearner): Promise<void> {
  const first = await learner.heading();
  await learner.next();
  expect(await learner.heading()).not.toBe(first);
  await learner.tabTo('#cease-next');
  await learner.press('Shift+Tab');
  expect(await learner.frame.evaluate(() => document.activeElement?.id)).toBe('cease-prev');
  await learner.next('#cease-prev');
  expect(await learner.heading()).toBe(first);
}

/** axe and reflow on each page as the walk leaves it: knowledge checks answered (feedback shown), questions submitted. */
export function auditor(learner: BrowserLearner, width: number) {
  const found = { pages: 0, kinds: new Set<PageKind>(), violations: [] as string[], tooWide: [] as string[], liveFeedback: 0 };
  const audit = async (kind: PageKind) => {
    found.pages++;
    found.kinds.add(kind);
    const where = `${width}px "${await learner.heading()}"`;
    found.violations.push(...(await axeViolations(learner.frame, where)));
    if ((await pageWidth(learner.frame)) > width) found.tooWide.push(where);
    // Feedback must be announced: it sits in a polite live region that existed before it was filled.
    found.liveFeedback += await learner.frame
      .locator('#cease-main .feedback-title')
      .evaluateAll((titles) => titles.filter((title) => title.closest('[aria-live="polite"]')).length);
  };
  return { found, audit };
}

