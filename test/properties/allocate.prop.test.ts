import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateCents } from '../../src/money/allocate';
import { RUNS } from '../helpers/arbitraries';

// Weights in thousandths, written as decimals ("12.345"): the property checks them against exact integers.
const milliWeights = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 });
const text = (milli: number) => (milli / 1000).toString();

describe('allocate (property-based)', () => {
  it('never loses or creates a cent, gives zero weights zero, and stays within one cent of the exact quota', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), milliWeights, (total, milli) => {
        const parts = allocateCents(total, milli.map(text));
        if (milli.every((w) => w === 0)) {
          expect(parts).toBe('ZERO_WEIGHTS');
          return;
        }
        if (typeof parts === 'string') throw new Error(parts);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        const sum = BigInt(milli.reduce((a, w) => a + w, 0));
        parts.forEach((p, i) => {
          expect(Number.isSafeInteger(p) && p >= 0).toBe(true);
          const w = milli[i]!;
          if (w === 0) expect(p).toBe(0);
          // |w × total / sum − p| < 1, in integers: |w × total − p × sum| < sum
          const gap = BigInt(w) * BigInt(total) - BigInt(p) * sum;
          expect((gap < 0 ? -gap : gap) < sum).toBe(true);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('equals the largest-remainder method computed independently in exact integers, ties to the earlier weight', () => {
    const milli = fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 8 }); // small weights: many exact ties
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), milli, (total, ws) => {
        fc.pre(ws.some((w) => w > 0));
        const W = BigInt(ws.reduce((a, b) => a + b, 0));
        const T = BigInt(total);
        const floors = ws.map((w) => (BigInt(w) * T) / W);
        const rems = ws.map((w) => (BigInt(w) * T) % W);
        let left = T - floors.reduce((a, b) => a + b, 0n);
        const order = ws.map((_, i) => i).sort((a, b) => (rems[b]! > rems[a]! ? 1 : rems[b]! < rems[a]! ? -1 : a - b));
        for (const i of order) {
          if (left === 0n) break;
          floors[i]! += 1n;
          left -= 1n;
        }
        expect(
          allocateCents(
            total,
            ws.map((w) => (w / 10).toString()),
          ),
        ).toEqual(floors.map(Number));
      }),
      { numRuns: RUNS },
    );
  });
});
