import { browserStore } from '../core/browser-store.js';
import { launch } from '../core/launch.js';
import type { PlayerCourse } from '../../model/player.js';
import { Cmi5Transport } from '../transport/cmi5.js';
import { unusableLaunch } from '../transport/xapi-launch.js';

void launch(() => {
  try {
    const course = JSON.parse(document.getElementById('cease-course')?.textContent ?? '') as PlayerCourse;
    return Cmi5Transport.fromLocation(location.search, course, browserStore(window));
  } catch (error) {
    return unusableLaunch(error);
  }
}).catch((error: unknown) => console.error('cease: the course could not start', error));
