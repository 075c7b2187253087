import type { Nodes } from 'mdast';
import { walkTree } from '../../model/walk-tree.js';
import type { LessonDraft } from '../../model/draft.js';
import type { Rule } from '../rule.js';
import { isQuestionDirective } from '../../questions/index.js';

/** Silent reading speed of adults for non-fiction (Brysbaert 2019: 238 wpm), lowered for study. */
const WORDS_PER_MINUTE = 200;
/** Reading a question, choosing, and reading the feedback. */
const MINUTES_PER_QUESTION = 0.5;
/**
 * Durations are stated in round numbers (5, 10, 15 … minutes) and the
 * estimate leaves out looking at images and thinking, so a gap smaller than
 * this misleads no one, even when the ratio is large for a short course.
 */
const SLACK_MINUTES = 10;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

function countWords(node: Nodes): number {
  let words = 0;
  walkTree(node, (child) => {
    if (child.type === 'text' || child.type === 'inlineCode' || child.type === 'code') words += child.value.match(WORD)?.length ?? 0;
  });
  return words;
}

/** What one learner reads in a lesson: an assessment shows only `draw` questions of its pool per attempt. */
function lessonLoad(lesson: LessonDraft): { words: number; questions: number } {
  const pool = lesson.questions.length;
  const drawn = lesson.assessment ? Math.min(lesson.assessment.draw ?? pool, pool) : pool;
  let words = 0;
  let questionWords = 0;
  for (const node of lesson.tree.children) {
    const isQuestion = isQuestionDirective(node);
    if (isQuestion) questionWords += countWords(node);
    else words += countWords(node);
  }
  return { words: words + (pool === 0 ? 0 : Math.round((questionWords * drawn) / pool)), questions: drawn };
}

export const durationEstimate: Rule = {
  id: 'duration-estimate',
  description: 'The `duration` in course.yml is within half to double the reading time of the lessons (200 words a minute, 30 seconds a question).',
  severity: 'warning',
  check(draft, report) {
    const stated = draft.settings.duration;
    if (stated === null) return;
    const load = draft.lessons.map(lessonLoad);
    const words = load.reduce((sum, lesson) => sum + lesson.words, 0);
    const questions = load.reduce((sum, lesson) => sum + lesson.questions, 0);
    const estimate = words / WORDS_PER_MINUTE + questions * MINUTES_PER_QUESTION;
    const off = stated < estimate / 2 || stated > estimate * 2;
    if (!off || Math.abs(stated - estimate) < SLACK_MINUTES) return;
    const shown = Math.max(1, Math.round(estimate));
    report(draft.settings.durationAt ?? { file: draft.configFile },
      `course.yml gives a duration of ${stated} minutes, but the lessons take about ${shown} minutes (${words} words at ${WORDS_PER_MINUTE} a minute, ${questions} questions at 30 seconds each).`,
      `Set "duration" nearer ${shown} minutes; if learners also watch videos or do tasks away from the screen, keep it and turn this rule off under "rules:".`);
  },
};
