/**
 * XML 1.0 forbids most control characters even when escaped, and an LMS
 * importer rejects the whole manifest for one. Titles come from authors and
 * variables, so they are cleaned here; Handlebars escapes the rest.
 */
export function xmlText(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}
