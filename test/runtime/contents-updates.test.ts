/**
 * The contents list is built once; a page change updates the entries whose
 * state changed in place, and the list then reads exactly as one built afresh
 * for the same progress (a relaunch from what the LMS stored).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { PlayerCourse } from '../../src/model/player.js';
import type { Learner } from '../helpers/learner.js';
import { cleanScorm12Launches } from '../helpers/open-course.js';
import { playerFixture } from '../helpers/player-package.js';

let course: PlayerCourse;
/** Every launch ends with no refused LMS call and no error in the page. */
const openCourse = cleanScorm12Launches();

beforeAll(async () => {
  course = await playerFixture('course');
});

const entries = (learner: Learner) => [...learner.document.querySelectorAll<HTMLElement>('#cease-toc-list li li')];
const contents = (learner: Learner) => learner.document.getElementById('cease-toc-list')?.innerHTML ?? '';

describe('the contents list on a page change', () => {
  test('keeps its elements and updates the current entry, the seen marks and the module progress', async () => {
    const { learner } = await openCourse(course);
    const before = entries(learner);
    const progress = learner.document.querySelector('.toc-module-progress');
    const progressText = progress?.textContent;
    learner.next();
    const after = entries(learner);
    expect(after).toHaveLength(before.length);
    expect(after.every((entry, index) => entry === before[index])).toBe(true);
    expect(learner.document.querySelector('.toc-module-progress')).toBe(progress);
    expect(progress?.textContent).not.toBe(progressText);
    expect(progress?.textContent).toBe('all screens seen');
    const current = learner.document.querySelectorAll('#cease-toc-list [aria-current="page"]');
    expect([...current].map((link) => link.textContent)).toEqual([learner.heading()]);
    expect(after[0]?.querySelector('[aria-current]')).toBeNull();
    expect(after[1]?.querySelector('.toc-visited')?.textContent).toBe(' ✓ seen');
    expect(learner.document.activeElement?.textContent).toBe(learner.heading());
  });

  test('after a series of page changes reads exactly as the contents built afresh for the same progress', async () => {
    const steps: ((learner: Learner) => void)[] = [
      (learner) => {
        learner.next();
        learner.next();
      },
      (learner) => {
        learner.open(course.strings.questionOf.replace('{n}', '1'));
        learner.answer(true);
        learner.next();
      },
      (learner) => {
        learner.previous();
        learner.open('Welcome');
      },
      (learner) => {
        learner.open(course.strings.questionOf.replace('{n}', '2'));
        learner.answer(false);
        learner.next();
        learner.answer(true);
        learner.next();
      },
    ];
    let { lms, learner } = await openCourse(course);
    const headings: string[] = [];
    for (const step of steps) {
      step(learner);
      headings.push(learner.heading());
      const updated = contents(learner);
      lms.close();
      // A relaunch resumes on the same page and builds its contents in one go.
      ({ lms, learner } = await openCourse(course, { cmi: lms.snapshot() }));
      expect(learner.heading()).toBe(headings.at(-1));
      expect(updated).toBe(contents(learner));
    }
    expect(headings).toEqual(['First steps', 'Question 2 of 3', 'Welcome', course.strings.resultTitle]);
  });
});
