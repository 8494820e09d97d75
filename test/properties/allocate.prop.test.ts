import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateCents } from '../../src/money/allocate';
import { Decimal } from '../../src/money/decimal';
import { RUNS } from '../helpers/arbitraries';

const weights = fc.array(fc.integer({ min: 0, max: 1_000_000 }).map((w) => (w / 1000).toString()), { minLength: 1, maxLength: 12 });

describe('allocate (property-based)', () => {
  it('never loses or creates a cent, gives zero weights zero, and stays within one cent of the exact quota', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), weights, (total, ws) => {
        const parts = allocateCents(total, ws);
        if (ws.every((w) => new Decimal(w).isZero())) {
          expect(parts).toBe('ZERO_WEIGHTS');
          return;
        }
        if (typeof parts === 'string') throw new Error(parts);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        const sum = ws.reduce((a, w) => a.plus(w), new Decimal(0));
        parts.forEach((p, i) => {
          expect(Number.isSafeInteger(p) && p >= 0).toBe(true);
          if (new Decimal(ws[i]!).isZero()) expect(p).toBe(0);
          const quota = new Decimal(ws[i]!).times(total).dividedBy(sum);
          expect(quota.minus(p).abs().lt(1)).toBe(true);
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
        expect(allocateCents(total, ws.map((w) => (w / 10).toString()))).toEqual(floors.map(Number));
      }),
      { numRuns: RUNS },
    );
  });
});
