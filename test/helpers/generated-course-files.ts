/**
 * Course folders made to size (course.yml and Markdown lessons), for the
 * extremes the build must accept or refuse: hundreds of screens, a pool of
 * thousands of questions. The player-side twin is generated-course.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LETTERS } from './generated-course.js';

export interface CourseFilesSize {
  /** Lesson screens, ten per lesson. */
  screens: number;
  /** Knowledge checks, one on every screen from the first until there are this many. */
  checks: number;
  /** Assessment pool; 0 for a course without assessment. */
  pool: number;
  /** Questions drawn per attempt; the whole pool when not given. */
  draw?: number;
  /** Choices per question (2–26), all correct. */
  choices?: number;
}

function question(id: string, choices: number): string {
  const list = [...LETTERS.slice(0, choices)].map((letter) => `- [x] Choice ${letter}`).join('\n');
  return `:::question{#${id}}\nWhich apply to ${id}?\n\n${list}\n\n> All of them.\n:::\n`;
}

/** Writes the course into `dir` (created) and returns `dir`. */
export function writeGeneratedCourse(dir: string, size: CourseFilesSize): string {
  const choices = size.choices ?? 26;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'course.yml'), 'id: generated\ntitle: Generated course\nversion: 1.0.0\nlanguage: en\n');
  const lessons = Math.ceil(size.screens / 10);
  let check = 0;
  for (let m = 0; m < lessons; m++) {
    const screens = Array.from({ length: Math.min(10, size.screens - m * 10) }, (_, s) => {
      const n = m * 10 + s;
      const here = check < size.checks ? `\n${question(`kc-${check++}`, choices)}` : '';
      return `## Screen ${n + 1}\n\nText of screen ${n + 1}.\n${here}`;
    });
    writeFileSync(join(dir, `${String(m + 1).padStart(3, '0')}-lesson.md`), `# Lesson ${m + 1}\n\n${screens.join('\n')}`);
  }
  if (size.pool > 0) {
    const front = `---\nassessment:\n  passingScore: 80\n${size.draw === undefined ? '' : `  draw: ${size.draw}\n`}---\n`;
    const pool = Array.from({ length: size.pool }, (_, n) => question(`final-${n}`, choices)).join('\n');
    writeFileSync(join(dir, `${String(lessons + 1).padStart(3, '0')}-final.md`), `${front}# Final check\n\n${pool}`);
  }
  return dir;
}
