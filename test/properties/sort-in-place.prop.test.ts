import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byText, sortInPlace } from '../../src/domain/sort-in-place';
import { RUNS } from '../helpers/arbitraries';

// Items with many ties on the sort key, tagged with their position, so that a lost stability shows.
const items = fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'c', 'é', 'B', ''), n: fc.integer({ min: -3, max: 3 }) }), { maxLength: 80 });

describe('sortInPlace (property-based)', () => {
  it('gives the order of Array.prototype.sort, ties kept in input order, below and above the insertion bound', () => {
    fc.assert(
      fc.property(items, (xs) => {
        const tagged = xs.map((x, i) => ({ ...x, i }));
        const compare = (a: { key: string; n: number }, b: { key: string; n: number }) => byText(a.key, b.key) || a.n - b.n;
        const expected = [...tagged].sort(compare);
        const list = [...tagged];
        expect(sortInPlace(list, compare)).toBe(list);
        expect(list).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('byText orders as a sort without comparator', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 40 }), (xs) => {
        expect(sortInPlace([...xs], byText)).toEqual([...xs].sort());
      }),
      { numRuns: RUNS },
    );
  });
});
