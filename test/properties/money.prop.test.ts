import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, decimalText, exactEuros, mulRoundCents } from '../../src/money/decimal';
import { RUNS } from '../helpers/arbitraries';

// Independent references in BigInt: n / d rounded half up, and n / d written with at most `places` decimals.
const big = (n: number) => BigInt(n);
const refRound = (n: bigint, d: bigint) => (2n * n + d) / (2n * d);
function refText(n: bigint, d: bigint, places: number, fixed: boolean): string {
  const scaled = refRound(n * 10n ** BigInt(places), d)
    .toString()
    .padStart(places + 1, '0');
  const int = scaled.slice(0, scaled.length - places);
  const frac = fixed ? scaled.slice(scaled.length - places) : scaled.slice(scaled.length - places).replace(/0+$/, '');
  return frac === '' ? int : `${int}.${frac}`;
}

const cents = fc.integer({ min: 0, max: 99_999_999_999 });
/** A decimal with at most 6 decimals and 2 digits before the point, as text, with its numerator and denominator. */
const factor = fc
  .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 6 }))
  .map(([digits, scale]) => ({
    text:
      scale === 0
        ? String(digits)
        : `${Math.floor(digits / 10 ** scale)}.${String(digits % 10 ** scale).padStart(scale, '0')}`,
    num: big(digits),
    den: 10n ** BigInt(scale),
  }));

describe('decimal.js arithmetic against BigInt references (property-based)', () => {
  it('cents × factor is rounded once, at the cent, and written exactly', () => {
    fc.assert(
      fc.property(cents, factor, fc.integer({ min: 0, max: 40 }), (c, f, places) => {
        fc.pre((big(c) * f.num) / f.den < 2n ** 52n); // results in cents stay safe integers
        expect(big(mulRoundCents(c, f.text))).toBe(refRound(big(c) * f.num, f.den));
        expect(exactEuros(c, f.text, places)).toBe(refText(big(c) * f.num, f.den * 100n, places, false));
      }),
      { numRuns: RUNS },
    );
  });

  it('a prorata cents × met / required is rounded at the cent as the exact fraction is, half cents included', () => {
    // 21 cents × 3/14 is 4.5 cents exactly: a share divided first (0.2142857…, rounded) would give 4.4999… and 4.
    expect(mulRoundCents(21, 3, 14)).toBe(5);
    const required = fc.integer({ min: 1, max: 999_999_999 });
    fc.assert(
      fc.property(cents, required, fc.nat(), (c, req, k) => {
        const met = k % (req + 1);
        expect(big(mulRoundCents(c, met, req))).toBe(refRound(big(c) * big(met), big(req)));
        expect(decimalText(new Dec(met).div(req), 40)).toBe(refText(big(met), big(req), 40, false));
        expect(exactEuros(c, met, 6, req)).toBe(refText(big(c) * big(met), big(req) * 100n, 6, false));
      }),
      { numRuns: RUNS },
    );
  });

  it('a product of an amount by up to 8 coefficients is exact', () => {
    fc.assert(
      fc.property(cents, fc.array(factor, { minLength: 1, maxLength: 8 }), (c, fs) => {
        const product = fs.reduce((p, f) => p.times(f.text), new Dec(1));
        const num = fs.reduce((n, f) => n * f.num, 1n);
        const den = fs.reduce((d, f) => d * f.den, 1n);
        expect(decimalText(product.times(c), 60)).toBe(refText(big(c) * num, den, 60, false));
      }),
      { numRuns: RUNS },
    );
  });
});
