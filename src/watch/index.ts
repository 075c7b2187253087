export { watchFolder, DEFAULT_DEBOUNCE_MS, type FolderWatcher, type WatchOptions } from './watch-folder.js';
export { rebuildQueue } from './rebuild-queue.js';
export { untilSignal } from './until-signal.js';
