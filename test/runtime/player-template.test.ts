import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { PlayerCourse } from '../../src/model/player.js';
import { openCourse } from '../helpers/open-course.js';
import { courseInPage } from '../helpers/page-course.js';
import { playerFixture, writePlayerPackage } from '../helpers/player-package.js';

let course: PlayerCourse;

beforeAll(async () => {
  course = await playerFixture('course');
});

describe('the page template', () => {
  test('holds no script but the runtime file and the course data: the outline, then each module\'s screens', async () => {
    const page = await readFile(join(await writePlayerPackage(course), 'index.html'), 'utf8');
    const scripts = [...page.matchAll(/<script([^>]*)>/g)].map((match) => match[1]?.trim());
    const modules = course.modules.map((_, index) => `type="application/json" id="cease-screens-${index + 1}"`);
    expect(scripts).toEqual(['src="cease.js" defer', 'type="application/json" id="cease-course"', ...modules]);
    expect(courseInPage(page)).toEqual(course);
    expect(page).toContain('<link rel="stylesheet" href="cease.css">');
    expect(page).not.toMatch(/\son[a-z]+=/i);
  });

  test('keeps the course data intact when course text contains </script> and <!--', async () => {
    const risky: PlayerCourse = {
      ...course,
      title: 'Tom & Jerry <script>',
      modules: course.modules.map((module, m) =>
        m === 0
          ? { ...module, screens: [{ id: 'm1s1', title: 'Risky', blocks: [{ kind: 'html', html: '<p>a </script><!-- b</p>' }] }] }
          : module,
      ),
    };
    const { lms, learner } = await openCourse(risky);
    expect(learner.document.querySelector('header .course-title')?.textContent).toBe('Tom & Jerry <script>');
    expect(learner.heading()).toBe('Risky');
    expect(learner.text()).toContain('a');
    expect(lms.pageErrors).toEqual([]);
  });
});
