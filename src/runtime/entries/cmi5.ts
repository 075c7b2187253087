import { browserStore } from '../core/browser-store.js';
import { launch } from '../core/launch.js';
import { Cmi5Transport } from '../transport/cmi5.js';
import { unusableLaunch } from '../transport/xapi-launch.js';

void launch((course) => {
  try {
    return Cmi5Transport.fromLocation(location.search, course, browserStore(window));
  } catch (error) {
    return unusableLaunch(error);
  }
}).catch((error: unknown) => console.error('cease: the course could not start', error));
