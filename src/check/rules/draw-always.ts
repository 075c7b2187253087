import { questionTags } from '../../model/draft.js';
import type { Rule } from '../rule.js';
import { assessmentLesson } from '../assessment-pool.js';

export const drawAlways: Rule = {
  id: 'draw-always',
  description: 'Always-included questions fit the draw: no more of them than `draw`, nor than a blueprint tag\'s count among those with that tag.',
  severity: 'error',
  check(draft, report) {
    const lesson = assessmentLesson(draft.lessons);
    const settings = lesson?.assessment;
    if (!lesson || !settings) return;
    const always = lesson.questions.filter((question) => question.always !== null);
    if (!settings.blueprint) {
      if (settings.draw !== null && always.length > settings.draw) {
        report({ file: lesson.file, position: settings.position },
          `${always.length} questions are always included but "draw" asks only ${settings.draw} per attempt.`,
          `Raise "draw" to at least ${always.length}, or remove "always" from some questions.`);
      }
      return;
    }
    for (const quota of settings.blueprint) {
      const fixed = always.filter((question) => questionTags(question).includes(quota.tag)).length;
      if (fixed > quota.count) {
        report({ file: lesson.file, position: quota.position },
          `${fixed} questions tagged "${quota.tag}" are always included but "draw" asks for ${quota.count}.`,
          `Raise the count of "${quota.tag}" to ${fixed}, or remove "always" from some of them.`);
      }
    }
  },
};
