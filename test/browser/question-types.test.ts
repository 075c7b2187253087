/**
 * Every question type, and a branching scenario, in Chromium, end to end: the fixture course is taken
 * by mouse and by keyboard alone under scorm-again (SCORM 1.2 and 2004) and
 * against the strict test LRS (xAPI and cmi5, every statement checked with
 * xapi-validation), axe-audited at 1280 and 320 px on every page, and what
 * the LMS or LRS holds is compared field by field.
 */
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Cmi5Registration } from '../helpers/cmi5-registration.js';
import { TestLrs, type StoredStatement } from '../helpers/lrs.js';
import { axeViolations, pageWidth } from './harness/audit.js';
import { browserAndLms } from './harness/browser-and-lms.js';
import { skipBrowser } from './harness/browser.js';
import { BrowserLearner } from './harness/learner.js';
import { LmsSession } from './harness/lms-session.js';
import { check, submit, type Given } from './harness/question-answers.js';
import { decide, goOn } from './harness/scenario-steps.js';

const FIXTURE = 'test/fixtures/question-types';
const shared = browserAndLms({
  scorm12: FIXTURE,
  scorm2004: [FIXTURE, '--format', 'scorm2004'],
  xapi: [FIXTURE, '--format', 'xapi'],
  cmi5: [FIXTURE, '--format', 'cmi5'],
});

/** Knowledge checks and surveys, screen by screen; the optional survey on the last practice screen is left unanswered. */
const PRACTICE: [string, Given][] = [
  ['confidence-before', { choose: ['3'] }],
  ['who-to-call', { match: { 1: 'a', 2: 'b', 3: 'c' } }],
  ['report-steps', { order: ['a', 'b', 'c', 'd'] }],
  ['text-line', { type: 'help' }],
];
/** The assessment: the matching is answered wrong, so the score is 75, the pass mark. */
const FINAL: [string, Given][] = [
  ['final-choice', { choose: ['b'] }],
  ['final-matching', { match: { 1: 'b', 2: 'a' } }],
  ['final-ordering', { order: ['a', 'b', 'c'] }],
  ['final-short-answer', { type: 'Nine  One One' }],
];

/** What each format must hold for every interaction, in the order answered. */
const EXPECTED = [
  { id: 'confidence-before', type: 'likert', scorm12: '3', scorm2004: '3', patterns12: [], patterns2004: [], result: 'neutral', weighting: '0' },
  { id: 'who-to-call', type: 'matching', scorm12: '1.a,2.b,3.c', scorm2004: '1[.]a[,]2[.]b[,]3[.]c', patterns12: ['1.a,2.b,3.c'], patterns2004: ['1[.]a[,]2[.]b[,]3[.]c'], result: 'correct', weighting: '0' },
  { id: 'report-steps', type: 'sequencing', scorm12: 'a,b,c,d', scorm2004: 'a[,]b[,]c[,]d', patterns12: ['a,b,c,d'], patterns2004: ['a[,]b[,]c[,]d'], result: 'correct', weighting: '0' },
  { id: 'text-line', type: 'fill-in', scorm12: 'help', scorm2004: 'help', patterns12: ['HELP', 'BeFree'], patterns2004: ['HELP', 'BeFree'], result: 'correct', weighting: '0' },
  { id: 'night-route-1', type: 'choice', scorm12: 'b', scorm2004: 'b', patterns12: ['b'], patterns2004: ['b'], result: 'correct', weighting: '0' },
  { id: 'night-route-2', type: 'choice', scorm12: 'b', scorm2004: 'b', patterns12: ['a'], patterns2004: ['a'], result: 'neutral', weighting: '0' },
  { id: 'final-choice', type: 'choice', scorm12: 'b', scorm2004: 'b', patterns12: ['b'], patterns2004: ['b'], result: 'correct', weighting: '1' },
  { id: 'final-matching', type: 'matching', scorm12: '1.b,2.a', scorm2004: '1[.]b[,]2[.]a', patterns12: ['1.a,2.b'], patterns2004: ['1[.]a[,]2[.]b'], result: 'incorrect', weighting: '1' },
  { id: 'final-ordering', type: 'sequencing', scorm12: 'a,b,c', scorm2004: 'a[,]b[,]c', patterns12: ['a,b,c'], patterns2004: ['a[,]b[,]c'], result: 'correct', weighting: '1' },
  { id: 'final-short-answer', type: 'fill-in', scorm12: 'Nine  One One', scorm2004: 'Nine  One One', patterns12: ['911', 'nine one one'], patterns2004: ['911', 'nine one one'], result: 'correct', weighting: '1' },
];

