import { fileReferences, missingFileHint } from '../asset-path.js';
import type { Rule } from '../rule.js';
import { nodeLocation } from './node-location.js';

/** Schemes that open an app on the learner's device rather than a page. */
const APP_SCHEMES = new Set(['mailto', 'tel', 'sms']);

/**
 * A link to a local file (a handout, a policy PDF) is packaged with the course,
 * so the file must be inside the course folder; a link that names a missing
 * file would be a dead end in every LMS. In-page `#anchors` pass as they are.
 */
export const linkTarget: Rule = {
  id: 'link-target',
  description: 'Links to files point at a file inside the course folder; other links use https, http, mailto, tel or sms.',
  severity: 'error',
  check(draft, report) {
    for (const lesson of draft.lessons) {
      for (const { node, ref } of fileReferences(lesson.tree)) {
        // Images have their own rule (image-asset).
        if (node.type === 'image') continue;
        const at = nodeLocation(lesson, node);
        if (ref.kind === 'unsupported' && !APP_SCHEMES.has(ref.scheme)) {
          report(at, `Link "${node.url}" uses the "${ref.scheme}:" scheme, which the course cannot open.`,
            'Link to an https: page, a mailto:/tel: address, or a file inside the course folder.');
        } else if (ref.kind === 'outside') {
          report(at, `Link "${node.url}" ${ref.reason}; only files inside the course folder can be packaged.`,
            ref.hint ?? 'Copy the file into the course folder (e.g. assets/) and link it with a relative path.');
        } else if (ref.kind === 'local') {
          const inside = draft.files.get(ref.path);
          if (inside === undefined) {
            report(at, `Link "${node.url}" names a file that is not in the course folder.`, missingFileHint(node.url, ref.path));
          } else if (!inside) {
            report(at, `Link "${node.url}" leads to a file outside the course folder.`, 'Copy the file into the course folder instead of linking it.');
          }
        }
      }
    }
  },
};
