import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Course } from '../model/course.js';
import type { PlayerCourse } from '../model/player.js';
import { pageData } from '../model/player-page-data.js';
import { builtDir } from '../project-files.js';
import { themeStylesheet } from '../render/render-theme.js';
import { renderTemplate } from '../render/templates.js';
import type { PackageFile } from './package-file.js';

export const PLAYER_PAGE = 'index.html';
const SCRIPT = 'cease.js';
const STYLE = 'cease.css';

/** The player page, runtime and styles for one format, plus the course's assets. */
export async function playerFiles(course: Course, runtime: string): Promise<PackageFile[]> {
  const player = playerCourse(course);
  const page = renderTemplate('player.html.hbs', {
    lang: course.language,
    title: course.title,
    courseData: pageData(player),
    scriptHref: SCRIPT,
    styleHref: STYLE,
    themeCss: themeStylesheet(course.theme),
    logo: course.theme.logo,
    organization: course.organization || course.title,
    noscript: player.strings.noscript,
  });
  const assets = await Promise.all(
    course.assets.map(async (asset) => ({ path: asset.packagePath, contents: await readFile(asset.sourcePath) })),
  );
  return [
    { path: PLAYER_PAGE, contents: page },
    { path: SCRIPT, contents: runtimeFile(`${runtime}.js`) },
    { path: STYLE, contents: runtimeFile('cease.css') },
    ...assets,
  ];
}

/** What the player page embeds: the course as the runtime sees it. */
export function playerCourse(course: Course): PlayerCourse {
  return {
    id: course.id,
    activityId: course.activityId,
    title: course.title,
    version: course.version,
    language: course.language,
    statusPolicy: course.statusPolicy,
    modules: course.modules,
    questions: course.questions,
    assessment: course.assessment,
    ...(course.scenarios ? { scenarios: course.scenarios } : {}),
    strings: course.strings,
    description: course.description,
    organization: course.organization,
    durationMinutes: course.durationMinutes,
    logo: course.theme.logo,
  };
}

const runtimeCache = new Map<string, Buffer>();

function runtimeFile(name: string): Buffer {
  let contents = runtimeCache.get(name);
  if (!contents) {
    try {
      contents = readFileSync(join(builtDir, 'runtime', name));
    } catch {
      throw new Error(`the player runtime (${name}) is not built; run "npm run build" in the cease folder`);
    }
    runtimeCache.set(name, contents);
  }
  return contents;
}
