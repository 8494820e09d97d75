import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactEuros, mulRoundCents } from '../../src/money/decimal';
import { divRoundHalfUp, fractionText, ratioOf, ratioText } from '../../src/money/ratio';
import { RUNS } from '../helpers/arbitraries';

// Independent references in BigInt: n / d rounded half up, and n / d written with at most `places` decimals.
const big = (n: number) => BigInt(n);
const refRound = (n: bigint, d: bigint) => (2n * n + d) / (2n * d);
function refText(n: bigint, d: bigint, places: number, fixed: boolean): string {
  const scaled = refRound(n * 10n ** BigInt(places), d).toString().padStart(places + 1, '0');
  const int = scaled.slice(0, scaled.length - places);
  const frac = fixed ? scaled.slice(scaled.length - places) : scaled.slice(scaled.length - places).replace(/0+$/, '');
  return frac === '' ? int : `${int}.${frac}`;
}

const below48 = fc.integer({ min: 0, max: 2 ** 48 - 1 });
const den31 = fc.oneof(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 1000 }), fc.constantFrom(1, 2, 3, 7, 8, 10, 100, 1000, 999_999_999));

describe('number fast paths of the exact arithmetic (property-based)', () => {
  it('divRoundHalfUp equals the BigInt rounding for every n, d below 2^48', () => {
    fc.assert(
      fc.property(below48, fc.integer({ min: 1, max: 2 ** 48 - 1 }), (n, d) => {
        expect(big(divRoundHalfUp(n, d))).toBe(refRound(big(n), big(d)));
      }),
      { numRuns: RUNS },
    );
  });

  it('fractionText and ratioText write the same digits as the BigInt reference, carries included', () => {
    fc.assert(
      fc.property(below48, den31, fc.integer({ min: 0, max: 40 }), fc.boolean(), (n, d, places, fixed) => {
        const expected = refText(big(n), big(d), places, fixed);
        expect(fractionText(n, d, places, fixed)).toBe(expected);
        expect(ratioText(ratioOf(n, d), places, fixed)).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('mulRoundCents and exactEuros agree with BigInt on cents up to 10^11 and factors with up to 6 decimals', () => {
    const factor = fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), factor, fc.integer({ min: 0, max: 40 }), (cents, [digits, scale], places) => {
        const text = scale === 0 ? String(digits) : `${Math.floor(digits / 10 ** scale)}.${String(digits % 10 ** scale).padStart(scale, '0')}`;
        const den = 10n ** BigInt(scale);
        fc.pre((big(cents) * big(digits)) / den < 2n ** 52n); // results in cents stay safe integers
        expect(big(mulRoundCents(cents, text))).toBe(refRound(big(cents) * big(digits), den));
        expect(exactEuros(cents, text, places)).toBe(refText(big(cents) * big(digits), den * 100n, places, false));
      }),
      { numRuns: RUNS },
    );
  });
});
