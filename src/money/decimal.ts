import Decimal from 'decimal.js';
import { BoundedCache } from './bounded-cache';
import { AMOUNT_PATTERN } from './decimal-formats';

/**
 * The library's decimal numbers: a decimal.js constructor of its own (a caller's `Decimal` and its settings are never
 * touched), configured once, here:
 * - `rounding: ROUND_HALF_UP`: half away from zero — the rounding at the cent that the trace states (every amount
 *   here is non-negative);
 * - `precision: 80` significant digits, so that nothing is rounded before the cent. Why 80 is enough:
 *   - amounts are below 10^9 € with two decimals (at most 11 significant digits); rates, shares and coefficients have
 *     at most six decimals and two digits before the point (at most 8); a type applies at most 8 coefficients. A
 *     product of an amount by 8 factors has at most 11 + 8 × 8 = 75 digits: every product is exact;
 *   - the only quotients are a prorata `met / required` (both below 10^9) and the written shares. A prorata is one
 *     division after an exact product, `amount × met / required` ({@link mulRoundCents} with `per`), never the
 *     amount times a share already divided: a half cent (21 cents × 3/14 = 4.5) would then come out 4.4999… and round
 *     down. The exact quotient is either a decimal of at most 80 digits (then the division is exact, half cents
 *     included), or lies at least 1 / (2 × 10^9) cent away from a half cent, far more than the 10^-68 cent an 80-digit
 *     rounding of a value below 10^11 cents can move it: the rounding at the cent (or at 6 or 40 decimals for the
 *     trace, where no run of equal digits is as long as the denominator) is that of the exact value;
 * - `toExpNeg` / `toExpPos` out of reach: `toString()` always writes plain decimals, never an exponent.
 * Largest-remainder allocation and sums of cents are integer arithmetic (./allocate.ts, ../settlement/totals.ts).
 */
export const Dec = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });
/** A decimal of the library's constructor. */
export type Dec = Decimal;

/** An amount in euros as it crosses the boundary: a decimal string with exactly two decimals, e.g. `"1500.00"`. */
export type Amount = string;

/** Integer number of cents. Always a safe integer; sums of cents are exact. */
export type Cents = number;

/** A number as the text it is written with, or null when that text has an exponent (or is not finite). */
function numberText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  // Number.isFinite is false for every value that is not a number (an array holding '12.50' included)
  if (!Number.isFinite(value)) return null;
  const text = String(value);
  return text.includes('e') ? null : text;
}

/**
 * Reads an amount given as text or as a number with at most two decimals; null when it is not one.
 * Negative amounts, more than two decimals, exponents and values of a billion euros or more are refused.
 *
 * @example
 * canonicalAmount(12.5)     // '12.50'
 * canonicalAmount('12.345') // null
 * canonicalAmount(1e21)     // null
 */
export function canonicalAmount(value: unknown): Amount | null {
  const text = numberText(value);
  // Stryker disable next-line ConditionalExpression: exec(null) reads the text 'null', which AMOUNT_PATTERN (digits) never matches: null all the same
  const m = text === null ? null : AMOUNT_PATTERN.exec(text);
  if (!m) return null;
  const decimals = m[2] === undefined ? '00' : m[2].slice(1).padEnd(2, '0');
  return `${m[1]}.${decimals}`;
}

/**
 * Reads a non-negative decimal (rate, factor, weight) given as text or as a number, when it matches `pattern` (which
 * sets its range and decimals); null otherwise. Comes out without trailing zeros.
 *
 * @example
 * canonicalDecimal('0.30', RATE_PATTERN) // '0.3'
 * canonicalDecimal(1.2, FACTOR_PATTERN)  // '1.2'
 */
export function canonicalDecimal(value: unknown, pattern: RegExp): string | null {
  const text = numberText(value);
  // Stryker disable next-line ConditionalExpression: test(null) reads the text 'null', which no decimal pattern matches: null all the same
  if (text === null) return null;
  if (!pattern.test(text)) return null;
  return new Dec(text).toString();
}

/**
 * Converts a canonical amount (or any plain decimal with at most two decimals) to integer cents. Every caller passes an
 * amount read by {@link canonicalAmount} or by a schema's amount pattern, so there is never a third decimal to drop.
 *
 * @example
 * toCents('563.00') // 56300
 * toCents('0.5')    // 50
 */