/** Takes the whole course, auditing every page; returns the axe and reflow findings. */
async function takeCourse(learner: BrowserLearner, width: number): Promise<string[]> {
  const found: string[] = [];
  const audit = async (where: string) => {
    found.push(...(await axeViolations(learner.frame, `${where} at ${width} px`)));
    if ((await pageWidth(learner.frame)) > width) found.push(`${where}: wider than ${width} px`);
  };
  // A required survey holds Next until it is answered.
  expect(await learner.canGoOn()).toBe(false);
  for (const [id, given] of PRACTICE) {
    expect(await learner.questionIds()).toEqual([id]);
    await audit(`${id} unanswered`);
    await check(learner, id, given);
    if (id === 'report-steps') {
      // Each move was announced politely; the last one put the fourth step in place.
      const status = learner.frame.locator('fieldset[data-question="report-steps"] .order-status');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      expect(await status.innerText()).toMatch(/^.+: now step [1-4] of 4\.$/);
    }
    await audit(`${id} checked`);
    await expect.poll(() => learner.canGoOn()).toBe(true);
    await learner.next();
  }
  expect(await learner.questionIds()).toEqual(['usefulness']);
  await audit('optional survey');
  expect(await learner.canGoOn()).toBe(true);
  await learner.next();
  // The practice scenario: the best choice, then an acceptable one.
  expect(await decide(learner, 'night-route-1', 'b')).toBe(learner.course.strings.scenarioBest);
  await audit('scenario consequence');
  expect(await goOn(learner)).toBe('Back at the yard');
  expect(await decide(learner, 'night-route-2', 'b')).toBe(learner.course.strings.scenarioAcceptable);
  expect(await goOn(learner)).toBe(learner.course.strings.scenarioEndTitle);
  await audit('scenario end');
  await learner.next();
  await learner.next();
  for (const [id, given] of FINAL) {
    expect(await learner.questionIds()).toEqual([id]);
    await audit(id);
    await submit(learner, id, given);
    // Next is offered once the answer is in.
    await expect.poll(() => learner.canGoOn()).toBe(true);
    await learner.next();
  }
  expect(await learner.kind()).toBe('result');
  expect(await learner.frame.locator('#cease-main').innerText()).toContain('You passed.');
  await audit('result');
  return found;
}

async function launch12(context: BrowserContext, by: 'mouse' | 'keyboard') {
  const lms = await LmsSession.launch(shared.server, context, 'scorm12');
  return { lms, learner: await BrowserLearner.on(lms.page, lms.course(), by) };
}

/** SCORM 1.2 and 2004 keep interactions as indexed objects; this lists them in order. */
function indexed(value: unknown): Record<string, unknown>[] {
  const entries = Object.entries((value ?? {}) as Record<string, unknown>).filter(([key]) => /^\d+$/.test(key));
  return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, entry]) => entry as Record<string, unknown>);
}

function patternsOf(interaction: Record<string, unknown>): string[] {
  return indexed(interaction['correct_responses']).map((response) => String(response['pattern']));
}

