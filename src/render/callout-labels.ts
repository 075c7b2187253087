import type { Callout } from '../model/callouts.js';

/** Visible callout labels, so "Myth" and "Fact" are read out, not just coloured. */
const LABELS: Record<string, Record<Callout, string>> = {
  en: { note: 'Note', tip: 'Tip', warning: 'Warning', myth: 'Myth', fact: 'Fact' },
  es: { note: 'Nota', tip: 'Consejo', warning: 'Atención', myth: 'Mito', fact: 'Realidad' },
};

export function calloutLabels(language: string): Record<Callout, string> {
  const primary = language.toLowerCase().split('-')[0] ?? 'en';
  return LABELS[primary] ?? (LABELS['en'] as Record<Callout, string>);
}
