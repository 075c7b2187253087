import type { MediaView } from '../transport/transport.js';

/** Tells `ended` of each video or audio clip in `root`: the clip was watched or heard to its end, named by its caption. */
export function onClipEnded(root: Element, ended: (view: MediaView) => void): void {
  for (const clip of Array.from(root.querySelectorAll('video, audio'))) {
    const title = clip.closest('figure')?.querySelector('figcaption')?.textContent ?? '';
    clip.addEventListener('ended', () => ended({ id: clip.getAttribute('src') ?? '', title }));
  }
}
