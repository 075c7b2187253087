/**
 * Branching scenarios (test/fixtures/scenario) as learners meet them, built
 * by the real CLI: by keyboard alone under scorm-again SCORM 1.2, with focus
 * on each step's heading, axe clean at 1280 and 320 px, resumed mid-path
 * after the course window closes, restarted, and graded in the assessment;
 * then over xAPI against the strict test LRS, reloaded mid-path. What the
 * LMS and the LRS hold is checked field by field.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TestLrs } from '../helpers/lrs.js';
import { axeViolations, pageWidth } from './harness/audit.js';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { builtPackage } from './harness/built-course.js';
import { BrowserLearner } from './harness/learner.js';
import { LmsSession, lookup } from './harness/lms-session.js';
import { decide, focusedHeading, goOn } from './harness/scenario-steps.js';

const shared = browserAndLms({ scenario: 'test/fixtures/scenario' });

/** axe at 1280 and at 320 px (and nothing wider than the phone), then back to 1280. */
async function audit(lms: LmsSession, learner: BrowserLearner, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of [1280, 320]) {
    await lms.page.setViewportSize({ width, height: 800 });
    found.push(...(await axeViolations(learner.frame, `${width}px ${where}`)));
    if ((await pageWidth(learner.frame)) > width) found.push(`${width}px ${where}: wider than the screen`);
  }
  await lms.page.setViewportSize({ width: 1280, height: 800 });
  return found;
}

describe.skipIf(skipBrowser)('a branching scenario in Chromium under SCORM 1.2, by keyboard alone', () => {
  test('walked, left halfway, resumed, restarted and graded; the LMS holds each decision as a choice interaction', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const first = await LmsSession.launch(shared.server, context, 'scenario');
    const learner = await BrowserLearner.on(first.page, first.course(), 'keyboard');
    const violations: string[] = [];
    expect(await learner.heading()).toBe('Practice: the early route');
    violations.push(...(await audit(first, learner, 'first decision')));

    // Best, then acceptable: each consequence's heading takes focus and names the rating.
    expect(await decide(learner, 'plow-driver-1', 'b')).toBe('Best choice');
    expect(await learner.frame.locator('.scenario-chosen').innerText()).toBe('You chose: Note the time, the place and the van, and keep driving.');
    expect(await learner.frame.locator('.scenario-consequence').innerText()).toContain('You stayed safe and you have what a report needs.');
    violations.push(...(await audit(first, learner, 'consequence')));
    expect(await goOn(learner)).toBe('Back at the yard');
    expect(await decide(learner, 'plow-driver-2', 'b')).toBe('Acceptable choice');

    // The course window closes on the consequence: the next launch reopens it there.
    await first.page.evaluate(() => ((document.getElementById('course') as HTMLIFrameElement).src = '/blank.html'));
    await expect.poll(async () => (await first.calls('LMSFinish')).length, { timeout: 5000 }).toBe(1);
    const second = await LmsSession.launch(shared.server, context, 'scenario', { cmi: await first.resumeData() });
    const back = await BrowserLearner.on(second.page, second.course(), 'keyboard');
    expect(await back.heading()).toBe('Practice: the early route');
    expect(await back.frame.locator('.scenario-consequence h2').innerText()).toBe('Acceptable choice');
    expect(await goOn(back)).toBe('End of the scenario');
    expect(await back.frame.locator('.scenario-path').innerText()).toBe(
      'At the motel: Note the time, the place and the van, and keep driving. (Best choice)\nBack at the yard: Tell a coworker and let them decide. (Acceptable choice)',
    );
    violations.push(...(await audit(second, back, 'end')));

    // Started again: a practice run, not recorded.
    await back.activate('.scenario-end button');
    expect(await focusedHeading(back)).toBe('At the motel');
    expect(await decide(back, 'plow-driver-1', 'c')).toBe('Harmful choice');
    expect(await goOn(back)).toBe('End of the scenario');

    // The graded scenario: the question waits for it, then the score counts it as one item.
    await back.next();
    expect(await back.heading()).toBe('A scenario that counts');
    expect(await back.canGoOn()).toBe(false);
    expect(await back.frame.locator('#cease-nav-hint').innerText()).toBe('Finish the scenario to continue.');
    expect(await decide(back, 'front-desk-1', 'a')).toBe('Best choice');
    expect(await goOn(back)).toBe('End of the scenario');
    expect(await back.frame.locator('.scenario-end').innerText()).toContain('Your choices in this scenario count toward your score.');
    expect(await back.canGoOn()).toBe(true);
    await back.next();
    expect(await back.heading()).toBe('Question 1 of 1');
    await back.choose('final-hotline', ['b']);
    await back.activate('#cease-main fieldset + button');
    await back.next();
    expect(await back.heading()).toBe('Your result');
    // The question wrong (0 of 1) and the scenario best (1 of 1): 1 of 2 items.
    expect(await back.frame.locator('#cease-main').innerText()).toContain('Your score: 50%');
    await back.activate('#cease-exit');
    expect(violations).toEqual([]);

    const stored = await second.stored();
    expect(lookup(stored, 'cmi.core.lesson_status')).toBe('passed');
    expect(lookup(stored, 'cmi.core.score.raw')).toBe('50');
    const interactions = Object.entries((stored['interactions'] ?? {}) as Record<string, Record<string, unknown>>)
      .filter(([key]) => /^\d+$/.test(key))
      .map(([, value]) => ({
        id: value['id'],
        type: value['type'],
        student_response: value['student_response'],
        pattern: (value['correct_responses'] as Record<string, { pattern: string }>)['0']?.pattern,
        result: value['result'],
        weighting: value['weighting'],
      }));
    expect(interactions).toEqual([
      { id: 'plow-driver-1', type: 'choice', student_response: 'b', pattern: 'b', result: 'correct', weighting: '0' },
      { id: 'plow-driver-2', type: 'choice', student_response: 'b', pattern: 'a', result: 'neutral', weighting: '0' },
      { id: 'front-desk-1', type: 'choice', student_response: 'a', pattern: 'a', result: 'correct', weighting: '1' },
      { id: 'final-hotline', type: 'choice', student_response: 'b', pattern: 'a', result: 'wrong', weighting: '1' },
    ]);
    // Every step's heading took focus.
    expect(back.focused.every((state) => state.ring && !state.obscured)).toBe(true);
    await context.close();
  });
});

