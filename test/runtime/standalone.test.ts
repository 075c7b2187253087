import { beforeAll, describe, expect, test } from 'vitest';
import type { PlayerCourse } from '../../src/model/player.js';
import { openCourse } from '../helpers/open-course.js';
import { playerFixture } from '../helpers/player-package.js';

let course: PlayerCourse;

beforeAll(async () => {
  course = await playerFixture('course');
});

const notices = (document: Document) => document.getElementById('cease-notices')?.textContent ?? '';

describe('without an LMS', () => {
  test('says so calmly and keeps progress in this browser, per course version', async () => {
    const { lms, learner } = await openCourse(course, { placement: 'none' });
    expect(notices(learner.document)).toBe(course.strings.standaloneNotice);
    learner.next();
    learner.choose('kc-anyone', ['a']);
    learner.check('kc-anyone');
    learner.next();
    lms.close();
    const stored = lms.localStorage();
    expect(Object.keys(stored)).toEqual(['cease:fixture-player:1.0.0']);
    expect(JSON.parse(stored['cease:fixture-player:1.0.0'] as string)).toMatchObject({ location: 'm2s1' });
    expect(lms.pageErrors).toEqual([]);
  });

  test('resumes from this browser on the bookmarked screen with answers kept', async () => {
    const first = await openCourse(course, { placement: 'none' });
    first.learner.next();
    first.learner.choose('kc-anyone', ['b']);
    first.learner.check('kc-anyone');
    first.learner.takeAssessment([true, true, false]);
    first.lms.close();

    const second = await openCourse(course, { placement: 'none', localStorage: first.lms.localStorage() });
    expect(second.learner.heading()).toBe('Your result');
    expect(second.learner.text()).toContain('Your score: 66.67%');
    second.learner.open('Myths and facts');
    expect(second.learner.checked('kc-anyone')).toEqual(['b']);
  });

  test('still runs when this browser cannot store anything, and says progress will not be kept', async () => {
    const { lms, learner } = await openCourse(course, { placement: 'none', noStorage: true });
    expect(notices(learner.document)).toBe(course.strings.standaloneNoStorageNotice);
    learner.takeAssessment([true, true, true]);
    expect(learner.text()).toContain('You passed.');
    expect(lms.pageErrors).toEqual([]);
  });
});
