/**
 * Player courses made to size, for the extremes LMSs meet in the field: many
 * screens and answers (suspend data), long ids and prompts, 26 choices.
 */
import type { Module, Question } from '../../src/model/course.js';
import type { PlayerCourse } from '../../src/model/player.js';
import { stringsFor } from '../../src/model/ui-strings.js';

export const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export interface CourseSize {
  /** Lesson screens, ten per module. */
  screens: number;
  /** Knowledge checks, `checksPerScreen` on every screen from the first until there are this many. */
  checks: number;
  checksPerScreen?: number;
  /** Assessment pool, all drawn; 0 for a course without assessment. */
  pool: number;
  /** Choices per question (2–26), all correct, so the largest answer is every choice. */
  choices?: number;
  /** Makes question ids and prompts as long as the rules allow (ids of 255 characters). */
  long?: boolean;
}

/** A question with `count` choices, every one correct. */
export function manyChoiceQuestion(id: string, graded: boolean, count: number, prompt = `${id}?`): Question {
  return {
    id,
    kind: 'multiple',
    graded,
    promptHtml: `<p>${prompt}</p>`,
    promptText: prompt,
    choices: [...LETTERS.slice(0, count)].map((letter) => ({ id: letter, html: letter, text: letter, correct: true })),
    feedbackHtml: '<p>Because.</p>',
  };
}

export function generatedCourse(size: CourseSize): PlayerCourse {
  const choices = size.choices ?? 26;
  const id = (name: string) => (size.long ? `${name}-`.padEnd(255, 'x') : name);
  const prompt = (name: string) =>
    size.long ? `{${name}} ${'A prompt long enough to pass any limit, on several lines.\n'.repeat(40)}😀` : `${name}?`;
  const checks = Array.from({ length: size.checks }, (_, n) => manyChoiceQuestion(id(`kc-${n}`), false, choices, prompt(`kc-${n}`)));
  const pool = Array.from({ length: size.pool }, (_, n) => manyChoiceQuestion(id(`final-${n}`), true, choices, prompt(`final-${n}`)));
  const lessons = Math.ceil(size.screens / 10);
  const modules: Module[] = Array.from({ length: lessons }, (_, m) => ({
    id: `m${m + 1}`,
    title: `Module ${m + 1}`,
    source: `${m + 1}.md`,
    isAssessment: false,
    screens: Array.from({ length: Math.min(10, size.screens - m * 10) }, (_, s) => {
      const n = m * 10 + s;
      const per = size.checksPerScreen ?? 1;
      const here = checks.slice(n * per, (n + 1) * per);
      return {
        id: `m${m + 1}s${s + 1}`,
        title: `Screen ${n + 1}`,
        blocks: [{ kind: 'html' as const, html: `<p>Text ${n + 1}</p>` }, ...here.map((check) => ({ kind: 'question' as const, questionId: check.id }))],
      };
    }),
  }));
  if (size.pool > 0) {
    modules.push({
      id: 'final',
      title: 'Final check',
      source: 'final.md',
      isAssessment: true,
      screens: [{ id: 'final-s1', title: 'Final check', blocks: [{ kind: 'html', html: '<p>Ready?</p>' }] }],
    });
  }
  return {
    id: 'generated',
    activityId: '',
    title: 'Generated course',
    description: '',
    organization: '',
    durationMinutes: null,
    logo: null,
    version: '1.0.0',
    language: 'en',
    statusPolicy: 'passed-failed',
    modules,
    questions: [...checks, ...pool],
    assessment:
      size.pool > 0
        ? { moduleId: 'final', passingScore: 80, draw: size.pool, shuffle: true, attempts: 0, questionIds: pool.map((q) => q.id) }
        : null,
    strings: stringsFor('en'),
  };
}
