/**
 * Turning the many spellings of one fact in HR and LMS exports into one
 * value: person keys, dates and status words.
 */

/** Employee numbers: Excel drops leading zeros ("00123" becomes 123), so numbers compare without them. */
export function idKey(value: string): string {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? trimmed.replace(/^0+(?=\d)/, '') : trimmed.toLowerCase();
}

/** E-mail addresses compare case-insensitively, with or without the xAPI mbox's "mailto:". */
export function emailKey(value: string): string {
  return value.trim().replace(/^mailto:/i, '').toLowerCase();
}

/** Status words compare in lower case with "-", "_" and runs of spaces as one space ("In_Progress" = "in progress"). */
export function wordKey(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

const DAY_MS = 86_400_000;

/**
 * A calendar day (ms at UTC midnight) from ISO `2025-02-04` (with or without
 * a time) or from `2/4/2025`, `2/4/25` (month first unless `DMY`), with or
 * without a time after it. NaN when it is not a real date.
 */
export function parseDay(text: string, order: 'MDY' | 'DMY' = 'MDY'): number {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\S*)?$/.exec(value);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const slashed = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/.exec(value);
  if (!slashed) return NaN;
  const [first, second] = [Number(slashed[1]), Number(slashed[2])];
  const year = slashed[3]!.length === 2 ? 2000 + Number(slashed[3]) : Number(slashed[3]);
  return order === 'MDY' ? day(year, first, second) : day(year, second, first);
}

function day(year: number, month: number, date: number): number {
  const ms = Date.UTC(year, month - 1, date);
  const back = new Date(ms);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === date ? ms : NaN;
}

/** The calendar day (UTC) of an xAPI timestamp such as 2025-02-04T13:45:00.000Z; NaN when unreadable. */
export function dayOfTimestamp(timestamp: unknown): number {
  const ms = typeof timestamp === 'string' ? Date.parse(timestamp) : NaN;
  return Number.isNaN(ms) ? NaN : Math.floor(ms / DAY_MS) * DAY_MS;
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export { DAY_MS };
