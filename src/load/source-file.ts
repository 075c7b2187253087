import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** A text file read from the course folder, decoded and ready to parse. */
export interface SourceFile {
  /** Absolute path on disk. */
  path: string;
  /** Path shown to users in diagnostics (relative to the working directory). */
  displayPath: string;
  text: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Largest course.yml, lesson or vars file read: a long lesson is 20 KB, so
 * 1 MB leaves room for generated question pools while keeping a mistaken
 * data dump from stalling the Markdown parser.
 */
export const MAX_TEXT_BYTES = 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/**
 * Reads a file as strict UTF-8. A byte-order mark is dropped and CRLF line
 * endings become LF, so positions and output do not depend on the author's editor.
 */
export async function readSourceFile(
  path: string,
  displayPath: string,
  diagnostics: Diagnostic[],
): Promise<SourceFile | null> {
  let bytes: Buffer;
  try {
    // A named pipe or device would block the read forever; only plain files are course text.
    const info = await stat(path);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: info.isDirectory() ? 'EISDIR' : 'not a regular file' });
    if (info.size > MAX_TEXT_BYTES) {
      diagnostics.push({
        file: displayPath,
        severity: 'error',
        ruleId: 'file-too-large',
        message: `${displayPath} is ${megabytes(info.size)}; course text files may be at most ${megabytes(MAX_TEXT_BYTES)}.`,
        hint: 'Split the lesson into several files, or move data out of course.yml.',
      });
      return null;
    }
    bytes = await readFile(path);
  } catch (error) {
    diagnostics.push({
      file: displayPath,
      severity: 'error',
      ruleId: 'file-unreadable',
      message: `Cannot read ${displayPath}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`,
      hint: 'Check that the file exists and is readable.',
    });
    return null;
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const before = bytes.subarray(0, offset).toString('latin1');
    const line = before.split('\n').length;
    diagnostics.push({
      file: displayPath,
      line,
      column: offset - before.lastIndexOf('\n'),
      severity: 'error',
      ruleId: 'invalid-utf8',
      message: `${displayPath} is not valid UTF-8 (byte 0x${bytes[offset]?.toString(16).padStart(2, '0')} at offset ${offset}).`,
      hint: 'Save the file as UTF-8 in your editor.',
    });
    return null;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  const control = reportControlCharacter(text, displayPath, diagnostics);
  return control === 'error' ? null : { path, displayPath, text };
}

/**
 * C0/C1 controls other than tab and newline, and the bidi overrides behind
 * "Trojan Source" spoofing (U+202A–U+202E, U+2066–U+2069), which make text
 * display differently from what it says. NUL is an error: no text editor
 * writes one, so the file is binary or UTF-16 without a byte-order mark.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function reportControlCharacter(text: string, displayPath: string, diagnostics: Diagnostic[]): 'error' | 'warning' | null {
  const found = [...text.matchAll(CONTROL)];
  const first = found[0];
  if (!first) return null;
  const nul = found.find((match) => match[0] === '\u0000');
  const shown = nul ?? first;
  const before = text.slice(0, shown.index);
  const line = before.split('\n').length;
  const column = shown.index - before.lastIndexOf('\n');
  const code = `U+${shown[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (nul) {
    diagnostics.push({
      file: displayPath, line, column, severity: 'error', ruleId: 'nul-character',
      message: `${displayPath} contains a NUL character (U+0000), so it is not a text file as saved.`,
      hint: 'Save it as UTF-8 text; editors that save "Unicode" write UTF-16, which cease does not read.',
    });
    return 'error';
  }
  diagnostics.push({
    file: displayPath, line, column, severity: 'warning', ruleId: 'control-character',
    message: `Invisible control character ${code}${found.length > 1 ? ` (and ${found.length - 1} more)` : ''}; it can make text display differently from what it says.`,
    hint: 'Delete it; for right-to-left text, the course language setting is enough.',
  });
  return 'warning';
}

function firstInvalidUtf8Offset(bytes: Buffer): number {
  // Binary search for the longest valid prefix: decode is fatal, so a prefix
  // that ends mid-sequence also fails; the first bad byte is where it stops.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}
