import type { Rule } from '../rule.js';

export const questionDuplicateId: Rule = {
  id: 'question-duplicate-id',
  description: 'Question ids are unique across the whole course, so LMS reports never mix two questions.',
  severity: 'error',
  check(draft, report) {
    const firstSeen = new Map<string, string>();
    for (const lesson of draft.lessons) {
      for (const question of lesson.questions) {
        if (!question.id) continue;
        const where = `${lesson.file}:${question.position.line}`;
        const earlier = firstSeen.get(question.id);
        if (earlier) {
          report(
            { file: lesson.file, position: question.position },
            `Question id "${question.id}" is already used at ${earlier}.`,
            'Give each question its own id.',
          );
        } else {
          firstSeen.set(question.id, where);
        }
      }
    }
  },
};
