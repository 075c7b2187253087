import type { Location, ThemeSettings } from '../model/draft.js';
import { contrastRatio, mix } from './contrast.js';
import { colourPairs, defaultPalettes, minimumRatio, type ColourName, type Scheme } from './palette.js';

/** A colour the player will show, and where it was set (null: the player's default). */
export interface ResolvedColour {
  value: string;
  at: Location | null;
  /** Set when the colour was computed from the author's, e.g. the dark-mode accent. */
  derivedFrom?: string;
}

export type ResolvedPalette = Record<ColourName, ResolvedColour>;

/**
 * The player's palettes with the theme applied. The author gives one accent,
 * for light pages; dark mode needs a lighter shade of it, so the accent is
 * mixed with white in 5% steps until every dark pair it is in passes.
 */
export function resolvePalettes(theme: ThemeSettings): Record<Scheme, ResolvedPalette> {
  const light = withDefaults('light');
  const dark = withDefaults('dark');
  if (theme.accent) {
    light.accent = { value: theme.accent.value, at: theme.accent.at };
    // Against the dark page even white passes, so a shade is always found.
    dark.accent = { value: passingShade(theme.accent.value, '#ffffff', dark) ?? '#ffffff', at: theme.accent.at, derivedFrom: theme.accent.value };
  }
  if (theme.accentText) light['accent-text'] = { value: theme.accentText.value, at: theme.accentText.at };
  return { light, dark };
}

/**
 * The first mix of `colour` toward `toward` that passes every pair the accent
 * is in, against the rest of `palette`; a suggestion for a failing accent too.
 */
export function passingShade(colour: string, toward: string, palette: ResolvedPalette): string | null {
  const pairs = colourPairs.filter((pair) => pair.foreground === 'accent' || pair.background === 'accent');
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(colour, toward, step / 20);
    const colourOf = (name: ColourName) => (name === 'accent' ? candidate : palette[name].value);
    if (pairs.every((pair) => contrastRatio(colourOf(pair.foreground), colourOf(pair.background)) >= minimumRatio(pair))) return candidate;
  }
  return null;
}

function withDefaults(scheme: Scheme): ResolvedPalette {
  const palette = {} as ResolvedPalette;
  for (const [name, value] of Object.entries(defaultPalettes[scheme])) palette[name as ColourName] = { value, at: null };
  return palette;
}
