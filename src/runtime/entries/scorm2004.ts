import { launch } from '../core/launch.js';
import { findApi } from '../transport/find-api.js';
import { isScorm2004Api, Scorm2004Transport } from '../transport/scorm2004.js';

void launch((course) => {
  const api = findApi(window, 'API_1484_11', isScorm2004Api);
  // Only a course with an assessment has a pass mark for the LMS to hand back
  // (cmi.scaled_passing_score); asking otherwise meets an uninitialised element.
  return api ? new Scorm2004Transport(api, Boolean(course.assessment)) : null;
}).catch((error: unknown) => console.error('cease: the course could not start', error));
