import type { Link, LinkReference } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Rule } from '../rule.js';
import { nodeLocation } from './node-location.js';

/** Link texts that say nothing about the target out of context, in the course languages we ship (English, Spanish). */
const VAGUE = new Set([
  'click here', 'here', 'this', 'link', 'more', 'read more',
  'aqui', 'haga clic aqui', 'haz clic aqui', 'clic aqui', 'mas', 'leer mas',
]);

/** Lower case, no accents, no surrounding punctuation: "Aquí." reads as "aqui". */
function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
}

/**
 * Screen-reader users often move from link to link or list all links on a
 * page, so each link's text must say where it goes (WCAG 2.1 SC 2.4.4).
 */
export const linkText: Rule = {
  id: 'link-text',
  description: 'Link text says where the link goes: not "click here", "here", "more" (or "aquí", "más") and not a bare URL (WCAG 2.1 SC 2.4.4).',
  severity: 'warning',
  nodes(lesson, report) {
    const check = (node: Link | LinkReference) => {
      const text = toString(node).trim();
      const at = nodeLocation(lesson, node);
      if (text === '') {
        report(at, 'Link has no text, so screen readers announce only "link".',
          'Write what the link leads to between the brackets: [the 2024 annual report](…).');
      } else if (VAGUE.has(normalize(text))) {
        report(at, `Link text "${text}" does not say where the link goes.`,
          'Use the name of the page or document as the link text, e.g. "see [the hotline\'s opening hours](…)".');
      } else if (node.type === 'link' && isBareUrl(text, node.url)) {
        report(at, `Link text is the bare address "${text}"; read aloud, it does not say what the page is.`,
          `Give it a name: [Name of the page](${node.url}).`);
      }
    };
    return { link: check, linkReference: check };
  },
};

/** An address shown as its own text: GFM autolinks (`https://…`, `www.…`) or `[url](url)`. Email addresses are fine. */
function isBareUrl(text: string, url: string): boolean {
  if (/^(mailto|tel):/i.test(url)) return false;
  return text === url || /^(https?:\/\/|www\.)\S+$/i.test(text);
}
