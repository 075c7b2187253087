import type { Rule } from '../rule.js';

/**
 * The course is finished when the assessment is passed: the player says so
 * and reports the course complete to the LMS, whatever modules follow. A
 * module after the assessment is then optional reading that no status waits
 * for, which is rarely what the author meant.
 */
export const moduleAfterAssessment: Rule = {
  id: 'module-after-assessment',
  description: 'The assessment is the last module: passing it finishes the course, so modules after it would be optional.',
  severity: 'warning',
  check(draft, report) {
    // With two assessments the assessment rule already reports the second.
    const index = draft.lessons.map((lesson) => lesson.assessment !== null).lastIndexOf(true);
    const after = draft.lessons.slice(index + 1);
    const lesson = draft.lessons[index];
    if (index < 0 || !lesson?.assessment || after.length === 0) return;
    report({ file: lesson.file, position: lesson.assessment.position },
      `${after.length === 1 ? `Module ${after[0]?.name} comes` : `${after.length} modules (${after.map((later) => later.name).join(', ')}) come`} after the assessment; passing the assessment finishes the course, so learners are told they are done and the LMS records the course as completed before they see ${after.length === 1 ? 'it' : 'them'}.`,
      `Number the files so the assessment comes last (e.g. rename ${lesson.name} to follow ${after[after.length - 1]?.name}).`);
  },
};
