import { beforeAll, describe, expect, test } from 'vitest';
import { cleanLaunches } from '../helpers/clean-launches.js';
import type { PlayerCourse } from '../../src/model/player.js';
import { openCourse2004, type Lms2004, type Lms2004Options } from '../helpers/lms2004.js';
import { playerFixture } from '../helpers/player-package.js';

let course: PlayerCourse;
const enrol = cleanLaunches<Lms2004>();

beforeAll(async () => {
  course = await playerFixture('course');
});

async function open(options: Lms2004Options = {}) {
  const launched = await openCourse2004(course, options);
  enrol(launched.lms);
  return launched;
}

describe('resuming in a SCORM 2004 LMS', () => {
  test('leaves with suspendAll and resumes on the bookmarked screen with knowledge-check answers kept', async () => {
    const first = await open();
    first.learner.next();
    first.learner.choose('kc-anyone', ['b']);
    first.learner.check('kc-anyone');
    first.learner.next();
    first.learner.next();
    expect(first.learner.heading()).toBe('Warning signs');
    first.lms.close();
    expect(first.lms.count('Terminate')).toBe(1);
    expect(first.lms.stored('cmi.location')).toBe('m2s2');
    expect(first.lms.stored('cmi.exit')).toBe('suspend');
    expect(first.lms.stored('adl.nav.request')).toBe('suspendAll');

    const second = await open({ cmi: first.lms.snapshot() });
    expect(second.learner.heading()).toBe('Warning signs');
    second.learner.open('Myths and facts');
    expect(second.learner.checked('kc-anyone')).toEqual(['b']);
    expect(second.learner.feedback('kc-anyone')).toContain('Not quite');
    // Checking again after resume is not a first answer: nothing new is journaled.
    second.learner.check('kc-anyone');
    second.lms.close();
    expect(second.lms.interactions().map((i) => i.id)).toEqual(['kc-anyone']);
  });

  test('resumes mid-assessment on the same question with earlier answers locked, and appends new answers to the journal', async () => {
    const first = await open();
    first.learner.open('Question 1');
    const answered = first.learner.answer(true);
    first.learner.next();
    const pending = first.learner.question();
    first.lms.close();

    const second = await open({ cmi: first.lms.snapshot() });
    expect(second.learner.heading()).toBe('Question 2 of 3');
    expect(second.learner.question().id).toBe(pending.id);
    second.learner.previous();
    expect(second.learner.question().id).toBe(answered.id);
    const inputs = [...second.learner.document.querySelectorAll<HTMLInputElement>('#cease-main input')];
    expect(inputs.every((input) => input.disabled)).toBe(true);
    expect(inputs.filter((input) => input.checked).length).toBeGreaterThan(0);
    second.learner.next();
    second.learner.answer(true);
    second.learner.next();
    second.learner.answer(true);
    second.learner.next();
    expect(second.learner.text()).toContain('You passed.');
    second.learner.exit();
    expect(second.lms.interactions().map((i) => i.id)).toEqual([answered.id, pending.id, expect.any(String)]);
    expect(second.lms.stored('cmi.success_status')).toBe('passed');
    expect(second.lms.stored('cmi.completion_status')).toBe('completed');
  });

  test('ends the attempt after a pass, and never lowers passed or the score when the LMS keeps them into a new attempt', async () => {
    const first = await open();
    first.learner.takeAssessment([true, true, true]);
    first.lms.close();
    expect(first.lms.stored('cmi.exit')).toBe('normal');
    expect(first.lms.stored('adl.nav.request')).toBe('exitAll');
    expect(first.lms.snapshot()).toMatchObject({ entry: 'ab-initio' });

    const kept = { completion_status: 'completed', success_status: 'passed', score: { scaled: '1', raw: '100', min: '0', max: '100' } };
    const second = await open({ cmi: { ...first.lms.snapshot(), ...kept } });
    expect(second.learner.heading()).toBe('Welcome');
    second.learner.takeAssessment([false, false, false]);
    second.learner.exit();
    expect(second.lms.writes().filter((write) => /_status=|^cmi\.score/.test(write))).toEqual([]);
    expect(second.lms.stored('cmi.success_status')).toBe('passed');
    expect(second.lms.stored('cmi.score.scaled')).toBe('1');
  });

  test('starts afresh on a new attempt (entry ab-initio) without reading the old bookmark', async () => {
    const first = await open();
    first.learner.next();
    first.lms.close();
    const fresh = await open({ cmi: { ...first.lms.snapshot(), entry: 'ab-initio' } });
    expect(fresh.learner.heading()).toBe('Welcome');
    const reads = fresh.lms.calls.filter((call) => call.name === 'GetValue').map((call) => call.args[0]);
    expect(reads).not.toContain('cmi.location');
    expect(reads).not.toContain('cmi.suspend_data');
  });

  test('treats entry "" with a bookmark as a resume, as some LMSs report it', async () => {
    const first = await open();
    first.learner.next();
    first.lms.close();
    const second = await open({ cmi: { ...first.lms.snapshot(), entry: '' } });
    expect(second.learner.heading()).toBe('Myths and facts');
  });
});
