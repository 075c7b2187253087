import { fileReferences } from '../asset-path.js';
import type { Rule } from '../rule.js';
import { nodeLocation } from './node-location.js';

/**
 * Largest file an image or link may package. Every learner downloads it,
 * often on a phone; 10 MB is a 20-second wait on a slow mobile connection,
 * and LMS upload limits are counted in tens to hundreds of MB for the whole
 * package (e.g. 200 MB at CrossKnowledge), so one oversize photo can make the
 * package unimportable.
 */
export const MAX_ASSET_BYTES = 10 * 1024 * 1024;

export const assetSize: Rule = {
  id: 'asset-size',
  description: 'Every file an image or link packages is at most 10 MB.',
  severity: 'error',
  check(draft, report) {
    const sizes = draft.fileSizes;
    if (!sizes) return;
    for (const lesson of draft.lessons) {
      for (const { node, ref } of fileReferences(lesson.tree)) {
        const bytes = ref.kind === 'local' ? sizes.get(ref.path) : undefined;
        if (bytes === undefined || bytes <= MAX_ASSET_BYTES) continue;
        report(nodeLocation(lesson, node), `"${node.url}" is ${(bytes / 1024 / 1024).toFixed(1)} MB; a packaged file may be at most 10 MB.`,
          'Compress or resize it (a screen-wide photo needs well under 1 MB), or link a video hosted elsewhere with https:.');
      }
    }
  },
};
