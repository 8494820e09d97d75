import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from '../src/index';
import { Dec } from '../src/money/decimal';
import { allocateCents } from '../src/money/allocate';
import { RUNS } from './helpers/arbitraries';

describe('allocate (largest remainder on integer cents)', () => {
  it('matches the worked examples', () => {
    // 100 cents by 2:3:1 → quotas 33.33, 50, 16.67 → floors 33, 50, 16 (99) → the extra cent to the largest remainder (16.67)
    expect(allocate('1.00', ['2', '3', '1'])).toEqual(['0.33', '0.50', '0.17']);
    // 3 cents by 75:25 → quotas 2.25, 0.75 → floors 2, 0 → extra cent to 0.75
    expect(allocate('0.03', ['75', '25'])).toEqual(['0.02', '0.01']);
    // 10000 cents by 30:20:40:40 (130) → 2307.69, 1538.46, 3076.92, 3076.92 → floors 9998 → +1 to 0.92 (first), +1 to 0.92 (second)
    expect(allocate('100.00', ['30', '20', '40', '40'])).toEqual(['23.08', '15.38', '30.77', '30.77']);
  });
  it('gives ties to the earlier weight', () => {
    expect(allocate('0.01', ['1', '1', '1'])).toEqual(['0.01', '0.00', '0.00']);
    expect(allocate('0.02', ['1', '1', '1'])).toEqual(['0.01', '0.01', '0.00']);
  });
  it('breaks exact ties by order even when the quotas differ in size', () => {
    // 56804 cents by 5:5:2 → quotas 23668 1/3, 23668 1/3, 9467 1/3: equal remainders, the extra cent to the first
    expect(allocate('568.04', ['5', '5', '2'])).toEqual(['236.69', '236.68', '94.67']);
    // 38210 cents by 4:1:1 → 25473 1/3, 6368 1/3, 6368 1/3 → the first
    expect(allocate('382.10', ['4', '1', '1'])).toEqual(['254.74', '63.68', '63.68']);
    // the same with decimal weights
    expect(allocate('382.10', ['0.4', '0.1', '0.1'])).toEqual(['254.74', '63.68', '63.68']);
  });

  it('gives zero weights zero and accepts numbers and decimal weights', () => {
    expect(allocate(10, [0, 1, 0])).toEqual(['0.00', '10.00', '0.00']);
    expect(allocate('1.00', ['0.5', '0.25', '0.25'])).toEqual(['0.50', '0.25', '0.25']);
  });
  it('refuses missing, all-zero and negative weights, and bad amounts', () => {
    expect(() => allocate('1.00', [])).toThrow('allocate: NO_WEIGHTS');
    expect(() => allocate('1.00', ['0', '0'])).toThrow('allocate: ZERO_WEIGHTS');
    expect(() => allocate('1.00', ['1', '-1'])).toThrow('allocate: NEGATIVE_WEIGHT');
    expect(() => allocate('1.00', ['x'])).toThrow('allocate: INVALID_WEIGHT');
    expect(() => allocate('1.005', ['1'])).toThrow('allocate: INVALID_AMOUNT');
    expect(allocateCents(100, ['1', 'NaN'])).toBe('INVALID_WEIGHT');
  });

  it('reads a weight of 100,000 digits in one pass: a non-digit tail makes it invalid', () => {
    // A backtracking pattern (\d+\.?\d*) took about 14 s on this text; one pass takes milliseconds.
    const digits = '9'.repeat(100_000);
    expect(allocateCents(100, [`${digits}x`, '1'])).toBe('INVALID_WEIGHT');
    expect(allocateCents(100, ['1', `${digits}.${digits}e`])).toBe('INVALID_WEIGHT');
    // Without the tail it is a weight: 10^100000 − 1 against 1, every cent to the first.
    expect(allocateCents(100, [digits, '1'])).toEqual([100, 0]);
  });

  it('reads the same decimal texts as before: point, exponent of 1 to 4 digits, nothing else', () => {
    expect(allocateCents(100, ['1.', '.5', '+2'])).toEqual([29, 14, 57]);
    expect(allocateCents(100, ['1E2', '1e+2', '100e-0'])).toEqual([34, 33, 33]);
    expect(allocateCents(100, ['12e-3', '0.012000'])).toEqual([50, 50]);
    for (const bad of ['', '.', '+', '-.', '1e', '1e+', '1e12345', '1.2.3', ' 1', '1 ', 'e1', '1_0', '٣'])
      expect(allocateCents(100, [bad, '1'])).toBe('INVALID_WEIGHT');
  });

  it('gives the same cents on the quick path as decimal.js does, first error included', () => {
    const weight = fc.oneof(
      fc.integer({ min: 0, max: 10_000_000 }).map((n) => (n / 1000).toString()),
      fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: -6, max: 6 })).map(([m, e]) => `${m}e${e}`),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
      fc.constantFrom('-1', '-0', 'x', '0.000', '1e-20', '123456789012345678'),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.array(weight, { minLength: 1, maxLength: 8 }), (total, ws) => {
        // A Decimal among the weights sends every weight through decimal.js.
        const viaDecimal = allocateCents(total, [...ws, new Dec(0)]);
        const quick = allocateCents(total, [...ws, '0']);
        expect(quick).toEqual(viaDecimal);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the cents left to the largest remainders, ties to the earlier weight, as a sort would (many weights)', () => {
    /** Hamilton's method written plainly on BigInt, for reference: floors, then a sort by remainder then index. */
    const reference = (total: number, ws: readonly number[]): number[] => {
      const sum = ws.reduce((a, w) => a + BigInt(w), 0n);
      const floors = ws.map((w) => (BigInt(w) * BigInt(total)) / sum);
      const rems = ws.map((w, i) => BigInt(w) * BigInt(total) - (floors[i] as bigint) * sum);
      const left = BigInt(total) - floors.reduce((a, f) => a + f, 0n);
      const order = ws.map((_, i) => i).sort((a, b) => (rems[b]! > rems[a]! ? 1 : rems[b]! < rems[a]! ? -1 : a - b));
      const parts = floors.map(Number);
      for (let k = 0; k < Number(left); k++) parts[order[k]!]! += 1;
      return parts;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e10 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 300 }),
        (total, ws) => {
          if (ws.every((w) => w === 0)) return;
          expect(allocateCents(total, ws)).toEqual(reference(total, ws));
          expect(
            allocateCents(
              total,
              ws.map((w) => `${w / 10}`),
            ),
          ).toEqual(reference(total, ws));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
