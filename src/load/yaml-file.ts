import { LineCounter, parseDocument, isMap, isNode, isPair, isScalar, visit, type Document, type ScalarTag } from 'yaml';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import type { SourceFile } from './source-file.js';

/** A parsed YAML file that can still say where each value came from. */
export interface YamlFile {
  source: SourceFile;
  document: Document;
  value: unknown;
  /** Line offset when the YAML is embedded (front matter starts after `---`). */
  lineOffset: number;
  lineCounter: LineCounter;
  /** Values marked `!todo`: written down, but not yet confirmed for learners. */
  drafts: DraftValue[];
}

export interface DraftValue {
  /** Keys from the top of the file, e.g. ['city', 'police_non_emergency']. */
  path: string[];
  value: string;
  offset: number;
}

/**
 * `!todo "(to be confirmed)"`: a text value that must not reach learners yet.
 * It reads as the plain text, so the schema and placeholders treat it as any other.
 */
export const TODO_TAG: ScalarTag = {
  tag: '!todo',
  resolve: (text) => text,
};

/**
 * Parses YAML keeping node ranges, so schema errors can point at the exact
 * line and column of the offending value instead of just naming the file.
 */
export function parseYaml(
  source: SourceFile,
  text: string,
  lineOffset: number,
  diagnostics: Diagnostic[],
): YamlFile | null {
  const lineCounter = new LineCounter();
  // logLevel 'error': the library would print its warnings (e.g. for a map
  // used as a key) on the user's terminal; the schema reports such keys instead.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error', customTags: [TODO_TAG] });
  const yamlFile: YamlFile = { source, document, value: undefined, lineOffset, lineCounter, drafts: [] };
  // The parser reports a stack overflow from absurd nesting as an ordinary
  // error, once per level it unwinds through; one diagnostic says it all.
  const overflow = document.errors.find((error) => error.message.includes('call stack'));
  if (overflow) {
    diagnostics.push(tooComplex(yamlFile, overflow.pos[0], 'it is nested too deeply'));
    return null;
  }
  if (document.errors.length > 0) {
    // One cause often fails several lines; say it once, in the author's words.
    const cause = commonCause(text, Math.max(...document.errors.map((error) => error.pos[1])));
    if (cause) {
      diagnostics.push({ file: source.displayPath, ...positionAt(yamlFile, cause.offset), severity: 'error', ruleId: 'yaml-syntax', message: cause.message, hint: cause.hint });
      return null;
    }
    for (const error of document.errors) {
      const at = positionAt(yamlFile, error.pos[0]);
      diagnostics.push({
        file: source.displayPath,
        ...at,
        severity: 'error',
        ruleId: 'yaml-syntax',
        message: `Invalid YAML: ${firstLine(error.message)}`,
        hint: 'Check indentation and quoting; values containing ": " or starting with "{" need quotes.',
      });
    }
    return null;
  }
  const misplaced = findDrafts(yamlFile);
  if (misplaced !== null) {
    diagnostics.push({
      file: source.displayPath, ...positionAt(yamlFile, misplaced), severity: 'error', ruleId: 'yaml-syntax',
      message: 'Invalid YAML: !todo marks a single text value, not a group of keys or a list.',
      hint: 'Put !todo before each value that is not confirmed yet, e.g. phone: !todo "(to be confirmed)".',
    });
    return null;
  }
  try {
    yamlFile.value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // "Billion laughs": a few lines of nested aliases expand to gigabytes.
    // The yaml library refuses past maxAliasCount; report it, don't crash.
    if (!(error instanceof ReferenceError || error instanceof RangeError)) throw error;
    diagnostics.push(tooComplex(yamlFile, firstAliasOffset(document) ?? 0, 'its aliases (*name) expand to too many values'));
    return null;
  }
  return yamlFile;
}

/**
 * Mistakes YAML reports in its own terms: a tab in the indentation (YAML 1.2
 * §6.1 allows spaces only) and `key:value` without a space, which YAML reads
 * as one plain word and then as a key that has no value.
 */
function commonCause(text: string, errorsEnd: number): { offset: number; message: string; hint: string } | null {
  const tab = /^ *\t/m.exec(text);
  if (tab && tab.index <= errorsEnd) {
    return {
      offset: tab.index + tab[0].length - 1,
      message: 'Invalid YAML: a tab is used for indentation; YAML allows spaces only.',
      hint: 'Replace the tab at the start of this line with spaces (most editors can be set to insert spaces for Tab).',
    };
  }
  const glued = /^( *)([A-Za-z_][\w-]*):(?=[^\s/:])/m.exec(text);
  if (glued && glued.index <= errorsEnd) {
    return {
      offset: glued.index + glued[0].length,
      message: `Invalid YAML: "${glued[2]}:" needs a space after the colon.`,
      hint: `Write "${glued[2]}: value"; without the space YAML reads the whole line as one word.`,
    };
  }
  return null;
}

/** Aliases a YAML file may expand (the yaml library's default); real course files use none. */
const MAX_ALIAS_COUNT = 100;

function tooComplex(file: YamlFile, offset: number, why: string): Diagnostic {
  return {
    file: file.source.displayPath,
    ...positionAt(file, offset),
    severity: 'error',
    ruleId: 'yaml-too-complex',
    message: `This YAML cannot be read safely: ${why}.`,
    hint: 'Write the values out plainly: no anchors (&name) and aliases (*name), and no more than a few levels of nesting.',
  };
}

/** Records every `!todo` value; returns the offset of one put on a map or list, which has no single text to mark. */
function findDrafts(file: YamlFile): number | null {
  let misplaced: number | null = null;
  visit(file.document, {
    Node(_key, node, ancestors) {
      if (node.tag !== TODO_TAG.tag) return;
      if (!isScalar(node)) {
        misplaced = node.range?.[0] ?? 0;
        return visit.BREAK;
      }
      const path = ancestors.filter(isPair).map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key));
      file.drafts.push({ path, value: String(node.value), offset: node.range?.[0] ?? 0 });
      return undefined;
    },
  });
  return misplaced;
}

function firstAliasOffset(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

export function positionAt(file: YamlFile, offset: number): Position {
  const { line, col } = file.lineCounter.linePos(offset);
  return { line: line + file.lineOffset, column: col };
}

/**
 * Position of the value at a JSON-pointer-like path (`/assessment/draw`), or of
 * the nearest ancestor that exists (so a missing key points at its parent map).
 */
export function positionOfPath(file: YamlFile, path: readonly (string | number)[]): Position {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? file.document.contents : file.document.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return positionAt(file, node.range[0]);
  }
  return { line: 1 + file.lineOffset, column: 1 };
}

/** Position of the key (not the value) at a path, so "unknown key" points at the name to fix. */
export function positionOfKey(file: YamlFile, path: readonly (string | number)[]): Position {
  const parent = path.length > 1 ? file.document.getIn(path.slice(0, -1), true) : file.document.contents;
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(path[path.length - 1]));
    if (isScalar(pair?.key) && pair.key.range) return positionAt(file, pair.key.range[0]);
  }
  return positionOfPath(file, path);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
