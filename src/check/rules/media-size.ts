import { formatBytes } from '../../format-bytes.js';
import { courseClips } from '../clip-files.js';
import type { Rule } from '../rule.js';
import { nodeLocation } from './node-location.js';

/**
 * A clip is downloaded by every learner who plays it, often on a phone on
 * mobile data; past 5 MB that is a wait of about ten seconds on a slow 4G
 * link, and many city-issued phones are on capped plans. The asset-size
 * error at 10 MB still applies.
 */
export const MAX_CLIP_BYTES = 5 * 1024 * 1024;

export const mediaSize: Rule = {
  id: 'media-size',
  description: 'Each video or audio clip is at most 5 MB, so it starts quickly on a phone.',
  severity: 'warning',
  check(draft, report) {
    const sizes = draft.fileSizes;
    if (!sizes) return;
    for (const { lesson, clip } of courseClips(draft)) {
      const bytes = clip.path ? sizes.get(clip.path) : undefined;
      if (bytes === undefined || bytes <= MAX_CLIP_BYTES) continue;
      report(nodeLocation(lesson, clip.link), `${clip.kind === 'video' ? 'Video' : 'Audio'} "${clip.link.url}" is ${formatBytes(bytes)}; learners on phones wait for every megabyte.`,
        clip.kind === 'video'
          ? 'Export it at 720p or less with H.264 at about 1 Mbit/s (about 7 MB a minute), and cut it to the part that teaches.'
          : 'Export it as mono MP3 at 64 kbit/s (about 0.5 MB a minute).');
    }
  },
};
