import { describe, expect, it } from 'vitest';
import { UuidTable } from '../../src/report/lrs/uuid-table.js';

const uuid = (n: number) => `${(n * 2654435761 >>> 0).toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

describe('the table that deduplicates statement ids and finds registrations', () => {
  it('keeps every UUID and its value as it grows past its first size, in either case', () => {
    const table = new UuidTable(16);
    for (let n = 0; n < 200_000; n++) table.set(uuid(n), n);
    expect(table.size).toBe(200_000);
    for (const n of [0, 1, 15, 16, 65_535, 65_536, 199_999]) expect(table.get(uuid(n))).toBe(n);
    expect(table.get(uuid(7).toUpperCase())).toBe(7);
    expect(table.has(uuid(200_000))).toBe(false);
    expect(table.add(uuid(9), 99)).toBe(false);
    expect(table.get(uuid(9))).toBe(9);
    expect(table.add(uuid(300_000), 3)).toBe(true);
    expect(table.size).toBe(200_001);
    table.set(uuid(5), 55);
    expect(table.get(uuid(5))).toBe(55);
    expect(table.size).toBe(200_001);
  });

  it('keeps ids that are not UUIDs too', () => {
    const table = new UuidTable();
    table.set('not-a-uuid', 3);
    expect(table.get('not-a-uuid')).toBe(3);
    expect(table.has('other')).toBe(false);
  });
});
