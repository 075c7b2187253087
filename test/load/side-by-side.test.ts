import { describe, expect, it } from 'vitest';
import { sideBySide } from '../../src/load/side-by-side.js';

describe('reading files side by side', () => {
  it('gives results in the order of the items, however long each takes, with at most 32 under way', async () => {
    let running = 0;
    let most = 0;
    const items = Array.from({ length: 200 }, (_, index) => index);
    const results = await sideBySide(items, async (item) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, (item * 7) % 5));
      running--;
      return item * 2;
    });
    expect(results).toEqual(items.map((item) => item * 2));
    expect(most).toBe(32);
  });
});
