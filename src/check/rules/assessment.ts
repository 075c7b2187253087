import type { Rule } from '../rule.js';

export const assessment: Rule = {
  id: 'assessment',
  description: 'At most one lesson is the assessment; it has questions, and `draw` is no more than the pool.',
  severity: 'error',
  check(draft, report) {
    const assessed = draft.lessons.filter((lesson) => lesson.assessment);
    for (const extra of assessed.slice(1)) {
      report({ file: extra.file, position: extra.assessment?.position ?? { line: 1, column: 1 } },
        `A second assessment; ${assessed[0]?.name} already has one.`, 'Put all graded questions in one lesson.');
    }
    const lesson = assessed[0];
    if (!lesson?.assessment) return;
    const at = { file: lesson.file, position: lesson.assessment.position };
    const pool = lesson.questions.length;
    if (pool === 0) {
      report(at, 'The assessment has no questions.', 'Add :::question blocks to this lesson, or remove "assessment:" from its front matter.');
    } else if (!lesson.assessment.blueprint && lesson.assessment.draw !== null && lesson.assessment.draw > pool) {
      // A blueprint's counts are checked per tag (draw-tag-pool).
      report(at, `The assessment draws ${lesson.assessment.draw} questions but its pool has only ${pool}.`,
        `Lower "draw" to ${pool} or add questions.`);
    }
  },
};
