import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Variables } from '../model/draft.js';

/** `{{name}}` or `{{dotted.path}}`, spaces inside the braces allowed. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*)\s*\}\}/g;

export interface UnknownPlaceholder {
  name: string;
  /** Offset of `{{` within the text that was filled. */
  offset: number;
  /** Set when the name leads to a mapping rather than a text value. */
  isMapping: boolean;
}

/**
 * Replaces placeholders with their values. Values are inserted as text: this
 * runs on parsed Markdown text nodes, so a value can never become markup.
 */
export function fillPlaceholders(
  text: string,
  variables: Variables,
  unknown: UnknownPlaceholder[],
): string {
  return text.replace(PLACEHOLDER, (match, name: string, offset: number) => {
    const value = lookup(variables, name);
    if (value === undefined || typeof value === 'object') {
      unknown.push({ name, offset, isMapping: typeof value === 'object' });
      return match;
    }
    return String(value);
  });
}

export function lookup(variables: Variables, name: string): Variables[string] | undefined {
  let value: Variables[string] | undefined = variables;
  for (const key of name.split('.')) {
    if (typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/** Every placeholder name used in a text, in order (for checks across variable files). */
export function placeholderNames(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

export interface TreeUnknownPlaceholder extends UnknownPlaceholder {
  line: number;
  column: number;
}

/**
 * Fills placeholders in the text a learner sees or follows: text, link
 * targets and titles, image alt text. Code stays literal on purpose.
 */
export function fillTreePlaceholders(tree: Root, variables: Variables): TreeUnknownPlaceholder[] {
  const found: TreeUnknownPlaceholder[] = [];
  visit(tree, (node) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    const fill = (text: string, measuredFromNodeStart: boolean) => {
      const unknown: UnknownPlaceholder[] = [];
      const filled = fillPlaceholders(text, variables, unknown);
      for (const item of unknown) {
        found.push({ ...item, ...locate(text, item.offset, start, measuredFromNodeStart) });
      }
      return filled;
    };
    if (node.type === 'text') node.value = fill(node.value, true);
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      node.url = fill(node.url, false);
      if (node.title) node.title = fill(node.title, false);
    }
    if (node.type === 'image' && node.alt) node.alt = fill(node.alt, false);
  });
  return found;
}

/**
 * Line and column of an offset inside a text node. For attributes (URLs,
 * alt) only the node's start is known, so the node start is reported.
 */
function locate(
  text: string,
  offset: number,
  start: { line: number; column: number },
  measuredFromNodeStart: boolean,
): { line: number; column: number } {
  if (!measuredFromNodeStart) return { line: start.line, column: start.column };
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  if (lines.length === 1) return { line: start.line, column: start.column + offset };
  return { line: start.line + lines.length - 1, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
