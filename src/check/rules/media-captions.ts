import { clipCompanions, courseClips } from '../clip-files.js';
import type { Rule } from '../rule.js';
import { nodeLocation } from './node-location.js';

/**
 * Captions for prerecorded video are WCAG 2.1 SC 1.2.2 (level A): a city
 * cannot ship a clip some employees cannot hear. They are a WebVTT file
 * beside the clip, so the player needs no settings to find them.
 */
export const mediaCaptions: Rule = {
  id: 'media-captions',
  description: 'Every `:::video` clip has captions: a WebVTT file of the same name beside it (`hotline-call.vtt` for `hotline-call.mp4`).',
  severity: 'error',
  check(draft, report) {
    for (const { lesson, clip } of courseClips(draft)) {
      if (clip.kind !== 'video' || !clip.path || draft.files.get(clip.path) !== true) continue;
      if (clipCompanions(clip.path, draft.files).captions) continue;
      const captions = clip.path.replace(/\.[^./]*$/, '.vtt');
      report(nodeLocation(lesson, clip.link), `Video "${clip.link.url}" has no captions (${captions} is missing).`,
        `Write the captions as WebVTT in ${captions}, beside the video; most video editors and captioning services export .vtt.`);
    }
  },
};
