import { describe, expect, test } from 'vitest';
import { decodeState, emptyState, encodeState, type SuspendState } from '../../src/runtime/core/progress-state.js';

const shape = { screens: 12, questions: 6, pool: 3, draw: 3 };

function stateWith(answers: (number | string)[], checks: [number, number | string][]): SuspendState {
  const state = emptyState(shape);
  state.visited = state.visited.map((_, index) => index % 2 === 0);
  state.lineage = { origin: 4_000_000_000, session: 7 };
  state.assessment = { attempt: 2, seed: 123_456_789, drawn: [2, 0, 1], answers, best: 0.75 };
  state.checks = new Map(checks);
  return state;
}

describe('suspend state with every question type', () => {
  test('numbers only (choice masks, matching and ordering arrangements, scale points) keep format 2, byte for byte as before', () => {
    const state = stateWith([5, 999_999_999, 387_420_489], [[3, 256], [4, 6]]);
    const encoded = encodeState(state, 4096);
    expect(encoded).toMatch(/^2[A-Za-z0-9_-]+$/);
    expect(decodeState(encoded, shape)).toEqual(state);
  });

  test('a wrong short answer is kept as its text (format 3), accents and emoji included, and comes back exactly', () => {
    const state = stateWith([1, 'la línea 😀', 3], [[3, 'trafico'], [4, 2], [5, '']]);
    const encoded = encodeState(state, 4096);
    expect(encoded).toMatch(/^3[A-Za-z0-9_-]+$/);
    expect(decodeState(encoded, shape)).toEqual(state);
  });

  test('a format 3 state cut short, or with a text longer than the data, is discarded rather than misread', () => {
    const encoded = encodeState(stateWith([1, 'words', 3], []), 4096);
    expect(decodeState(encoded.slice(0, encoded.length - 4), shape)).toBeNull();
    expect(decodeState('4' + encoded.slice(1), shape)).toBeNull();
  });
});
