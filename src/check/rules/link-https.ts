import { visit } from 'unist-util-visit';
import type { Rule } from '../rule.js';
import { nodeLocation } from './node-location.js';

/**
 * LMSs serve courses over https; an http link leaves that for a page anyone
 * on the network can read or alter, and browsers in HTTPS-only mode stop at
 * a warning first. `mailto:` and `tel:` open an app, not a page, so they pass.
 */
export const linkHttps: Rule = {
  id: 'link-https',
  description: 'Links to other sites use `https:`, not `http:` (`mailto:` and `tel:` are fine).',
  severity: 'warning',
  check(draft, report) {
    for (const lesson of draft.lessons) {
      // Reference-style links ([text][ref]) take their address from the definition.
      visit(lesson.tree, (node) => {
        if ((node.type === 'link' || node.type === 'definition') && /^http:/i.test(node.url)) {
          report(nodeLocation(lesson, node), `Link "${node.url}" uses http, which is not encrypted.`,
            `Use ${node.url.replace(/^http:/i, 'https:')} (check that the site answers on https).`);
        }
      });
    }
  },
};
