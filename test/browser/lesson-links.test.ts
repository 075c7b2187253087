import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { BrowserLearner } from './harness/learner.js';
import { LmsSession } from './harness/lms-session.js';

// The minimal course, whose assessment introduction links back to the first lesson file.
const COURSE = '.tmp/lesson-links-course';
const folder = join(repoRoot, COURSE);
rmSync(folder, { recursive: true, force: true });
mkdirSync(join(repoRoot, '.tmp'), { recursive: true });
cpSync(join(repoRoot, 'test/fixtures/minimal'), folder, { recursive: true });
const final = join(folder, '02-final.md');
writeFileSync(final, readFileSync(final, 'utf8').replace('Answer two questions.', 'Not sure yet? Go back to [the basics](01-basics.md). Answer two questions.'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const shared = browserAndLms({ linked: COURSE });

describe.skipIf(skipBrowser)('a link to another lesson file', () => {
  test('takes the learner to that module in the player, with focus on its heading', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 800, height: 600 } });
    const lms = await LmsSession.launch(shared.server, context, 'linked');
    const learner = await BrowserLearner.on(lms.page, lms.course());
    for (let page = 0; page < 10 && (await learner.heading()) !== 'Final check'; page++) await learner.next();
    expect(await learner.heading()).toBe('Final check');
    await learner.click('#cease-main a[href="#cease-module-1"]');
    const arrived = await learner.frame.evaluate(() => ({
      heading: document.querySelector('#cease-main h1')?.textContent,
      focused: document.activeElement === document.querySelector('#cease-main h1'),
      current: document.querySelector('#cease-toc-list [aria-current="page"]')?.textContent,
    }));
    await context.close();
    expect(arrived).toEqual({ heading: 'The basics', focused: true, current: 'The basics' });
  });
});
