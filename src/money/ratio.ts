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
/**
 * Below this bound (2^48) a numerator, a denominator or a product of a few cents by a small factor is held exactly
 * by a JS number, so rounding and writing run on numbers; the BigInt path is the same arithmetic for the rest.
 */
const SMALL = 2 ** 48;
const SMALL_BIG = BigInt(SMALL);
/** Denominators {@link fractionText} takes (below 2^31, so that ten times a remainder stays exact). */
const TEXT_DEN = 2 ** 31;
/** Texts already read (rates, factors and weights repeat from path to path), at most 512 of them. */
const READ = new Map<string, Ratio>();

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
  if (typeof value === 'string') {
    const known = READ.get(value);
    if (known) return known;
  } else if (!Number.isFinite(value)) return null;
  const r = readDecimal(String(value));
  if (typeof value === 'string' && r !== null && r !== 'negative') {
    if (READ.size >= 512) READ.clear();
    READ.set(value, r);
  }
  return r;
}

function readDecimal(text: string): Ratio | 'negative' | null {
  const m = DECIMAL_TEXT.exec(text);
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
  return Object.freeze({ num, den: POWERS[scale] ?? TEN ** BigInt(scale) });
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
 * n / d rounded half up, on numbers: n ≥ 0 and d > 0 are integers below 2^48 (so that every product below is exact).
 *
 * @example
 * divRoundHalfUp(5, 2) // 3
 */
export function divRoundHalfUp(n: number, d: number): number {
  const [q, r] = divMod(n, d);
  return 2 * r >= d ? q + 1 : q;
}

/** Integer quotient and remainder of n / d (integers, 0 ≤ n, 0 < d < 2^48): the float quotient, then corrected. */
function divMod(n: number, d: number): [number, number] {
  let q = Math.floor(n / d);
  let r = n - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  return [q, r];
}

/** The ratio as two numbers when both are below 2^48, else undefined (use the BigInt path). */
function smallParts(a: Ratio): [number, number] | undefined {
  return a.num < SMALL_BIG && a.den < SMALL_BIG ? [Number(a.num), Number(a.den)] : undefined;
}

/**
 * n × a rounded to a whole number, half away from zero (n a non-negative integer): on numbers when the product
 * stays below 2^48, else on BigInt.
 *
 * @example
 * timesRounded(1001, ratio('0.5')) // 501
 */
export function timesRounded(n: number, a: Ratio): number {
  const small = smallParts(a);
  if (small && n >= 0 && n * small[0] < SMALL) return divRoundHalfUp(n * small[0], small[1]);
  return Number(roundHalfUp(times(ratioOf(n), a)));
}

/**
 * n × a / per written as {@link ratioText} writes it (n a non-negative integer, per > 0): on numbers when they
 * stay within the bounds of {@link fractionText}, else on BigInt.
 *
 * @example
 * timesText(56300, ratio('0.3'), 100, 8) // '168.9'
 */
export function timesText(n: number, a: Ratio, per: number, places: number): string {
  const small = smallParts(a);
  if (small && n >= 0 && n * small[0] < SMALL && small[1] * per < TEXT_DEN) return fractionText(n * small[0], small[1] * per, places, false);
  return ratioText(times(ratioOf(n, per), a), places);
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
  const small = smallParts(a);
  if (small && small[1] < TEXT_DEN) return fractionText(small[0], small[1], places, fixed);
  const scale = POWERS[places] ?? TEN ** BigInt(places);
  const digits = roundHalfUp({ num: a.num * scale, den: a.den }).toString().padStart(places + 1, '0');
  const int = digits.slice(0, digits.length - places);
  const all = digits.slice(digits.length - places);
  const frac = fixed ? all : all.replace(/0+$/, '');
  return frac === '' ? int : `${int}.${frac}`;
}

/**
 * {@link ratioText} of n / d on numbers (integers, 0 ≤ n < 2^48, 0 < d < 2^31): long division, one digit at a time,
 * stopping when it is exact, then rounded half up at `places` with the carry propagated.
 *
 * @example
 * fractionText(2, 3, 4) // '0.6667'
 */
export function fractionText(n: number, d: number, places: number, fixed: boolean): string {
  let [int, r] = divMod(n, d);
  const digits: number[] = [];
  while (r !== 0 && digits.length < places) {
    r *= 10;
    const digit = Math.floor(r / d);
    digits.push(digit);
    r -= digit * d;
  }
  if (r !== 0 && 2 * r >= d) {
    let k = digits.length - 1;
    while (k >= 0 && digits[k] === 9) digits[k--] = 0;
    if (k >= 0) digits[k] = (digits[k] ?? 0) + 1;
    else int += 1;
  }
  if (fixed) while (digits.length < places) digits.push(0);
  else while (digits.length > 0 && digits[digits.length - 1] === 0) digits.pop();
  return digits.length === 0 ? String(int) : `${int}.${digits.join('')}`;
}

/** The ratio 1. */
export const RATIO_ONE: Ratio = { num: ONE, den: ONE };
/** The ratio 0. */
export const RATIO_ZERO: Ratio = { num: ZERO, den: ONE };
