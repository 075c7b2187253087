import { missingFileHint, resolveAssetRef } from '../asset-path.js';
import type { Rule } from '../rule.js';
import { imageLocation } from './image-location.js';

export const imageAsset: Rule = {
  id: 'image-asset',
  description: 'Every image is a file inside the course folder (paths relative to the folder; no "..", absolute paths or links out).',
  severity: 'error',
  check(draft, report) {
    for (const lesson of draft.lessons) {
      for (const image of lesson.images) {
        const at = imageLocation(lesson, image);
        const ref = resolveAssetRef(image.url);
        switch (ref.kind) {
          case 'remote':
            report(at, `Image "${image.url}" is loaded from the internet; it breaks offline and in LMSs that block outside content.`,
              'Download it into the course folder (e.g. assets/) and link it there.');
            break;
          case 'unsupported':
            report(at, `Image "${image.url}" uses the unsupported "${ref.scheme}:" scheme.`, 'Save the image as a file in the course folder.');
            break;
          case 'outside':
            report(at, `Image "${image.url}" ${ref.reason}; only files inside the course folder can be packaged.`,
              ref.hint ?? 'Copy the file into the course folder and use a relative path such as assets/picture.png.');
            break;
          case 'local': {
            const inside = draft.files.get(ref.path);
            if (inside === undefined) {
              report(at, `Image "${image.url}" not found in the course folder.`, missingFileHint(image.url, ref.path));
            } else if (!inside) {
              report(at, `Image "${image.url}" links to a file outside the course folder.`, 'Copy the file into the course folder instead of linking it.');
            }
          }
        }
      }
    }
  },
};
