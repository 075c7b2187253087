import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio } from '../../src/theme/contrast.js';
import { colourPairs, defaultPalettes, minimumRatio } from '../../src/theme/palette.js';
import { repoRoot } from '../helpers/cli.js';

const css = readFileSync(join(repoRoot, 'src/runtime/styles/cease.css'), 'utf8');

/** The custom properties of the first `:root { … }` after `from` in the stylesheet. */
function declaredColours(from: number): Record<string, string> {
  const start = css.indexOf(':root {', from);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]]));
}

describe('the player palette', () => {
  it('computes WCAG 2.1 contrast ratios as the specification does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(formatRatio(contrastRatio('#767676', '#ffffff'))).toBe('4.54:1');
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  it('lists the same light and dark colours as cease.css declares', () => {
    expect(declaredColours(0)).toEqual(defaultPalettes.light);
    expect(declaredColours(css.indexOf('prefers-color-scheme: dark'))).toEqual(defaultPalettes.dark);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`meets WCAG 2.1 AA for every pair in ${scheme} mode`, () => {
      const palette = defaultPalettes[scheme];
      const failing = colourPairs
        .map((pair) => ({ pair: `${pair.foreground} on ${pair.background}`, ratio: contrastRatio(palette[pair.foreground], palette[pair.background]), minimum: minimumRatio(pair) }))
        .filter(({ ratio, minimum }) => ratio < minimum);
      expect(failing).toEqual([]);
    });
  }
});
