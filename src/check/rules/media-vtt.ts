import { dirname, join } from 'node:path';
import { WebVTTParser } from 'webvtt-parser';
import { clipCompanions, courseClips } from '../clip-files.js';
import type { Rule } from '../rule.js';

/**
 * Browsers drop a caption file they cannot parse without a word, and the
 * video plays with no captions at all; a cue that ends before it starts is
 * never shown. The parser is the one behind the W3C's WebVTT validator.
 */
export const mediaVtt: Rule = {
  id: 'media-vtt',
  description: 'Every caption file beside a clip is valid WebVTT (the `WEBVTT` line, cue timings such as `00:00:01.000 --> 00:00:04.000`) with at least one cue.',
  severity: 'error',
  check(draft, report) {
    const texts = draft.captionTexts;
    if (!texts) return;
    const captionFiles = new Set(courseClips(draft).flatMap(({ clip }) => (clip.path ? [clipCompanions(clip.path, draft.files).captions ?? ''] : [])));
    for (const captions of [...captionFiles].sort()) {
      const text = texts.get(captions);
      if (text === undefined) continue;
      const file = join(dirname(draft.configFile), captions);
      const parsed = new WebVTTParser().parse(text.replace(/^\uFEFF/, ''), 'subtitles');
      for (const error of parsed.errors) {
        report({ file, position: { line: error.line, column: error.col ?? 1 } }, `${error.message.replace(/\.$/, '')} in the captions.`,
          'Fix the line as in "00:00:01.000 --> 00:00:04.000" then the caption text, a blank line between cues (WebVTT, W3C).');
      }
      if (parsed.errors.length === 0 && parsed.cues.length === 0) {
        report({ file, position: { line: 1, column: 1 } }, 'The caption file has no cues.', 'Add the captions after the WEBVTT line, each a timing line then its text.');
      }
    }
  },
};
