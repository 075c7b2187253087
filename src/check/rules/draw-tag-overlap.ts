import { questionTags } from '../../model/draft.js';
import type { Rule } from '../rule.js';
import { assessmentLesson } from '../assessment-pool.js';

/** One question counting toward two tags would make the number of questions per attempt vary. */
export const drawTagOverlap: Rule = {
  id: 'draw-tag-overlap',
  description: 'No assessment question carries two tags that the `draw` blueprint counts, so every attempt has the same number of questions.',
  severity: 'error',
  check(draft, report) {
    const lesson = assessmentLesson(draft.lessons);
    const counted = new Set(lesson?.assessment?.blueprint?.map((quota) => quota.tag) ?? []);
    for (const question of counted.size > 0 ? lesson!.questions : []) {
      const both = questionTags(question).filter((tag) => counted.has(tag));
      if (both.length > 1) {
        report({ file: lesson!.file, position: question.position },
          `Question "${question.id ?? ''}" carries ${both.map((tag) => `"${tag}"`).join(' and ')}, which the draw counts separately.`,
          'Keep one of these tags on the question, so it fills one count of the draw.');
      }
    }
  },
};
