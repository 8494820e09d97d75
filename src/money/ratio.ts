/**
 * Exact non-negative fractions on integers (BigInt): the arithmetic behind rates, factors, shares and weights.
 * Every value the library reads has at most a few decimals, every operation it needs is a product, a sum, a
 * comparison or a rounding, so fractions are exact where a fixed-precision decimal would round: 1/3 of a forfait is
 * rounded once, at the cent, never before.
 */
export interface Ratio {
  /** Numerator, ≥ 0. */
  readonly num: bigint;
  /** Denominator, > 0. */
  readonly den: bigint;
}

const ZERO = BigInt(0);
const ONE = BigInt(1);
const TWO = BigInt(2);
const TEN = BigInt(10);
/** 10^0 … 10^40, computed once. */
const POWERS: readonly bigint[] = Array.from({ length: 41 }, (_, k) => TEN ** BigInt(k));

/** A whole number as a ratio. @example ratioOf(3) // { num: 3n, den: 1n } */
export function ratioOf(n: number | bigint, den: number | bigint = 1): Ratio {
  return { num: BigInt(n), den: BigInt(den) };
}

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d{1,4}))?$/i;

/**
 * Reads a decimal written as text or as a finite JS number (`"0.3"`, `"1e-7"`, `2.5`, `"-0"`); null when it is not
 * one, or when it is negative (`'negative'`).
 *
 * @example
 * parseRatio('0.25') // { num: 25n, den: 100n }
 * parseRatio('-1')   // 'negative'
 * parseRatio('x')    // null
 */
export function parseRatio(value: string | number): Ratio | 'negative' | null {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  const m = DECIMAL_TEXT.exec(String(value));
  if (!m) return null;
  const [, sign, int = '', frac = '', exp = '0'] = m;
  if (int === '' && frac === '') return null;
  let num = BigInt(int + frac || '0');
  let scale = frac.length - Number(exp);
  if (num !== ZERO && sign === '-') return 'negative';
  if (scale < 0) {
    num *= TEN ** BigInt(-scale);
    scale = 0;
  }
  return { num, den: TEN ** BigInt(scale) };
}

/**
 * Reads a decimal the schema has already checked; throws on anything else (a programming error, not bad input).
 *
 * @example
 * ratio('1.2') // { num: 12n, den: 10n }
 */
export function ratio(value: string | number): Ratio {
  const r = parseRatio(value);
  if (r === null || r === 'negative') throw new RangeError(`not a non-negative decimal: ${String(value)}`);
  return r;
}

/** a × b. @example times(ratio('1.2'), ratio('0.5')) // 0.6 */
export function times(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.num, den: a.den * b.den };
}

/** a + b. @example plus(ratio('0.1'), ratio('0.2')) // 0.3 exactly */
export function plus(a: Ratio, b: Ratio): Ratio {
  return a.den === b.den ? { num: a.num + b.num, den: a.den } : { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

/** Negative, zero or positive as a < b, a = b, a > b. @example compare(ratio('0.5'), ratio('0.25')) // 1 */
export function compare(a: Ratio, b: Ratio): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** True when the ratio is 0. @example isZero(ratio('0.00')) // true */
export function isZero(a: Ratio): boolean {
  return a.num === ZERO;
}

/**
 * Rounds a ratio to a whole number, half away from zero (the ratio is never negative).
 *
 * @example
 * roundHalfUp({ num: 5n, den: 2n }) // 3n
 */
export function roundHalfUp(a: Ratio): bigint {
  return (TWO * a.num + a.den) / (TWO * a.den);
}

/**
 * Writes a ratio as a plain decimal (no exponent): exact when it has at most `places` decimals, else rounded half
 * up at `places`; trailing zeros dropped unless `fixed`.
 *
 * @example
 * ratioText(ratio('1.50'), 6)        // '1.5'
 * ratioText({ num: 1n, den: 3n }, 4) // '0.3333'
 * ratioText(ratio('0.5'), 4, true)   // '0.5000'
 */
export function ratioText(a: Ratio, places: number, fixed = false): string {
  if (a.den === ONE && !fixed) return a.num.toString();
  const scale = POWERS[places] ?? TEN ** BigInt(places);
  const digits = roundHalfUp({ num: a.num * scale, den: a.den }).toString().padStart(places + 1, '0');
  const int = digits.slice(0, digits.length - places);
  const all = digits.slice(digits.length - places);
  const frac = fixed ? all : all.replace(/0+$/, '');
  return frac === '' ? int : `${int}.${frac}`;
}

/** The ratio 1. */
export const RATIO_ONE: Ratio = { num: ONE, den: ONE };
/** The ratio 0. */
export const RATIO_ZERO: Ratio = { num: ZERO, den: ONE };
