import type { Diagnostic } from '../diagnostics/diagnostic.js';

const NUMBER = /^(\d+)-/;

/**
 * Lessons in course order: by the number before the dash (so 2- comes before
 * 10-), then by name. Sorting the names as text would put 10- before 2-.
 */
export function lessonOrder(names: readonly string[]): string[] {
  const number = (name: string) => BigInt(NUMBER.exec(name)?.[1] ?? '0');
  return [...names].sort((a, b) => {
    const difference = number(a) - number(b);
    if (difference !== 0n) return difference < 0n ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/**
 * Numbers of different widths (1-, 10-) are in course order here, but file
 * managers, editors and `ls` list them as text (1-, 10-, 2-), so authors
 * reviewing the folder see another order than learners.
 */
export function reportNumberWidths(names: readonly string[], show: (name: string) => string, diagnostics: Diagnostic[]): void {
  const width = (name: string) => NUMBER.exec(name)?.[1]?.length ?? 0;
  const widest = Math.max(...names.map(width));
  const short = names.filter((name) => width(name) < widest);
  if (short.length === 0) return;
  const first = short[0] as string;
  const padded = first.replace(NUMBER, (_, digits: string) => `${digits.padStart(widest, '0')}-`);
  diagnostics.push({
    file: show(first),
    severity: 'warning',
    ruleId: 'lesson-number-width',
    message: `Lesson numbers have different widths (${short.length === 1 ? first : `${first} and ${short.length - 1} more`} against ${widest} digits), so file managers list the lessons in another order than the course.`,
    hint: `Pad the numbers to the same width: rename ${first} to ${padded}.`,
  });
}
