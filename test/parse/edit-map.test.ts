import fc from 'fast-check';
import { EditMap as MicromarkEditMap } from 'micromark-util-edit-map';
import { describe, expect, it } from 'vitest';
import { EditMap } from '../../src/parse/edit-map.js';

const change = fc.record({ at: fc.nat(40), remove: fc.nat(6), add: fc.array(fc.nat(), { maxLength: 4 }), before: fc.boolean() });

describe("the parser's edit map", () => {
  it('changes the events exactly as micromark-util-edit-map does', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.array(change, { maxLength: 8 }), (length, changes) => {
        const events = Array.from({ length }, (_, index) => -index - 1);
        const ours = new EditMap<number>();
        const theirs = new MicromarkEditMap();
        for (const { at, remove, add, before } of changes) {
          ours[before ? 'addBefore' : 'add'](at, remove, [...add]);
          theirs[before ? 'addBefore' : 'add'](at, remove, [...add] as never[]);
        }
        const mine = [...events];
        const reference = [...events];
        ours.consume(mine);
        theirs.consume(reference as never[]);
        expect(mine).toEqual(reference);
      }),
      { numRuns: 2000 },
    );
  });
});
