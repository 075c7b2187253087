import { dirname, join } from 'node:path';
import { fileReferences, resolveAssetRef } from '../asset-path.js';
import { clipCompanions, clipFiles } from '../clip-files.js';
import type { Rule } from '../rule.js';

/**
 * A file in `assets/` that nothing points to is usually a leftover from an
 * edit, or a sign that a path in a lesson is misspelt.
 */
export const unusedAsset: Rule = {
  id: 'unused-asset',
  description: 'Every file in `assets/` is used by an image or link in some lesson, in any language of the course, is the captions or poster beside a clip, or is the `theme:` logo.',
  severity: 'warning',
  check(draft, report) {
    const used = new Set<string>();
    for (const lesson of draft.lessons) {
      for (const { ref } of fileReferences(lesson.tree)) if (ref.kind === 'local') used.add(ref.path);
      // A clip's captions go with it, and a video's poster (audio has none, so a picture beside it is not packaged).
      for (const { path, kind } of clipFiles(lesson.tree)) {
        const { captions, poster } = path ? clipCompanions(path, draft.files) : { captions: null, poster: null };
        for (const companion of [captions, kind === 'video' ? poster : null]) if (companion) used.add(companion);
      }
    }
    const logo = draft.settings.theme.logo ? resolveAssetRef(draft.settings.theme.logo.value) : null;
    if (logo?.kind === 'local') used.add(logo.path);
    const folder = dirname(draft.configFile);
    // Another language's lessons count too (a text match is enough: they are not built here).
    const elsewhere = (path: string) => (draft.otherLanguages ?? []).some((text) => text.normalize('NFC').includes(path));
    for (const path of [...draft.files.keys()].sort()) {
      if (!path.startsWith('assets/') || used.has(path) || elsewhere(path)) continue;
      report({ file: join(folder, path) }, `${path} is not used by any lesson, so it is left out of the package.`,
        'Delete it, or check the paths of images and links that were meant to show it.');
    }
  },
};
