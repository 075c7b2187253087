import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
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
}

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
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const yamlFile: YamlFile = { source, document, value: undefined, lineOffset, lineCounter };
  // The parser reports a stack overflow from absurd nesting as an ordinary
  // error, once per level it unwinds through; one diagnostic says it all.
  const overflow = document.errors.find((error) => error.message.includes('call stack'));
  if (overflow) {
    diagnostics.push(tooComplex(yamlFile, overflow.pos[0], 'it is nested too deeply'));
    return null;
  }
  if (document.errors.length > 0) {
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

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
