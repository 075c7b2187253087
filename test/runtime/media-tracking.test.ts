import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { Learner } from '../helpers/learner.js';
import { eventually, LaunchedCourse } from '../helpers/lrs-launch.js';
import type { StoredStatement } from '../helpers/lrs.js';
import { lrsPerFile } from '../helpers/lrs-per-file.js';
import { builtPackage, type BuiltPackage } from './xapi-package.js';

let built: BuiltPackage;
const newLrs = lrsPerFile();

beforeAll(async () => {
  built = await builtPackage('xapi', 'blocks');
});

const ACTIVITY = 'https://lms.test/activities/blocks';
const verb = (s: StoredStatement) => s.verb.id.replace(/^.*\//, '');

describe('video and audio in an xAPI package', () => {
  test('a clip played to its end is reported as experienced, on its own media activity named by its title; a clip only opened is not', async () => {
    const lrs = await newLrs();
    const course = await LaunchedCourse.open(built.dir, {
      endpoint: lrs.endpoint.replace(/\/$/, ''),
      auth: lrs.basicAuth(),
      actor: JSON.stringify({ mbox: 'mailto:jane@example.org', name: 'Jane Doe' }),
      registration: randomUUID(),
      activity_id: ACTIVITY,
    });
    const learner = new Learner(course.window, built.course);
    while (learner.heading() !== 'Watch') learner.next();
    const video = course.window.document.querySelector('video') as HTMLVideoElement;
    expect(video.autoplay).toBe(false);
    video.dispatchEvent(new course.window.Event('play'));
    learner.next();
    expect(learner.heading()).toBe('Listen');
    course.window.document.querySelector('audio')?.dispatchEvent(new course.window.Event('ended'));
    learner.exit();
    await eventually(() => lrs.verbs().includes('terminated'), 10000, 'terminated');

    const clips = lrs.statements.filter((s) => verb(s) === 'experienced' && s.object.id.startsWith(`${ACTIVITY}/media/`));
    expect(clips.map((s) => [s.object.id, s.object.definition])).toEqual([
      [`${ACTIVITY}/media/survivor-account.m4a`, { type: 'http://adlnet.gov/expapi/activities/media', name: { en: 'A tone for testing' } }],
    ]);
    expect(clips[0]?.context?.contextActivities).toMatchObject({ grouping: [{ id: ACTIVITY }] });
  });
});
