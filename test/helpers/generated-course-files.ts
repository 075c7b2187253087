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
  /**
   * Cycle through every question type (choice, matching, ordering, short
   * answer and, outside the assessment, survey), each as large as its rules
   * allow; each lesson ends on a practice scenario and the assessment opens
   * with a graded one.
   */
  everyType?: boolean;
}

function question(id: string, choices: number): string {
  const list = [...LETTERS.slice(0, choices)].map((letter) => `- [x] Choice ${letter}`).join('\n');
  return `:::question{#${id}}\nWhich apply to ${id}?\n\n${list}\n\n> All of them.\n:::\n`;
}

const NINE = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** The largest question of each type the rules allow, by position in the cycle. */
const TYPES: ((id: string, choices: number) => string)[] = [
  question,
  (id) => `:::matching{#${id}}\nMatch ${id}.\n\n${NINE.map((n) => `- Item ${n} → Answer ${n}`).join('\n')}\n\n> Each with its own.\n:::\n`,
  (id) => `:::ordering{#${id}}\nOrder ${id}.\n\n${NINE.map((n) => `${n}. Step ${n}`).join('\n')}\n\n> In order.\n:::\n`,
  (id) => `:::short-answer{#${id}}\nName ${id}.\n\n${[1, 2, 3, 4, 5].map((n) => `- Answer ${n}`).join('\n')}\n\n> Any of them.\n:::\n`,
  (id) => `:::survey{#${id}}\nRate ${id}.\n\n${NINE.map((n) => `${n}. Point ${n}`).join('\n')}\n:::\n`,
];

/** A scenario of three decisions in a row, three choices each (the first one best), the last leading to the end. */
function scenario(id: string): string {
  const decisions = [1, 2, 3].map((d) => {
    const target = d === 3 ? 'End' : `Step ${d + 1}`;
    const choices = ['Best', 'Acceptable', 'Harmful'].map((rating, c) => `- Option ${c + 1}. → ${target}\n  > **${rating}.** Because.`);
    return `### Step ${d}\nWhat now?\n\n${choices.join('\n')}`;
  });
  return `:::scenario{#${id}}\nA scenario.\n\n${decisions.join('\n\n')}\n:::\n`;
}

function questionOfType(n: number, id: string, choices: number, graded: boolean): string {
  const make = TYPES[n % (graded ? TYPES.length - 1 : TYPES.length)] ?? question;
  return make(id, choices);
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
      const here = check < size.checks ? `\n${size.everyType ? questionOfType(check, `kc-${check++}`, choices, false) : question(`kc-${check++}`, choices)}` : '';
      const last = size.everyType && s === Math.min(10, size.screens - m * 10) - 1;
      return `## Screen ${n + 1}\n\nText of screen ${n + 1}.\n${here}${last ? `\n${scenario(`practice-${m}`)}` : ''}`;
    });
    writeFileSync(join(dir, `${String(m + 1).padStart(3, '0')}-lesson.md`), `# Lesson ${m + 1}\n\n${screens.join('\n')}`);
  }
  if (size.pool > 0) {
    const front = `---\nassessment:\n  passingScore: 80\n${size.draw === undefined ? '' : `  draw: ${size.draw}\n`}---\n`;
    const pool = Array.from({ length: size.pool }, (_, n) => (size.everyType ? questionOfType(n, `final-${n}`, choices, true) : question(`final-${n}`, choices))).join('\n');
    const graded = size.everyType ? `## Scenario\n\n${scenario('graded')}\n## Questions\n\n` : '';
    writeFileSync(join(dir, `${String(lessons + 1).padStart(3, '0')}-final.md`), `${front}# Final check\n\n${graded}${pool}`);
  }
  return dir;
}
