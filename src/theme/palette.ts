/**
 * The player's colours: the custom properties of src/runtime/styles/cease.css,
 * in its light `:root` and its `prefers-color-scheme: dark` block. A test keeps
 * the two in step; the contrast check and the theme stylesheet read them here.
 */
export type ColourName =
  | 'text' | 'muted' | 'page' | 'panel' | 'line' | 'accent' | 'accent-text'
  | 'correct' | 'correct-bg' | 'incorrect' | 'incorrect-bg' | 'notice-bg';

export type Palette = Record<ColourName, string>;

export type Scheme = 'light' | 'dark';

export const defaultPalettes: Record<Scheme, Palette> = {
  light: {
    text: '#1a1a1a',
    muted: '#575757',
    page: '#ffffff',
    panel: '#f3f4f6',
    line: '#767676',
    accent: '#0b5394',
    'accent-text': '#ffffff',
    correct: '#1b6e30',
    'correct-bg': '#edf7ef',
    incorrect: '#9a4400',
    'incorrect-bg': '#fdf2e6',
    'notice-bg': '#fff8d6',
  },
  dark: {
    text: '#ececec',
    muted: '#b4b4b4',
    page: '#121212',
    panel: '#242629',
    line: '#8f8f8f',
    accent: '#8cc4ff',
    'accent-text': '#121212',
    correct: '#6fcf87',
    'correct-bg': '#16291b',
    incorrect: '#ffa862',
    'incorrect-bg': '#33200f',
    'notice-bg': '#332c0a',
  },
};

/**
 * Where each pair of colours meets in the player, and which WCAG minimum
 * applies: 4.5:1 for text (SC 1.4.3), 3:1 for the edges and fills of
 * controls and for focus rings (SC 1.4.11).
 */
export interface ColourPair {
  foreground: ColourName;
  background: ColourName;
  kind: 'text' | 'ui';
  /** Where the learner sees it, for the diagnostic. */
  use: string;
}

const text = (foreground: ColourName, background: ColourName, use: string): ColourPair => ({ foreground, background, kind: 'text', use });
const ui = (foreground: ColourName, background: ColourName, use: string): ColourPair => ({ foreground, background, kind: 'ui', use });

export const colourPairs: readonly ColourPair[] = [
  text('text', 'page', 'body text'),
  text('text', 'panel', 'header, footer and callout text'),
  text('text', 'notice-bg', 'notice text'),
  text('text', 'correct-bg', 'feedback text after a right answer'),
  text('text', 'incorrect-bg', 'feedback text after a wrong answer'),
  text('muted', 'page', 'hints and locked contents entries'),
  text('muted', 'panel', 'progress text and disabled buttons'),
  text('accent', 'page', 'links and button labels'),
  text('accent', 'panel', 'links in callouts'),
  text('accent', 'correct-bg', 'links in feedback after a right answer'),
  text('accent', 'incorrect-bg', 'links in feedback after a wrong answer'),
  text('accent-text', 'accent', 'labels of primary buttons and step numbers'),
  ui('accent', 'panel', 'button borders and the progress bar in the footer and header'),
  ui('line', 'page', 'answer-choice borders, expandable sections and the progress bar outline'),
  ui('accent', 'page', 'edges of quotes and key takeaways'),
  ui('line', 'panel', 'footer border'),
  ui('correct', 'panel', 'edges of fact and tip callouts'),
  ui('incorrect', 'panel', 'edges of myth and warning callouts'),
  ui('correct', 'correct-bg', 'edge of right-answer feedback'),
  ui('incorrect', 'incorrect-bg', 'edge of wrong-answer feedback'),
  ui('text', 'panel', 'focus ring in the footer'),
];

export function minimumRatio(pair: ColourPair): number {
  return pair.kind === 'text' ? 4.5 : 3;
}
