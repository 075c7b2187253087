import type { PlayerCourse } from '../../model/player.js';
import { StandaloneTransport } from '../transport/standalone.js';
import type { LaunchData, Transport } from '../transport/transport.js';
import { browserStore } from './browser-store.js';
import { LocalBackup } from './local-backup.js';
import { Player } from './player.js';
import { Tracker } from './tracker.js';

/**
 * Starts the player on the page built from templates/player.html.hbs, with
 * the platform's transport when `connect` finds one, else in this browser
 * alone with a calm notice saying so.
 */
export async function launch(connect: () => Transport | null): Promise<void> {
  const data = document.getElementById('cease-course')?.textContent ?? '';
  const course = JSON.parse(data) as PlayerCourse;
  const strings = course.strings;
  const store = browserStore(window);
  const key = `cease:${course.id}:${course.version}`;
  let transport = connect();
  let launchData: LaunchData | null = null;
  let notice: string | null = null;
  if (transport) {
    try {
      launchData = await transport.start();
    } catch (error) {
      console.warn('cease: the learning platform could not be used', error);
      notice = strings.lmsUnreachableNotice;
    }
  }
  let backup: LocalBackup | null = null;
  if (transport && launchData) {
    backup = new LocalBackup(store, `${key}:${launchData.learnerId}`);
    const saved = backup.read();
    if (saved) launchData = { ...launchData, ...saved, resumed: true };
  } else {
    transport = new StandaloneTransport(store, key);
    launchData = await transport.start();
    notice = notice ?? (store.available ? strings.standaloneNotice : strings.standaloneNoStorageNotice);
  }
  const tracker = new Tracker(transport, launchData, (saving) => player.notice('saving', saving ? null : strings.saveFailedNotice), backup);
  const player = new Player(course, launchData, tracker);
  player.notice('connection', notice);
  player.start();
  // Commit when the page is hidden and finish once when it goes away:
  // unload and beforeunload are unreliable (and blocked in some LMS frames).
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && player.flush());
  window.addEventListener('pagehide', () => void player.finish());
}
