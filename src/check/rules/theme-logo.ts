import { resolveAssetRef } from '../asset-path.js';
import type { Rule } from '../rule.js';

const IMAGE = /\.(png|jpe?g|gif|svg|webp)$/i;

export const themeLogo: Rule = {
  id: 'theme-logo',
  description: 'The `theme:` logo is an image file (PNG, JPEG, GIF, SVG or WebP) inside the course folder.',
  severity: 'error',
  check(draft, report) {
    const logo = draft.settings.theme.logo;
    if (!logo) return;
    const ref = resolveAssetRef(logo.value);
    const fix = 'Put the logo in the course folder (e.g. assets/logo.svg) and give its path relative to that folder.';
    if (ref.kind !== 'local') {
      report(logo.at, `The logo "${logo.value}" is not a file inside the course folder, so it cannot be packaged.`, fix);
    } else if (draft.files.get(ref.path) !== true) {
      report(logo.at, `The logo "${logo.value}" was not found in the course folder.`, fix);
    } else if (!IMAGE.test(ref.path)) {
      report(logo.at, `The logo "${logo.value}" is not a PNG, JPEG, GIF, SVG or WebP image.`, 'Export the logo in one of those formats.');
    } else if (draft.scriptedFiles?.has(ref.path)) {
      // Same reason as asset-script: opened on its own, an SVG's script runs in the LMS's origin.
      report(logo.at, `The logo "${logo.value}" contains script, which would run if a learner opened the file.`, 'Export the logo again as a plain SVG or a PNG.');
    }
  },
};
