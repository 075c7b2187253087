import { clipParts } from '../../blocks/media-clip.js';
import { courseClips } from '../clip-files.js';
import type { Rule } from '../rule.js';
import { nodeLocation } from './node-location.js';

/** Prerecorded audio needs a text alternative (WCAG 2.1 SC 1.2.1, level A): the transcript, written in the block. */
export const mediaTranscript: Rule = {
  id: 'media-transcript',
  description: 'Every `:::audio` clip has its transcript written in the block, after the link to the file.',
  severity: 'error',
  check(draft, report) {
    for (const { lesson, clip } of courseClips(draft)) {
      if (clip.kind !== 'audio' || clipParts(clip.node).transcript.length > 0) continue;
      report(nodeLocation(lesson, clip.node), `Audio "${clip.link.url}" has no transcript, so learners who cannot hear it miss what it says.`,
        'Write what is said (and by whom) inside the :::audio block, after the link; the player shows it under a "Transcript" heading.');
    }
  },
};
