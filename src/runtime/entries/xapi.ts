import { browserStore } from '../core/browser-store.js';
import { launch } from '../core/launch.js';
import { XapiTransport } from '../transport/xapi.js';
import { tinCanLaunch, unusableLaunch } from '../transport/xapi-launch.js';

void launch((course) => {
  try {
    const params = tinCanLaunch(location.search);
    if (!params) return null;
    const activityId = params.activityId ?? (course.activityId || `https://cease.invalid/courses/${course.id}`);
    return new XapiTransport({ ...params, auth: () => params.auth, activityId }, course, browserStore(window));
  } catch (error) {
    return unusableLaunch(error);
  }
}).catch((error: unknown) => console.error('cease: the course could not start', error));
