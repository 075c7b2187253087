import type { Rule } from '../rule.js';

/** The id is what LMS reports show for each answer, so it must exist and fit every standard's identifier type. */
export const questionId: Rule = {
  id: 'question-id',
  description: 'Every question has an `{#id}` of letters, digits, "-" and "_" (at most 255), the interaction id LMS reports show.',
  severity: 'error',
  check(draft, report) {
    for (const lesson of draft.lessons) {
      for (const question of lesson.questions) {
        if (question.otherAttributes.length > 0) {
          // `{#a.b}` is id "a" plus class "b" in directive syntax: the author meant one id.
          report(
            { file: lesson.file, position: question.position },
            `Question attributes may hold only the id; found ${question.otherAttributes.join(', ')}.`,
            'Write the id alone, e.g. {#taken-myth}; ids may not contain "." or spaces.',
          );
        } else if (question.id === null || question.id === '') {
          report(
            { file: lesson.file, position: question.position },
            'Question has no id.',
            'Add a stable id after the name, e.g. :::question{#taken-myth}. It is how LMS reports identify the answer.',
          );
        } else if (!/^[A-Za-z0-9_-]{1,255}$/.test(question.id)) {
          // SCORM 1.2 CMIIdentifier: no spaces or periods (RTE 1.2 §3.4.2).
          report(
            { file: lesson.file, position: question.position },
            `Question id "${question.id}" may hold only letters, digits, "-" and "_".`,
            'Use ids like taken-myth or q_07.',
          );
        }
      }
    }
  },
};
