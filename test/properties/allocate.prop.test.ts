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
});
