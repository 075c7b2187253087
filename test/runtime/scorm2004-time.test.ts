import { describe, expect, test } from 'vitest';
import { isoDuration, isoTimestamp } from '../../src/runtime/transport/scorm2004-time.js';

describe('SCORM 2004 times', () => {
  test.each([
    [0, 'PT0S'],
    [4, 'PT0S'],
    [5, 'PT0.01S'],
    [3_400, 'PT3.4S'],
    [60_000, 'PT1M'],
    [3_723_400, 'PT1H2M3.4S'],
    [7_200_000, 'PT2H'],
    [12_345.678, 'PT12.35S'],
    [-500, 'PT0S'],
    [1_000 * 3600 * 12_000, 'PT12000H'],
  ])('writes %d ms as the ISO 8601 duration %s', (milliseconds, expected) => {
    expect(isoDuration(milliseconds)).toBe(expected);
  });

  test('writes a timestamp in UTC with two decimals, the only form whose zone the RTE grammar admits', () => {
    expect(isoTimestamp(Date.UTC(2025, 0, 31, 9, 15, 2, 257))).toBe('2025-01-31T09:15:02.25Z');
  });
});
