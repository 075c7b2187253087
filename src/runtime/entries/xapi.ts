import { browserStore } from '../core/browser-store.js';
import { launch } from '../core/launch.js';
import type { PlayerCourse } from '../../model/player.js';
import { XapiTransport } from '../transport/xapi.js';
import { tinCanLaunch, unusableLaunch } from '../transport/xapi-launch.js';

void launch(() => {
  try {
    const params = tinCanLaunch(location.search);
    if (!params) return null;
    const course = JSON.parse(document.getElementById('cease-course')?.textContent ?? '') as PlayerCourse;
    const activityId = params.activityId ?? (course.activityId || `https://cease.invalid/courses/${course.id}`);
    return new XapiTransport({ ...params, auth: () => params.auth, activityId }, course, browserStore(window));
  } catch (error) {
    return unusableLaunch(error);
  }
}).catch((error: unknown) => console.error('cease: the course could not start', error));
