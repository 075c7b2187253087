import type { Definition, Link } from 'mdast';
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
  nodes(lesson, report) {
    const check = (node: Link | Definition) => {
      if (!/^http:/i.test(node.url)) return;
      report(nodeLocation(lesson, node), `Link "${node.url}" uses http, which is not encrypted.`,
        `Use ${node.url.replace(/^http:/i, 'https:')} (check that the site answers on https).`);
    };
    // Reference-style links ([text][ref]) take their address from the definition.
    return { link: check, definition: check };
  },
};
