/**
 * WCAG 2.1 contrast, computed as the Understanding document for SC 1.4.3
 * defines it: relative luminance of sRGB colours, then (L1 + 0.05) / (L2 + 0.05).
 */
export type Rgb = readonly [number, number, number];

export function parseHex(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.1 "relative luminance" (the 0.03928 threshold is the one the definition gives). */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Mixes `share` (0–1) of `toward` into `colour`, channel by channel, rounded. */
export function mix(colour: string, toward: string, share: number): string {
  const from = parseHex(colour);
  const to = parseHex(toward);
  return toHex(from.map((channel, index) => Math.round(channel + (to[index]! - channel) * share)) as unknown as Rgb);
}

/** Ratios are shown rounded down, so a printed 4.5:1 is never a failing 4.49:1. */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 100) / 100}:1`;
}