describe.skipIf(skipBrowser)('a branching scenario over xAPI, against the strict test LRS', () => {
  const lrs = new TestLrs();
  beforeAll(async () => {
    await lrs.start();
    shared.server.addPackage('scenario-xapi', await builtPackage('test/fixtures/scenario', '--format', 'xapi'));
  });
  afterAll(() => lrs.stop());

  test('each decision is an answered statement with its choices and correct response; a reload mid-path resumes', async () => {
    const page = await shared.browser.newPage();
    const launch = new URLSearchParams({
      endpoint: lrs.endpoint,
      auth: lrs.basicAuth(),
      actor: JSON.stringify({ objectType: 'Agent', mbox: 'mailto:ana@example.test', name: 'Ana Ruiz' }),
      registration: '2f1e4a3b-6c5d-4e7f-8a9b-0c1d2e3f4a5b',
    });
    await page.goto(`${shared.server.origin}/course/scenario-xapi/index.html?${launch.toString()}`);
    const learner = await BrowserLearner.on(page, page.mainFrame());
    expect(await decide(learner, 'plow-driver-1', 'a')).toBe('Harmful choice');
    expect(await goOn(learner)).toBe('Back at the yard');
    expect(await decide(learner, 'plow-driver-2', 'b')).toBe('Acceptable choice');
    await page.reload();
    // The relaunch opens on the cover; "Continue where you left off" leads back into the scenario.
    const resumed = await BrowserLearner.on(page, page.mainFrame());
    expect(await page.locator('.scenario-consequence h2').innerText()).toBe('Acceptable choice');
    expect(await goOn(resumed)).toBe('End of the scenario');

    const answered = () => lrs.statements.filter((statement) => statement.verb.id.endsWith('/answered'));
    await expect.poll(() => answered().length, { timeout: 5000 }).toBe(2);
    const [harmful, acceptable] = answered();
    const activity = 'https://cease.invalid/courses/scenario-fixture/questions/';
    expect(harmful?.object).toEqual({
      objectType: 'Activity',
      id: `${activity}plow-driver-1`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        name: { en: 'plow-driver-1' },
        description: { en: 'At the motel: A man of about 40 stands by a van in the motel lot. He looks tired and scared, and another man takes his phone from him. What do you do?' },
        interactionType: 'choice',
        correctResponsesPattern: ['b'],
        choices: [
          { id: 'a', description: { en: 'Stop the plow and ask him if he needs help.' } },
          { id: 'b', description: { en: 'Note the time, the place and the van, and keep driving.' } },
          { id: 'c', description: { en: 'Forget it: it is none of your business.' } },
        ],
      },
    });
    expect(harmful?.result).toEqual({ response: 'a', success: false, duration: expect.stringMatching(/^PT[\d.]+S$/) });
    expect(acceptable?.object.id).toBe(`${activity}plow-driver-2`);
    expect(acceptable?.object.definition?.['correctResponsesPattern']).toEqual(['a']);
    // Acceptable is neither a success nor a failure: no `success`.
    expect(acceptable?.result).toEqual({ response: 'b', duration: expect.stringMatching(/^PT[\d.]+S$/) });
    expect(lrs.refusals).toEqual([]);
    await page.close();
  });
});
