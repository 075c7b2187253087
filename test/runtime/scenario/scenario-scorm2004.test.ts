import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { compileCourse } from '../../../src/compile.js';
import type { PlayerCourse } from '../../../src/model/player.js';
import { playerCourse } from '../../../src/package/player-files.js';
import { cleanLaunches } from '../../helpers/clean-launches.js';
import { repoRoot } from '../../helpers/cli.js';
import { openCourse2004, type Lms2004 } from '../../helpers/lms2004.js';
import { strictViolations2004 } from '../../helpers/scorm2004-strict.js';

let course: PlayerCourse;
const enrol = cleanLaunches<Lms2004>((lms) => expect(strictViolations2004(lms.calls)).toEqual([]));

beforeAll(async () => {
  const compiled = await compileCourse(join(repoRoot, 'test/fixtures/scenario'), { cwd: repoRoot });
  course = playerCourse(compiled.course!);
});

describe('branching scenario decisions in SCORM 2004', () => {
  test('best, acceptable and harmful choices are correct, neutral and incorrect choice interactions, each value legal in the RTE', async () => {
    const { lms, learner } = await openCourse2004(course);
    enrol(lms);
    const decide = (decision: string, choice: string) => {
      learner.choose(decision, [choice]);
      learner.press('Decide');
      learner.press('Continue');
    };
    decide('plow-driver-1', 'c');
    expect(learner.document.querySelector('.scenario-end h2')?.textContent).toBe('End of the scenario');
    learner.press('Start the scenario again');
    // A restarted practice run is not recorded.
    decide('plow-driver-1', 'b');
    decide('plow-driver-2', 'b');
    learner.next();
    decide('front-desk-1', 'b');
    learner.next();
    learner.choose('final-hotline', ['a']);
    learner.press('Submit answer');
    learner.next();
    // The question right, the scenario harmful: 1 of 2 items.
    expect(learner.text()).toContain('Your score: 50%');
    learner.exit();
    const [practice, graded, question, ...more] = lms.interactions();
    expect(practice).toMatchObject({
      id: 'plow-driver-1',
      type: 'choice',
      description: 'At the motel: A man of about 40 stands by a van in the motel lot. He looks tired and scared, and another man takes his phone from him. What do you do?',
      learner_response: 'c',
      pattern: 'b',
      result: 'incorrect',
      weighting: '0',
    });
    expect(graded).toMatchObject({ id: 'front-desk-1', type: 'choice', learner_response: 'b', pattern: 'a', result: 'incorrect', weighting: '1' });
    expect(question).toMatchObject({ id: 'final-hotline', result: 'correct', weighting: '1' });
    expect(more).toEqual([]);
    expect(lms.stored('cmi.score.raw')).toBe('50');
    expect(lms.stored('cmi.success_status')).toBe('passed');
  });

  test('an acceptable choice is recorded as neutral', async () => {
    const { lms, learner } = await openCourse2004(course);
    enrol(lms);
    learner.choose('plow-driver-1', ['b']);
    learner.press('Decide');
    learner.press('Continue');
    learner.choose('plow-driver-2', ['b']);
    learner.press('Decide');
    learner.exit();
    expect(lms.interactions()[1]).toMatchObject({ id: 'plow-driver-2', learner_response: 'b', pattern: 'a', result: 'neutral', weighting: '0' });
  });
});
