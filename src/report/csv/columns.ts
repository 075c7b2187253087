import type { Diagnostic } from '../../diagnostics/diagnostic.js';

/** A header as compared: lower case, letters and digits only ("E-mail Address" → "emailaddress"). */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Finds each field's column: the header the mapping file names, else the
 * first header among the field's usual names in HR and LMS exports.
 */
export function findColumns<Field extends string>(
  headers: readonly string[],
  usualNames: Record<Field, readonly string[]>,
  mapped: Partial<Record<Field, string>>,
  where: { file: string; line: number; mapKey: string },
  diagnostics: Diagnostic[],
): Partial<Record<Field, number>> {
  const keys = headers.map(headerKey);
  const columns: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(usualNames) as Field[]) {
    const named = mapped[field];
    if (named !== undefined) {
      const index = keys.indexOf(headerKey(named));
      if (index >= 0) columns[field] = index;
      else {
        diagnostics.push({
          file: where.file, line: where.line, severity: 'error', ruleId: 'report-column-missing',
          message: `The mapping file names column "${named}" for ${field}, but the header has no such column.`,
          hint: `The columns are: ${headers.map((header) => `"${header}"`).join(', ')}. Fix ${where.mapKey}.columns.${field} in the mapping file.`,
        });
      }
      continue;
    }
    for (const name of usualNames[field]) {
      const index = keys.indexOf(name);
      if (index >= 0 && !Object.values(columns).includes(index)) {
        columns[field] = index;
        break;
      }
    }
  }
  return columns;
}

/** An error for a file where neither of the columns that identify a person was found. */
export function noKeyColumn(headers: readonly string[], where: { file: string; line: number; mapKey: string }, what: string): Diagnostic {
  return {
    file: where.file, line: where.line, severity: 'error', ruleId: 'report-column-missing',
    message: `No column identifies the person: ${what}.`,
    hint: `The columns are: ${headers.map((header) => `"${header}"`).join(', ')}. Name the right ones under ${where.mapKey}.columns (id, email) in a --map file.`,
  };
}

/** The cell of a field, trimmed; '' when the file has no such column or the row is short. */
export function cell(cells: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '').trim();
}