describe.skipIf(skipBrowser)('every question type under scorm-again (SCORM 1.2)', () => {
  for (const [by, width] of [['mouse', 1280], ['keyboard', 320]] as const) {
    test(`by ${by} at ${width} px: completed and passed, no axe finding, and the LMS holds each interaction's type, response, pattern and result`, async () => {
      const context = await shared.browser.newContext({ viewport: { width, height: 720 }, reducedMotion: 'reduce' });
      const { lms, learner } = await launch12(context, by);
      expect(await takeCourse(learner, width)).toEqual([]);
      await expect.poll(() => lms.value('cmi.core.lesson_status'), { timeout: 5000 }).toBe('passed');
      expect(await lms.value('cmi.core.score.raw')).toBe('75');
      const held = indexed(((await lms.stored())['interactions'] ?? {}) as object);
      expect(held.map((i) => ({
        id: i['id'], type: i['type'], response: i['student_response'], patterns: patternsOf(i), result: i['result'], weighting: String(i['weighting']),
      }))).toEqual(EXPECTED.map((e) => ({
        id: e.id, type: e.type, response: e.scorm12, patterns: e.patterns12, result: e.result === 'incorrect' ? 'wrong' : e.result, weighting: e.weighting,
      })));
      await context.close();
    });
  }
});

describe.skipIf(skipBrowser)('resuming every question type (SCORM 1.2)', () => {
  test('the next launch shows each answer as it was left: the scale point, the matches, the order and the typed text with its feedback', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const first = await launch12(context, 'mouse');
    const given: [string, Given][] = [
      ['confidence-before', { choose: ['2'] }],
      ['who-to-call', { match: { 1: 'c', 2: 'b', 3: 'a' } }],
      ['report-steps', { order: ['b', 'a', 'd', 'c'] }],
      ['text-line', { type: 'the hotline number' }],
    ];
    for (const [id, answer] of given) {
      await check(first.learner, id, answer);
      await expect.poll(() => first.learner.canGoOn()).toBe(true);
      await first.learner.next();
    }
    await first.lms.page.evaluate(() => ((document.getElementById('course') as HTMLIFrameElement).src = '/blank.html'));
    await first.lms.delivered();

    const again = await LmsSession.launch(shared.server, context, 'scorm12', { cmi: await first.lms.resumeData() });
    const learner = await BrowserLearner.on(again.page, again.course(), 'mouse');
    expect(await learner.heading()).toBe('Optional feedback');
    const shown = () => learner.frame.evaluate(() => {
      const set = document.querySelector('#cease-main fieldset[data-question]') as HTMLElement;
      return {
        checked: [...set.querySelectorAll('input:checked')].map((input) => (input as HTMLInputElement).value),
        matches: [...set.querySelectorAll('select')].map((select) => (select as HTMLSelectElement).value),
        order: [...set.querySelectorAll('.order-step')].map((step) => step.textContent),
        typed: [...set.querySelectorAll('input[type=text]')].map((input) => (input as HTMLInputElement).value),
        feedback: document.querySelector('#cease-main .feedback')?.textContent ?? '',
      };
    });
    await learner.next('#cease-prev');
    expect(await shown()).toEqual({ checked: [], matches: [], order: [], typed: ['the hotline number'], feedback: expect.stringContaining('Not quite') });
    await learner.next('#cease-prev');
    expect(await shown()).toEqual({ checked: [], matches: [], order: ['Call 911 if anyone is in danger', 'Make sure you are safe', 'Tell your supervisor', 'Write down what you saw'], typed: [], feedback: expect.stringContaining('Not quite') });
    await learner.next('#cease-prev');
    expect(await shown()).toEqual({ checked: [], matches: ['c', 'b', 'a'], order: [], typed: [], feedback: expect.stringContaining('Not quite') });
    await learner.next('#cease-prev');
    expect(await shown()).toEqual({ checked: ['2'], matches: [], order: [], typed: [], feedback: learner.course.strings.answerSaved });
    // Answered before, so the required survey no longer holds Next.
    expect(await learner.canGoOn()).toBe(true);
    // Each answer reached the LMS once, in the first session; showing it again records nothing.
    expect((await again.calls('LMSSetValue')).filter((call) => call.args[0]?.startsWith('cmi.interactions.'))).toEqual([]);
    expect((await first.lms.interactions()).map((i) => `${i['id']} ${i['student_response']} ${i['result']}`)).toEqual([
      'confidence-before 2 neutral', 'who-to-call 1.c,2.b,3.a wrong', 'report-steps b,a,d,c wrong', 'text-line the hotline number wrong',
    ]);
    await context.close();
  });
});

