import type { PlayerCourse } from '../../model/player.js';
import { readPageData } from '../../model/player-page-data.js';
import { StandaloneTransport } from '../transport/standalone.js';
import { SessionEndedError, type LaunchData, type Transport } from '../transport/transport.js';
import { askToClaimCopy } from '../view/claim-copy.js';
import { Shell } from '../view/shell.js';
import { CopySlot, UNKNOWN_OWNER, type BrowserCopy } from './browser-copy.js';
import { browserStore } from './browser-store.js';
import { Player } from './player.js';
import { lineageOf } from './progress-state.js';
import { Tracker, type CopyPlan, type Health } from './tracker.js';

/**
 * Starts the player on the page built from templates/player.html.hbs, with
 * the platform's transport when `connect` finds one, else in this browser
 * alone with a calm notice saying so.
 */
export async function launch(connect: (course: PlayerCourse) => Transport | null): Promise<void> {
  const course = readPageData((id) => document.getElementById(id)?.textContent ?? '');
  const strings = course.strings;
  const store = browserStore(window);
  let transport = connect(course);
  let launchData: LaunchData | null = null;
  let notice: string | null = null;
  if (transport) {
    try {
      launchData = await transport.start();
    } catch (error) {
      if (error instanceof SessionEndedError) return windowStopsRecording(course);
      console.warn('cease: the learning platform could not be used', error);
      notice = strings.lmsUnreachableNotice;
    }
  }
  let copy: BrowserCopy | null = null;
  let plan: CopyPlan = { own: null, base: null, resumedFromCopy: false };
  /** The learner already answered a first screen (whose progress this is): the cover would only stand in the way. */
  let asked = false;
  if (transport) {
    const own = CopySlot.of(store, course, transport.owner?.() ?? launchData?.learnerId ?? '');
    copy = own.read();
    if (launchData) {
      const stray = CopySlot.of(store, course, UNKNOWN_OWNER);
      const strayCopy = copy || stray.key === own.key ? null : stray.read();
      asked = strayCopy !== null;
      // Kept when the learner could not be identified: only they can say it
      // is theirs, and once they have, it moves to their own slot.
      if (strayCopy && (await askToClaimCopy(strings, course.language, strayCopy.savedAt)) && own.save(strayCopy)) {
        stray.clear();
        copy = strayCopy;
      }
      plan = { own, base: (launchData.resumed && lineageOf(launchData.suspendData)?.session) || 0, resumedFromCopy: copy !== null };
    } else {
      // The platform is out of reach: this session goes into the learner's copy.
      transport = StandaloneTransport.intoCopy(own, copy);
    }
  } else {
    transport = new StandaloneTransport(store, `cease:${course.id}:${course.version}`);
  }
  launchData ??= await transport.start();
  if (!notice && transport instanceof StandaloneTransport) notice = store.available ? strings.standaloneNotice : strings.standaloneNoStorageNotice;
  const healthNotice: Record<Health, string | null> = {
    saved: null,
    retrying: strings.saveFailedNotice,
    refused: strings.recordRefusedNotice,
    'place-kept-here': strings.placeKeptHereNotice,
  };
  const tracker = new Tracker(transport, launchData, (health) => player.notice('saving', healthNotice[health]), plan);
  const player = new Player(course, launchData, tracker, copy);
  player.notice('connection', notice);
  player.start(!asked);
  // Commit when the page is hidden and finish once when it goes away:
  // unload and beforeunload are unreliable (and blocked in some LMS frames).
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && player.flush());
  window.addEventListener('pagehide', () => void player.finish());
  // A page restored from the back-forward cache after its session ended records nothing more.
  window.addEventListener('pageshow', (event) => event.persisted && tracker.isClosed && player.stopRecording());
}

/** The session of this window has ended (a reload after it was closed): say so plainly, and offer nothing that could look recorded. */
function windowStopsRecording(course: PlayerCourse): void {
  const noop = () => undefined;
  new Shell(course.strings, { go: noop, previous: noop, next: noop, exit: noop }).exited(course.strings.sessionEndedTitle, course.strings.sessionEndedBody);
}
