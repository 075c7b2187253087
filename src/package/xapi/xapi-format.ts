import type { PackageFormat } from '../format.js';
import { renderTemplate } from '../../render/templates.js';
import { PLAYER_PAGE } from '../player-files.js';
import { xmlText } from '../xml-text.js';

/**
 * xAPI with the Tin Can launch: tincan.xml at the root names the course
 * activity and the page to launch; the LMS adds the LRS endpoint, credentials
 * and learner to the launch URL, so the package holds no secret.
 */
export const xapi: PackageFormat = {
  name: 'xapi',
  runtime: 'xapi',
  resumeData: { characters: 32000, standard: 'xAPI', store: 'a State API document (the player keeps it within one keepalive request)' },
  describe(course) {
    const descriptor = renderTemplate('xapi/tincan.xml.hbs', {
      activityId: course.activityId,
      title: xmlText(course.title),
      description: xmlText(course.description),
      lang: course.language,
      launch: PLAYER_PAGE,
    });
    return [{ path: 'tincan.xml', contents: descriptor }];
  },
};