describe.skipIf(skipBrowser)('every question type under scorm-again (SCORM 2004 4th Edition)', () => {
  for (const [by, width] of [['mouse', 320], ['keyboard', 1280]] as const) test(`by ${by} at ${width} px: completed and passed, no axe finding, and the LMS holds each interaction's type, response, patterns and result`, async () => {
    const context = await shared.browser.newContext({ viewport: { width, height: 720 }, reducedMotion: 'reduce' });
    const { url } = shared.server.addLaunch('scorm2004', { api: true, cmi: { learner_id: 'learner-1', learner_name: 'Doe, Jane' }, standard: '2004' });
    const page = await context.newPage();
    await page.goto(url);
    const frame = page.frames().find((candidate) => candidate.url().includes('/course/')) as Frame;
    await frame.waitForSelector('#cease-main h1');
    const learner = await BrowserLearner.on(page, frame, by);
    expect(await takeCourse(learner, width)).toEqual([]);
    const stored = () => page.evaluate(() => (window as unknown as { lms: { stored: Record<string, unknown> } }).lms.stored);
    await expect.poll(async () => (await stored())['success_status'], { timeout: 5000 }).toBe('passed');
    const held = indexed((await stored())['interactions']);
    expect(held.map((i) => ({ id: i['id'], type: i['type'], response: i['learner_response'], patterns: patternsOf(i), result: i['result'], weighting: String(i['weighting']) })))
      .toEqual(EXPECTED.map((e) => ({ id: e.id, type: e.type, response: e.scorm2004, patterns: e.patterns2004, result: e.result, weighting: e.weighting })));
    const refused = await page.evaluate(() => (window as unknown as { lms: { calls: { name: string; args: string[]; result: string }[] } }).lms.calls.filter((call) => call.result === 'false'));
    expect(refused).toEqual([]);
    await context.close();
  });
});

/** Component ids each interaction's definition lists, by list name. */
const COMPONENTS: Record<string, Record<string, string[]>> = {
  'confidence-before': { scale: ['1', '2', '3', '4'] },
  'who-to-call': { source: ['1', '2', '3'], target: ['a', 'b', 'c'] },
  'report-steps': { choices: ['a', 'b', 'c', 'd'] },
  'text-line': {},
  'night-route-1': { choices: ['a', 'b', 'c'] },
  'night-route-2': { choices: ['a', 'b'] },
  'final-choice': { choices: ['a', 'b', 'c'] },
  'final-matching': { source: ['1', '2'], target: ['a', 'b'] },
  'final-ordering': { choices: ['a', 'b', 'c'] },
  'final-short-answer': {},
};

