import type { Root } from 'mdast';
import { walkTree } from '../model/walk-tree.js';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import { megabytes, MAX_TEXT_BYTES } from '../load/source-file.js';
import type { Variables } from '../model/draft.js';

/** `{{name}}` or `{{dotted.path}}`, spaces inside the braces allowed. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*)\s*\}\}/g;

export interface UnknownPlaceholder {
  name: string;
  /** Offset of `{{` within the text that was filled. */
  offset: number;
  /** Set when the name leads to a mapping rather than a text value. */
  isMapping: boolean;
  /** Set when its value would take the file past the size budget. */
  overBudget?: boolean;
}

/**
 * Characters placeholders may add to one file: as much as the largest file
 * cease reads. Without a budget, 300 placeholders of a 900 KB value turn a
 * small lesson into a 270 MB page (and 1,500 exhaust memory).
 */
export const MAX_FILLED_CHARACTERS = MAX_TEXT_BYTES;

/** What is left of a file's budget; shared by every text of the file. */
export interface FillBudget {
  remaining: number;
}

export function newFillBudget(): FillBudget {
  return { remaining: MAX_FILLED_CHARACTERS };
}

/** The diagnostic for a placeholder that could not be filled. */
export function placeholderDiagnostic(file: string, at: Position, item: UnknownPlaceholder): Diagnostic {
  if (item.overBudget) {
    return {
      file, ...at, severity: 'error', ruleId: 'placeholder-too-large',
      message: `Filling {{${item.name}}} here would make the text larger than ${megabytes(MAX_FILLED_CHARACTERS)} (the limit for a course file once placeholders are filled).`,
      hint: `Shorten the value of ${item.name}, or use it less often; long content belongs in the lesson itself or a file under assets/.`,
    };
  }
  return {
    file, ...at, severity: 'error', ruleId: 'placeholder-unknown',
    message: item.isMapping ? `Placeholder {{${item.name}}} names a group of variables, not a value.` : `Unknown placeholder {{${item.name}}}.`,
    hint: `Define ${item.name} under "variables" in course.yml or in the --vars file.`,
  };
}

/**
 * Replaces placeholders with their values. Values are inserted as text: this
 * runs on parsed Markdown text nodes, so a value can never become markup.
 */
export function fillPlaceholders(
  text: string,
  variables: Variables,
  unknown: UnknownPlaceholder[],
  budget: FillBudget = newFillBudget(),
): string {
  return text.replace(PLACEHOLDER, (match, name: string, offset: number) => {
    const value = lookup(variables, name);
    if (value === undefined || typeof value === 'object') {
      unknown.push({ name, offset, isMapping: typeof value === 'object' });
      return match;
    }
    const filled = String(value);
    if (budget.remaining < 0) return match;
    budget.remaining -= filled.length - match.length;
    // Reported once, where the budget runs out; later ones stay unfilled.
    if (budget.remaining < 0) {
      unknown.push({ name, offset, isMapping: false, overBudget: true });
      return match;
    }
    return filled;
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
export function fillTreePlaceholders(tree: Root, variables: Variables, budget: FillBudget = newFillBudget()): TreeUnknownPlaceholder[] {
  const found: TreeUnknownPlaceholder[] = [];
  walkTree(tree, (node) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    const fill = (text: string, measuredFromNodeStart: boolean) => {
      const unknown: UnknownPlaceholder[] = [];
      const filled = fillPlaceholders(text, variables, unknown, budget);
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
