import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

let css: string;
let colours: Record<string, string>;

beforeAll(async () => {
  css = await readFile(join(import.meta.dirname, '..', '..', 'src', 'runtime', 'styles', 'cease.css'), 'utf8');
  colours = Object.fromEntries([...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1] as string, m[2] as string]));
});

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('the player styles', () => {
  test('give text at least 4.5:1 contrast on every background it sits on', () => {
    const pairs: [string, string][] = [
      ['text', 'page'], ['text', 'panel'], ['text', 'notice-bg'], ['text', 'correct-bg'], ['text', 'incorrect-bg'],
      ['muted', 'page'], ['muted', 'panel'], ['accent', 'page'], ['accent', 'panel'], ['accent-text', 'accent'],
    ];
    for (const [text, background] of pairs) {
      expect(contrast(colours[text] as string, colours[background] as string), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('give borders, bars and focus rings at least 3:1 against the page', () => {
    for (const name of ['line', 'accent', 'correct', 'incorrect', 'text']) {
      expect(contrast(colours[name] as string, colours['page'] as string), name).toBeGreaterThanOrEqual(3);
    }
  });

  test('animate only for learners who did not ask for reduced motion', () => {
    const outside = css.replace(/@media \(prefers-reduced-motion: no-preference\) \{[\s\S]*?\n\}/g, '');
    expect(outside).not.toMatch(/transition|animation/);
    expect(css).toMatch(/prefers-reduced-motion: no-preference/);
  });

  test('show a focus ring, make buttons and choices at least 44px tall, and fix no width wider than a phone', () => {
    expect(css).toMatch(/:focus-visible\s*\{\s*outline: 3px solid/);
    for (const rule of ['.button', '.choice', '.toc summary']) {
      const body = css.match(new RegExp(`\\n${rule.replace('.', '\\.')} \\{([^}]*)\\}`))?.[1] ?? '';
      expect(body, rule).toMatch(/min-height: 2\.75rem/);
    }
    const widths = [...css.matchAll(/(?:^|[\s;{])(?:min-)?width:\s*([\d.]+)(px|rem)/g)].map((m) =>
      m[2] === 'rem' ? Number(m[1]) * 16 : Number(m[1]),
    );
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.filter((px) => px > 320)).toEqual([]);
  });
});
