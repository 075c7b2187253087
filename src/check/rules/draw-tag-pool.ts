import type { Rule } from '../rule.js';
import { assessmentLesson, taggedWith } from '../assessment-pool.js';

export const drawTagPool: Rule = {
  id: 'draw-tag-pool',
  description: 'Each tag of a `draw` blueprint has at least as many questions in the assessment pool as the count it asks for.',
  severity: 'error',
  check(draft, report) {
    const lesson = assessmentLesson(draft.lessons);
    for (const quota of lesson?.assessment?.blueprint ?? []) {
      const found = taggedWith(lesson!, quota.tag).length;
      if (found < quota.count) {
        report({ file: lesson!.file, position: quota.position },
          `"draw" asks for ${quota.count} questions tagged "${quota.tag}" but the pool has ${found}.`,
          `Tag more questions in this lesson with tags="${quota.tag}", or lower the count to ${found}.`);
      }
    }
  },
};
