import { contrastRatio, formatRatio } from '../../theme/contrast.js';
import { colourPairs, minimumRatio, type ColourPair } from '../../theme/palette.js';
import { passingShade, resolvePalettes, type ResolvedColour, type ResolvedPalette } from '../../theme/resolve-theme.js';
import type { Location, Rule } from '../rule.js';

/**
 * Every colour pair the player shows, in light and dark mode, with the theme
 * applied: text needs 4.5:1 (WCAG 2.1 SC 1.4.3), the edges of controls and
 * focus rings 3:1 (SC 1.4.11). A city's brand colour is often too light.
 */
export const themeContrast: Rule = {
  id: 'theme-contrast',
  description: 'Every colour pair of the player, with the `theme:` accent applied, reaches WCAG 2.1 contrast: 4.5:1 for text, 3:1 for controls, in light and dark mode.',
  severity: 'error',
  check(draft, report) {
    const palettes = resolvePalettes(draft.settings.theme);
    for (const [scheme, palette] of Object.entries(palettes)) {
      // One finding per value and fix, naming the worst pair: a too-light
      // accent fails half the list, and six findings on one line say less.
      const groups = new Map<string, Failure[]>();
      for (const pair of colourPairs) {
        const foreground = palette[pair.foreground];
        const background = palette[pair.background];
        const ratio = contrastRatio(foreground.value, background.value);
        if (ratio >= minimumRatio(pair)) continue;
        const at = (foreground.at ? foreground : background).at ?? { file: draft.configFile };
        const failure = { pair, ratio, at, hint: hint(pair, palette) };
        const key = JSON.stringify([at, failure.hint]);
        groups.set(key, [...(groups.get(key) ?? []), failure]);
      }
      for (const failures of groups.values()) {
        const [worst, ...others] = failures.sort((a, b) => a.ratio - b.ratio) as [Failure, ...Failure[]];
        const { pair, ratio } = worst;
        const also = others.length === 0 ? '' : ` Also too low: ${others.map((other) => `${other.pair.use} (${formatRatio(other.ratio)})`).join('; ')}.`;
        report(worst.at,
          `In ${scheme} mode, ${pair.use}: ${describe(pair.foreground, palette[pair.foreground])} on ${describe(pair.background, palette[pair.background])} has a contrast of ${formatRatio(ratio)}; WCAG 2.1 needs at least ${minimumRatio(pair)}:1 ${pair.kind === 'text' ? 'for text (SC 1.4.3)' : 'for controls (SC 1.4.11)'}.${also}`,
          worst.hint);
      }
    }
  },
};

interface Failure {
  pair: ColourPair;
  ratio: number;
  at: Location;
  hint: string;
}

function describe(name: string, colour: ResolvedColour): string {
  if (colour.derivedFrom) return `${name} ${colour.value} (the dark-mode shade of ${colour.derivedFrom})`;
  return `${name} ${colour.value}${colour.at ? '' : ' (player default)'}`;
}

function hint(pair: ColourPair, palette: ResolvedPalette): string {
  if (pair.foreground === 'accent-text' || pair.background === 'accent-text') {
    return 'Set theme.accentText to a colour that contrasts with the accent (e.g. "#1a1a1a" on a light accent), or choose a darker accent.';
  }
  const darker = palette.accent.at ? passingShade(palette.accent.value, '#000000', palette) : null;
  return darker
    ? `Choose a darker accent; ${darker}, a darker shade of ${palette.accent.value}, passes every pair.`
    : 'Choose a darker accent; check it with a WCAG contrast checker against white (#ffffff) and #f3f4f6.';
}
