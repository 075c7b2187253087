import type { NotDone } from '../compute.js';
import { isoDay } from '../normalise.js';

/**
 * `--csv`: the employees who have not completed, for whoever follows up.
 * This is personal data, so by default it identifies people only by
 * employee number (or, when the list has none, by their line in it); names
 * and e-mail addresses only with `--names`.
 */
export function notDoneCsv(people: readonly NotDone[], options: { names: boolean; hasIds: boolean }): string {
  const header = ['roster_line', ...(options.hasIds ? ['employee_id'] : []), ...(options.names ? ['name', 'email'] : []), 'department', 'progress', 'hired', 'onboarding_overdue'];
  const rows = people.map(({ person, progress, overdue }) => [
    String(person.line),
    ...(options.hasIds ? [person.id] : []),
    ...(options.names ? [person.name, person.email] : []),
    person.department,
    progress,
    Number.isNaN(person.hired) ? '' : isoDay(person.hired),
    overdue ? 'yes' : 'no',
  ]);
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * RFC 4180 quoting; a value a spreadsheet would run as a formula (= + - @
 * first) gets a leading apostrophe, since the names come from an export
 * anyone could have typed into (OWASP "CSV injection").
 */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
