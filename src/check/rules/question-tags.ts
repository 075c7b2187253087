import { questionTags } from '../../model/draft.js';
import type { Rule } from '../rule.js';

/** A tag is a word a blueprint names as a YAML key, so it keeps to what that key allows. */
const TAG = /^[a-z0-9][a-z0-9-]*$/;

export const questionTagsRule: Rule = {
  id: 'question-tags',
  description: 'A question\'s `tags="…"` are lower-case words (letters, digits, "-"), and `always` is bare or `always=true` and sits on an assessment question.',
  severity: 'error',
  check(draft, report) {
    for (const lesson of draft.lessons) {
      for (const question of lesson.questions) {
        const at = { file: lesson.file, position: question.position };
        const bad = questionTags(question).filter((tag) => !TAG.test(tag));
        if (bad.length > 0) {
          report(at, `Question tag${bad.length > 1 ? 's' : ''} ${bad.map((tag) => `"${tag}"`).join(', ')} may hold only lower-case letters, digits and "-".`,
            'Separate tags with spaces, e.g. tags="reporting hotline".');
        }
        if (question.always !== null && question.always !== '' && question.always !== 'true') {
          report(at, `always="${question.always}" is not understood.`, 'Write the attribute alone, e.g. {#hotline-number always}, or remove it.');
        } else if (question.always !== null && !question.graded) {
          report(at, 'Only assessment questions can be always included; this question is a knowledge check.',
            'Remove "always", or move the question into the lesson whose front matter has "assessment:".');
        }
      }
    }
  },
};
