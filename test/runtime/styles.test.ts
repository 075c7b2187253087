import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

let css: string;

beforeAll(async () => {
  css = await readFile(join(import.meta.dirname, '..', '..', 'src', 'runtime', 'styles', 'cease.css'), 'utf8');
});

// Contrast of every colour pair, light and dark, is checked against the
// palette in test/theme/palette.test.ts, which also keeps cease.css in step with it.

describe('the player styles', () => {
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
