import { beforeAll, describe, expect, test } from 'vitest';
import type { PlayerCourse } from '../../src/model/player.js';
import { pageData, readPageData, screensDataId } from '../../src/model/player-page-data.js';
import { playerFixture } from '../helpers/player-package.js';

let course: PlayerCourse;

beforeAll(async () => {
  course = await playerFixture('course');
});

/** The page's data elements as a lookup, noting which ones were read. */
function pageOf(data: { id: string; json: string }[]) {
  const read: string[] = [];
  const text = (id: string) => {
    read.push(id);
    return data.find((element) => element.id === id)?.json ?? '';
  };
  return { read, text };
}

describe('the course data of the player page', () => {
  test('puts every screen\'s blocks in its module\'s own element, not in the outline the first screen reads', () => {
    const [outline, ...modules] = pageData(course);
    expect(outline?.json).not.toContain('"blocks"');
    expect(modules.map((element) => element.id)).toEqual(course.modules.map((_, index) => screensDataId(index)));
    expect(JSON.parse(modules[1]?.json ?? '')).toEqual(course.modules[1]?.screens.map((screen) => screen.blocks));
  });

  test('reads a module\'s screens only when one of them is asked for, and then the whole course as written', () => {
    const { read, text } = pageOf(pageData(course));
    const onPage = readPageData(text);
    expect(onPage.modules.map((module) => module.screens.map((screen) => screen.title))).toEqual(course.modules.map((module) => module.screens.map((screen) => screen.title)));
    expect(read).toEqual(['cease-course']);
    expect(onPage.modules[1]?.screens[0]?.blocks).toEqual(course.modules[1]?.screens[0]?.blocks);
    expect(read).toEqual(['cease-course', 'cease-screens-2']);
    expect(onPage.modules[1]?.screens.at(-1)?.blocks).toEqual(course.modules[1]?.screens.at(-1)?.blocks);
    expect(read).toEqual(['cease-course', 'cease-screens-2']);
    expect(onPage).toEqual(course);
  });

  test('escapes every "<" so that no course text can close its script element', () => {
    const risky = { ...course, title: '</script><script>alert(1)</script>' };
    for (const { json } of pageData(risky)) expect(json).not.toContain('<');
    expect(readPageData(pageOf(pageData(risky)).text).title).toBe(risky.title);
  });
});
