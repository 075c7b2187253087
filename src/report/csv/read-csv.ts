import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Delimiter } from '../report-map.js';
import { decodedText } from './decode-text.js';

/** One record of a CSV file and the line it starts on (a quoted newline makes a record span lines). */
export interface CsvRow {
  line: number;
  cells: string[];
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/**
 * Streams the records of an export with csv-parse: quoted fields, quoted
 * newlines, CRLF and ragged rows are its job. The delimiter is the one the
 * header line uses most unless the mapping file names it (European Excel
 * writes `;`, "Unicode text" tabs). A record csv-parse cannot read is
 * reported and skipped; the rest of the file is still read.
 */
export async function* readCsv(path: string, displayPath: string, delimiter: Delimiter | undefined, diagnostics: Diagnostic[]): AsyncGenerator<CsvRow> {
  const text = decodedText(path);
  const first = await text.next();
  const head = first.done ? '' : first.value;
  const parser = parse({
    delimiter: delimiter ?? guessDelimiter(head),
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    trim: true,
  });
  let lastLine = 0;
  parser.on('skip', (error: CsvError) => {
    const line = typeof error.lines === 'number' ? error.lines : lastLine + 1;
    diagnostics.push({
      file: displayPath, line, severity: 'warning', ruleId: 'report-row-unreadable',
      message: `This row cannot be read as CSV (${error.message.replace(/ at line \d+.*$/, '')}); it is skipped.`,
      hint: 'Look for a stray double quote in the row; a field with quotes must be wholly quoted, with inner quotes doubled ("").',
    });
    lastLine = line;
  });
  Readable.from(prepend(head, text)).pipe(parser);
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const line = lastLine + 1;
    lastLine = info.lines;
    if (record.every((cell) => cell === '')) continue;
    yield { line, cells: record };
  }
}

async function* prepend(head: string, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  if (head) yield head;
  yield* rest;
}

/** The candidate found most often on the first line, outside quotes; a comma when none is. */
export function guessDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const candidate of DELIMITERS) if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  return best;
}
