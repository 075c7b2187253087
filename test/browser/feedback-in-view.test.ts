import { describe, expect, test } from 'vitest';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { BrowserLearner } from './harness/learner.js';
import { LmsSession } from './harness/lms-session.js';

const shared = browserAndLms({ sample: 'courses/cease-municipal' });

/** Where the feedback title and the sticky footer are, in viewport pixels. */
function positions(learner: BrowserLearner, questionId: string) {
  return learner.frame.evaluate((id) => {
    const title = document.querySelector(`.knowledge-check:has(fieldset[data-question="${id}"]) .feedback-title`);
    const footer = document.querySelector('footer');
    return { titleTop: title?.getBoundingClientRect().top ?? NaN, titleBottom: title?.getBoundingClientRect().bottom ?? NaN, footerTop: footer?.getBoundingClientRect().top ?? NaN };
  }, questionId);
}

describe.skipIf(skipBrowser)('feedback after "Check answer" on a phone', () => {
  for (const { width, height, reducedMotion } of [
    { width: 375, height: 812, reducedMotion: 'no-preference' as const },
    { width: 320, height: 640, reducedMotion: 'reduce' as const },
  ]) {
    test(`${width} × ${height} (${reducedMotion} motion): every knowledge check's feedback comes into view above the sticky footer`, async () => {
      const context = await shared.browser.newContext({ viewport: { width, height }, reducedMotion });
      const lms = await LmsSession.launch(shared.server, context, 'sample');
      const learner = await BrowserLearner.on(lms.page, lms.course());
      const hidden: string[] = [];
      let checked = 0;
      for (let page = 0; page < 40 && (await learner.kind()) === 'screen'; page++) {
        for (const id of await learner.questionIds()) {
          await learner.choose(id, learner.answerFor(id, true));
          await learner.click(`.knowledge-check:has(fieldset[data-question="${id}"]) button`);
          checked++;
          // A smooth scroll takes a moment; reduced motion must not need one.
          const settled = reducedMotion === 'reduce' ? await positions(learner, id) : await waitForStill(() => positions(learner, id));
          if (!(settled.titleTop >= 0 && settled.titleBottom <= settled.footerTop)) hidden.push(`${id}: ${JSON.stringify(settled)}`);
        }
        if (!(await learner.canGoOn())) break;
        await learner.next();
      }
      await context.close();
      expect(checked).toBeGreaterThan(5);
      expect(hidden).toEqual([]);
    });
  }
});

async function waitForStill<T>(read: () => Promise<T>): Promise<T> {
  let last = await read();
  for (let tries = 0; tries < 40; tries++) {
    await new Promise((done) => setTimeout(done, 50));
    const now = await read();
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}
