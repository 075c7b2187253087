import type { CourseTheme } from '../model/course.js';
import type { ThemeSettings } from '../model/draft.js';
import type { ColourName, Scheme } from '../theme/palette.js';
import { resolvePalettes } from '../theme/resolve-theme.js';

/** The theme as the package needs it: the logo's package path and only the colours that differ from the player's. */
export function renderTheme(theme: ThemeSettings, logo: string | null): CourseTheme {
  const palettes = resolvePalettes(theme);
  const changed = (scheme: Scheme) => {
    const colours: Record<string, string> = {};
    for (const [name, colour] of Object.entries(palettes[scheme])) if (colour.at) colours[name as ColourName] = colour.value;
    return colours;
  };
  return { logo, colours: { light: changed('light'), dark: changed('dark') }, font: theme.font?.value ?? null };
}

/**
 * The few rules a theme adds to the player page, after cease.css. The values
 * are safe in a <style> element: the schema allows only #rrggbb colours and
 * font names made of letters, digits, spaces, quotes, hyphens and commas.
 */
export function themeStylesheet(theme: CourseTheme): string {
  const declarations = (colours: Record<string, string>) => Object.entries(colours).map(([name, value]) => `--${name}:${value}`).join(';');
  const rules: string[] = [];
  if (Object.keys(theme.colours.light).length > 0) rules.push(`:root{${declarations(theme.colours.light)}}`);
  if (Object.keys(theme.colours.dark).length > 0) rules.push(`@media (prefers-color-scheme:dark){:root{${declarations(theme.colours.dark)}}}`);
  if (theme.font) rules.push(`body{font-family:${theme.font}}`);
  return rules.join('\n');
}
