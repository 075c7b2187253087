/**
 * How a typed answer is compared with the accepted ones (docs/course-format.md,
 * "Short answer"): Unicode NFC, spaces at the ends dropped, runs of
 * whitespace inside read as one space, and letter case ignored unless the
 * question is `case-sensitive`.
 */
export function normalise(text: string, caseMatters: boolean): string {
  const spaced = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  return caseMatters ? spaced : spaced.toLowerCase();
}

/** Index of the accepted answer `text` matches, or -1. */
export function acceptedIndex(accepted: readonly string[], caseMatters: boolean, text: string): number {
  const typed = normalise(text, caseMatters);
  return accepted.findIndex((answer) => normalise(answer, caseMatters) === typed);
}
