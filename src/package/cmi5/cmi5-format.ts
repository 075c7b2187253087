import type { Course } from '../../model/course.js';
import type { PackageFormat } from '../format.js';
import { renderTemplate } from '../../render/templates.js';
import { PLAYER_PAGE } from '../player-files.js';
import { xmlText } from '../xml-text.js';

/**
 * cmi5: cmi5.xml at the root describes the course and its one AU (the
 * player). The LMS launches it with an endpoint, a single-use fetch URL for
 * the token, the learner, the registration and its own activity id.
 */
export const cmi5: PackageFormat = {
  name: 'cmi5',
  runtime: 'cmi5',
  resumeData: { characters: 32000, standard: 'cmi5', store: 'a State API document (the player keeps it within one keepalive request)' },
  describe(course) {
    const title = xmlText(course.title);
    const descriptor = renderTemplate('cmi5/cmi5.xml.hbs', {
      courseId: course.activityId,
      auId: cmi5AuId(course.activityId),
      title,
      // cmi5 §13.1.1: a description is required; the title stands in when the author gave none.
      description: xmlText(course.description) || title,
      lang: course.language,
      moveOn: moveOn(course),
      // cmi5 §13.1.4: a decimal from 0 to 1 with at most 4 places.
      masteryScore: course.assessment ? String(Math.round(course.assessment.passingScore * 100) / 10000) : null,
      url: PLAYER_PAGE,
    });
    return [{ path: 'cmi5.xml', contents: descriptor }];
  },
};

/** AU and course ids share one space in cmi5.xml, so the AU gets its own; the LMS launches the player with it. */
export function cmi5AuId(courseActivityId: string): string {
  return `${courseActivityId}/au`;
}

/**
 * cmi5 §13.1.4. A course with an assessment sends completed and passed once
 * the learner passes, so it needs both. Without an assessment, or under the
 * completed-incomplete policy (completed is sent only on a pass), completed
 * alone is the signal.
 */
function moveOn(course: Course): string {
  return course.assessment && course.statusPolicy === 'passed-failed' ? 'CompletedAndPassed' : 'Completed';
}