/** The answered statements, field by field against what SCORM 2004 holds (xAPI shares its formats) and the component lists. */
function expectAnswered(statements: StoredStatement[], language: string): void {
  const answered = statements.filter((statement) => statement.verb.id.endsWith('/answered'));
  expect(answered.map((statement) => {
    const definition = statement.object.definition ?? {};
    const lists = Object.fromEntries(['choices', 'scale', 'source', 'target'].filter((name) => name in definition)
      .map((name) => [name, (definition[name] as { id: string; description: Record<string, string> }[]).map((component) => component.id)]));
    const described = ['choices', 'scale', 'source', 'target'].filter((name) => name in definition)
      .every((name) => (definition[name] as { description: Record<string, string> }[]).every((component) => (component.description[language] ?? '') !== ''));
    return {
      id: statement.object.id.replace(/^.*\/questions\//, ''),
      type: definition['interactionType'],
      patterns: definition['correctResponsesPattern'] ?? null,
      response: statement.result?.['response'],
      success: statement.result?.['success'] ?? null,
      lists,
      described,
    };
  })).toEqual(EXPECTED.map((e) => ({
    id: e.id,
    type: e.type,
    // A survey has no right answer; an acceptable scenario choice is neutral, yet its decision has one.
    patterns: e.type === 'likert' ? null : e.patterns2004,
    response: e.scorm2004,
    success: e.result === 'neutral' ? null : e.result === 'correct',
    lists: COMPONENTS[e.id],
    described: true,
  })));
}

describe.skipIf(skipBrowser)('every question type against the strict test LRS', () => {
  const lrs = new TestLrs();
  beforeAll(() => lrs.start());
  afterAll(() => lrs.stop());
  let page: Page;

  for (const [by, width] of [['keyboard', 1280], ['mouse', 320]] as const) test(`xAPI, by ${by} at ${width} px: passed, no axe finding, every statement valid, each answer's interaction type, patterns, components and response as sent`, async () => {
    const context = await shared.browser.newContext({ viewport: { width, height: 720 }, reducedMotion: 'reduce' });
    page = await context.newPage();
    const registration = randomUUID();
    const query = new URLSearchParams({
      endpoint: lrs.endpoint.replace(/\/$/, ''),
      auth: lrs.basicAuth(),
      actor: JSON.stringify({ objectType: 'Agent', mbox: 'mailto:jane@example.org', name: 'Jane Doe' }),
      registration,
    });
    await page.goto(`${shared.server.origin}/course/xapi/index.html?${query.toString()}`);
    await page.waitForSelector('#cease-main h1');
    const learner = await BrowserLearner.on(page, page.mainFrame(), by);
    expect(await takeCourse(learner, width)).toEqual([]);
    await expect.poll(() => lrs.statements.filter((s) => s.verb.id.endsWith('/passed') && s.context?.registration === registration).length, { timeout: 10000 }).toBe(1);
    await expect.poll(() => lrs.statements.filter((s) => s.verb.id.endsWith('/answered') && s.context?.registration === registration).length, { timeout: 10000 }).toBe(EXPECTED.length);
    expect(lrs.refusals).toEqual([]);
    expectAnswered(lrs.statements.filter((s) => s.context?.registration === registration), learner.course.language);
    await context.close();
  });

  for (const [by, width] of [['mouse', 1280], ['keyboard', 320]] as const) test(`cmi5, by ${by} at ${width} px: passed, no axe finding, every statement valid, each answer's interaction type, patterns, components and response as sent`, async () => {
    const lms = new Cmi5Registration(lrs, { objectType: 'Agent', account: { homePage: 'https://lms.test', name: `learner-${by}` }, name: 'Ana Ruiz' });
    const context = await shared.browser.newContext({ viewport: { width, height: 720 }, reducedMotion: 'reduce' });
    page = await context.newPage();
    await page.goto(`${shared.server.origin}/course/cmi5/index.html?${new URLSearchParams(lms.launch()).toString()}`);
    await page.waitForSelector('#cease-main h1');
    const learner = await BrowserLearner.on(page, page.mainFrame(), by);
    expect(await takeCourse(learner, width)).toEqual([]);
    const mine = () => lrs.statements.filter((s) => s.context?.registration === lms.registration);
    await expect.poll(() => mine().filter((s) => s.verb.id.endsWith('/passed')).length, { timeout: 10000 }).toBe(1);
    await expect.poll(() => mine().filter((s) => s.verb.id.endsWith('/answered')).length, { timeout: 10000 }).toBe(EXPECTED.length);
    expect(lrs.refusals).toEqual([]);
    expectAnswered(mine(), learner.course.language);
    await context.close();
  });
});