export function toCents(amount: Amount): Cents {
  const dot = amount.indexOf('.');
  if (dot < 0) return Number(amount) * 100;
  // Stryker disable next-line StringLiteral: Number('') is 0, as Number('0') is
  const euros = Number(amount.slice(0, dot) || '0');
  return euros * 100 + Number(amount.slice(dot + 1).padEnd(2, '0'));
}

/**
 * Formats integer cents as an amount string with two decimals.
 *
 * @example
 * formatCents(56300) // '563.00'
 * formatCents(5)     // '0.05'
 */
export function formatCents(cents: Cents): Amount {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const rest = abs % 100;
  return `${sign}${(abs - rest) / 100}.${rest < 10 ? '0' : ''}${rest}`;
}

/**
 * cents × factor / per, rounded to the cent, half away from zero: the product is exact, then one division. Exact:
 * nothing is rounded before the cent (see {@link Dec}). A fraction is given as `factor` and `per` (3 and 14), never
 * as a quotient already rounded.
 *
 * @example
 * mulRoundCents(56300, '1.2')  // 67560
 * mulRoundCents(1001, '0.5')   // 501
 * mulRoundCents(21, 3, 14)     // 5 — 4.5 exactly, half up
 */
export function mulRoundCents(cents: Cents, factor: Decimal.Value, per: Decimal.Value = 1): Cents {
  return new Dec(cents).times(factor).div(per).toDecimalPlaces(0).toNumber();
}

/**
 * The euro value of cents × factor / per as a plain decimal: exact when it has at most `places` decimals, else
 * rounded half up at `places`; trailing zeros dropped.
 *
 * @example
 * exactEuros(56300, '0.3')        // '168.9'
 * exactEuros(60000, 1, 6, 3)      // '200'
 */
export function exactEuros(cents: Cents, factor: Decimal.Value, places = 8, per: Decimal.Value = 1): string {
  return new Dec(cents).times(factor).div(new Dec(per).times(100)).toDecimalPlaces(places).toString();
}

/**
 * A decimal written with at most `places` decimals (rounded half up beyond), trailing zeros dropped unless `fixed`.
 *
 * @example
 * decimalText(new Dec(1).div(3), 4)       // '0.3333'
 * decimalText(new Dec('0.5'), 4, true)    // '0.5000'
 */
export function decimalText(value: Decimal.Value, places: number, fixed = false): string {
  const d = new Dec(value);
  return fixed ? d.toFixed(places) : d.toDecimalPlaces(places).toString();
}

/** Products already computed, by value (rates and forfaits repeat from path to path), 4,096 at most. */
const PRODUCTS = new BoundedCache<{ readonly cents: Cents; readonly exact: string }>();

/**
 * cents × factor: the cents rounded half up ({@link mulRoundCents}) and the exact euros ({@link exactEuros}, 8
 * decimals at most), computed once per distinct pair (participation rates, coordination rates, tier shares).
 *
 * @example
 * timesFactor(53600, '0.3') // { cents: 16080, exact: '160.8' }
 */
export function timesFactor(cents: Cents, factor: string): { readonly cents: Cents; readonly exact: string } {
  return PRODUCTS.remember(`${cents}×${factor}`, () => ({
    cents: mulRoundCents(cents, factor),
    exact: exactEuros(cents, factor),
  }));
}

/** Fractions of an amount already computed, by value (a forfait and the requirements met repeat from path to path). */
const FRACTIONS = new BoundedCache<{ readonly cents: Cents; readonly exact: string; readonly share: string }>();

/**
 * cents × num / den: the cents rounded half up ({@link mulRoundCents}), the exact euros (6 decimals at most) and the
 * share num / den (40 decimals at most), computed once per distinct triple (the prorata of an incomplete séquence).
 *
 * @example
 * fractionOf(106140, 11, 15) // { cents: 77836, exact: '778.36', share: '0.7333333333333333333333333333333333333333' }
 */
export function fractionOf(
  cents: Cents,
  num: number,
  den: number,
): { readonly cents: Cents; readonly exact: string; readonly share: string } {
  return FRACTIONS.remember(`${cents}×${num}/${den}`, () => ({
    cents: mulRoundCents(cents, num, den),
    exact: exactEuros(cents, num, 6, den),
    share: new Dec(num).div(den).toDecimalPlaces(40).toString(),
  }));
}
