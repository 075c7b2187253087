import { fileReferences } from '../asset-path.js';
import type { Rule } from '../rule.js';
import { nodeLocation } from './node-location.js';

/**
 * An SVG is a document, not just a picture: shown with <img> its script stays
 * inert, but opened on its own (a link to it, "open image in new tab") it runs
 * in the LMS's origin with the learner's session. The package carries no
 * author script anywhere, so a scripted SVG is refused like raw HTML script;
 * so is an HTML or XML file linked as a handout, which runs the same way.
 */
export const assetScript: Rule = {
  id: 'asset-script',
  description: 'No packaged SVG, HTML or XML file carries script, event handlers (onload=…), javascript: URLs or foreignObject.',
  severity: 'error',
  check(draft, report) {
    const scripted = draft.scriptedFiles;
    if (!scripted || scripted.size === 0) return;
    for (const lesson of draft.lessons) {
      for (const { node, ref } of fileReferences(lesson.tree)) {
        if (ref.kind !== 'local' || !scripted.has(ref.path)) continue;
        report(nodeLocation(lesson, node), `${ref.path} contains script (a <script> element, an on…= handler, a javascript: URL or foreignObject), which would run if a learner opened the file.`,
          'Export the picture again as a plain SVG (or PNG), turn a handout into a PDF, or remove the script in a text editor.');
      }
    }
  },
};
