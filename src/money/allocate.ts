import type Decimal from 'decimal.js';
import { type Amount, type Cents, canonicalAmount, Dec, formatCents, toCents } from './decimal';

/** Why weights could not be used. */
export type AllocationError = 'NO_WEIGHTS' | 'NEGATIVE_WEIGHT' | 'ZERO_WEIGHTS' | 'INVALID_WEIGHT' | 'INVALID_AMOUNT';

/** A weight: a decimal as text or as a number, or a decimal already read. */
export type Weight = string | number | Decimal;

/** What {@link scanDecimal} read last (one object, reused: a million weights make no garbage). */
// Stryker disable next-line ObjectLiteral,BooleanLiteral: scanDecimal writes every field before it returns true
const scanned = { negative: false, mantissa: 0, significant: 0, exponent: 0 };

/**
 * A weight written as text, read in one pass (no regular expression, so no backtracking: a weight of a million digits
 * costs a million steps). The language is `[+-]?(digits[.digits?] | .digits)([eE][+-]?d{1,4})?`: no hexadecimal,
 * binary or octal, no `Infinity`. False when the text is not a decimal; else its value is in {@link scanned}:
 * `mantissa × 10^exponent`, the mantissa without leading or trailing zeros (0 for zero), `significant` its digits
 * (the mantissa is exact up to 15 of them).
 */
function scanDecimal(w: string): boolean {
  const n = w.length;
  let i = 0;
  const sign = w.charCodeAt(0);
  if (sign === 43 || sign === 45) i++; // + -
  let mantissa = 0;
  let significant = 0;
  let zeros = 0; // zeros read after the last non-zero digit, not yet in the mantissa
  let fraction = 0; // digits after the point
  let digits = 0;
  let point = false;
  // Stryker disable next-line EqualityOperator: charCodeAt(n) is NaN, neither a point nor a digit: the loop stops there all the same
  for (; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c === 46 && !point) {
      point = true; // .
      continue;
    }
    if (!isDigit(c)) break;
    // Stryker disable next-line UpdateOperator: digits is only compared with 0
    digits++;
    if (point) fraction++;
    if (c === 48) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: leading zeros would only raise `significant`, sending the weight to decimal.js
      if (significant > 0) zeros++;
      continue;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a mantissa past 15 digits is never used (significant > 15 goes to decimal.js)
    if (significant <= 15) mantissa = mantissa * 10 ** (zeros + 1) + (c - 48);
    significant += zeros + 1;
    zeros = 0;
  }
  if (digits === 0) return false;
  let exponent = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: charCodeAt(n) is NaN, and NaN | 32 is not 101
  if (i < n && (w.charCodeAt(i) | 32) === 101) {
    // e E
    i++;
    let expSign = 1;
    if (w.charCodeAt(i) === 43 || w.charCodeAt(i) === 45) expSign = w.charCodeAt(i++) === 45 ? -1 : 1;
    const expStart = i;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: a fifth digit, or the end (NaN), is refused after the loop all the same (reading on past the fifth digit only grows i - expStart, refused too)
    while (i < n && i - expStart < 5 && isDigit(w.charCodeAt(i))) exponent = exponent * 10 + w.charCodeAt(i++) - 48;
    if (i === expStart || i - expStart > 4) return false;
    // Stryker disable next-line AssignmentOperator: expSign is 1 or -1, so dividing by it is multiplying by it
    exponent *= expSign;
  }
  if (i !== n) return false;
  scanned.negative = sign === 45;
  scanned.mantissa = mantissa;
  scanned.significant = significant;
  scanned.exponent = exponent - fraction + zeros;
  return true;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** A weight as a decimal; null when it is not one, 'negative' below zero. */
function readWeight(w: Weight): Decimal | 'negative' | null {
  let d: Decimal;
  if (typeof w === 'object') d = w;
  else if (typeof w === 'number') {
    if (!Number.isFinite(w)) return null;
    d = new Dec(w);
  } else {
    if (!scanDecimal(w)) return null;
    d = new Dec(w);
  }
  if (d.isZero()) return new Dec(0); // -0 is 0
  return d.isNegative() ? 'negative' : d;
}

/** Constructors with more digits than {@link Dec}, for weights whose integers need them (made once per precision). */
const WIDE = new Map<number, typeof Dec>();
const wide = (digits: number): typeof Dec => {
  // Stryker disable next-line EqualityOperator,ConditionalExpression: a clone keeps Dec's settings, and `digits` is always enough for exact integers: Dec or a clone of `digits` computes the same
  if (digits <= Dec.precision) return Dec;
  let D = WIDE.get(digits);
  // Stryker disable next-line ConditionalExpression: a new constructor of the same precision computes the same
  if (D === undefined) {
    D = Dec.clone({ precision: digits });
    WIDE.set(digits, D);
  }
  return D;
};

/**
 * Splits integer cents in proportion to decimal weights by the largest-remainder (Hamilton) method: each part first
 * gets the floor of its exact quota, then the cents left go one each to the largest remainders, ties to the earlier
 * weight. Returns an error code when the weights cannot be used.
 *
 * The method is integer arithmetic. Counts (non-negative safe integers) are used as they are; other weights are
 * first made whole numbers by decimal.js (each times the same power of ten, exactly). The integers then run on JS
 * numbers when every intermediate value is a safe integer, else on decimal.js integers with as many digits as they
 * need.
 *
 * @example
 * allocateCents(100, ['2', '3', '1']) // [33, 50, 17]
 */
export function allocateCents(total: Cents, weights: readonly Weight[]): Cents[] | AllocationError {
  if (weights.length === 0) return 'NO_WEIGHTS';
  // Stryker disable next-line LogicalOperator: the decimal-text path gives counts the same cents and errors as the count path
  const whole = wholeWeights(total, weights) ?? smallDecimalWeights(total, weights);
  // Stryker disable next-line ConditionalExpression: without the quick paths, decimal.js gives the same cents (test/allocate.test.ts: 'gives the same cents on the quick path as decimal.js does')
  if (whole !== undefined) return whole;
  const ds: Decimal[] = [];
  let places = 0;
  let digits = 0;
  for (const w of weights) {
    const d = readWeight(w);
    if (d === null) return 'INVALID_WEIGHT';
    if (d === 'negative') return 'NEGATIVE_WEIGHT';
    ds.push(d);
    places = Math.max(places, d.decimalPlaces());
    // Stryker disable next-line ArithmeticOperator: a larger precision computes the same exact integers
    digits = Math.max(digits, d.precision(true) - d.decimalPlaces());
  }
  // Whole numbers, exactly: digits before the point + places, plus room for the sum and for total × weight.
  const D = wide(digits + places + String(total).length + String(weights.length).length + 2);
  const scale = new D(10).pow(places);
  const ints = ds.map((d) => new D(d).times(scale));
  const sum = ints.reduce((a, b) => a.plus(b), new D(0));
  if (sum.isZero()) return 'ZERO_WEIGHTS';
  // Every intermediate value of the method on numbers is at most (total + 1) × Σw.
  const small = sum.times(total + 1).lte(Number.MAX_SAFE_INTEGER);
  return small
    ? largestRemainder(
        total,
        ints.map((i) => i.toNumber()),
        sum.toNumber(),
      )
    : largestRemainderWide(total, ints, sum);
}

/** Counts as weights (sessions, minutes, equal parts: non-negative safe integers) need no decimal: undefined otherwise. */
// Stryker disable next-line BlockStatement: without the count path, the decimal-text path or decimal.js gives the same cents
function wholeWeights(total: Cents, weights: readonly Weight[]): Cents[] | AllocationError | undefined {
  // Stryker disable next-line ConditionalExpression: without the count path, the decimal-text path or decimal.js gives the same cents
  if (!areCounts(weights)) return undefined;
  let sum = 0;
  let most = 0;
  for (const w of weights) {
    sum += w;
    // Stryker disable next-line EqualityOperator: w >= most only sets most to the value it already has
    if (w > most) most = w;
  }
  if (sum === 0) return 'ZERO_WEIGHTS';
  return fitsNumbers(total, most, sum) ? largestRemainder(total, weights, sum) : undefined;
}

/** True when every weight is a count: a non-negative safe integer. */
// Stryker disable next-line BlockStatement: a weight not taken as a count goes to the decimal-text path, which gives the same cents
function areCounts(weights: readonly Weight[]): weights is readonly number[] {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: these only refuse more weights as counts (Number.isSafeInteger is false for a non-number); the other paths give the same cents
  for (const w of weights) if (typeof w !== 'number' || !Number.isSafeInteger(w) || w < 0) return false;
  // Stryker disable next-line BooleanLiteral: weights not taken as counts go to the decimal-text path, same cents
  return true;
}

/**
 * True when Hamilton's method runs exactly on numbers: its largest values are a product `w × total` and a floor's
 * `floor × Σw`, at most `w × total + Σw` (the float quotient may be one over its floor): both below 2^53.
 */
// Stryker disable next-line BlockStatement: undefined refuses the quick path, and decimal.js gives the same cents (test/allocate.test.ts: 'gives the same cents on the quick path as decimal.js does')
function fitsNumbers(total: Cents, most: number, sum: number): boolean {
  // Stryker disable next-line ConditionalExpression: false only refuses the quick path, and decimal.js gives the same cents (always true is killed in test/money/allocate-fast-path.test.ts)
  return Number.isSafeInteger(sum) && Number.isSafeInteger(most * total + sum);
}

/**
 * Decimal weights (as text, or numbers) whose whole numbers are safe integers, read without decimal.js: each weight
 * is `digits × 10^exponent`, made whole by the same power of ten as {@link allocateCents} would (the most decimal
 * places of any weight). Undefined when a weight is a Decimal or a whole number is not a safe integer: decimal.js
 * then does it. The first invalid or negative weight, in order, is the error, as in {@link allocateCents}.
 */
// Stryker disable next-line BlockStatement: undefined sends the weights to decimal.js, which gives the same cents and the same first error
function smallDecimalWeights(total: Cents, weights: readonly Weight[]): Cents[] | AllocationError | undefined {
  // Typed arrays of the weights' size: a million weights make no array growth, no garbage.
  const mantissas = new Float64Array(weights.length);
  const exponents = new Int32Array(weights.length);
  let places = 0;
  let k = -1;
  for (const w of weights) {
    k++;
    // Stryker disable next-line ConditionalExpression: undefined sends the weights to decimal.js, which gives the same cents and the same first error
    if (typeof w === 'object') return undefined;
    // Stryker disable next-line ConditionalExpression,StringLiteral: String(NaN) and String(±Infinity) are no decimal either: INVALID_WEIGHT below
    if (typeof w === 'number' && !Number.isFinite(w)) return 'INVALID_WEIGHT';
    // Stryker disable next-line ConditionalExpression: String of a text is the text
    if (!scanDecimal(typeof w === 'number' ? String(w) : w)) return 'INVALID_WEIGHT';
    if (scanned.significant === 0) continue; // zero
    if (scanned.negative) return 'NEGATIVE_WEIGHT';
    // Stryker disable next-line ConditionalExpression,EqualityOperator: these only send more weights to decimal.js (undefined), which gives the same cents and the same first error
    if (scanned.significant > 15) return undefined;
    mantissas[k] = scanned.mantissa;
    exponents[k] = scanned.exponent;
    // Stryker disable next-line MethodExpression,UnaryOperator: all weights are scaled by one power of ten, which leaves the shares alone (a non-integer goes to decimal.js)
    places = Math.max(places, -scanned.exponent);
  }
  // Each mantissa is replaced by its whole number, in place: one array less (8 MB at a million weights).
  const ints = mantissas;
  let sum = 0;
  let most = 0;
  k = 0;
  for (const m of mantissas) {
    // m < 10^15 and the power of ten is exact up to 10^22: a product at most 2^53 - 1 is exact. A zero weight has
    // mantissa and exponent 0, as the arrays were made.
    // Stryker disable next-line ConditionalExpression: 0 × 10^places is 0
    const int = m === 0 ? 0 : m * 10 ** ((exponents[k] ?? 0) + places);
    // Stryker disable next-line BooleanLiteral,ConditionalExpression: an unsafe whole number makes the sum unsafe, sent to decimal.js below, which gives the same cents
    if (!Number.isSafeInteger(int)) return undefined;
    ints[k++] = int;
    sum += int;
    // Stryker disable next-line EqualityOperator: int >= most only sets most to the value it already has
    if (int > most) most = int;
  }
  // Stryker disable next-line BooleanLiteral,ConditionalExpression: an unsafe sum fails fitsNumbers, and decimal.js gives the same cents
  if (!Number.isSafeInteger(sum)) return undefined;
  if (sum === 0) return 'ZERO_WEIGHTS';
  return fitsNumbers(total, most, sum) ? largestRemainder(total, ints, sum) : undefined;
}

/** Hamilton's method on safe integers: `w × total + Σw` is below 2^53 ({@link fitsNumbers}), so every step is exact. */
function largestRemainder(total: Cents, ints: readonly number[] | Float64Array, sum: number): Cents[] {
  // Stryker disable next-line ArrayDeclaration: every index is written before it is read
  const floors: Cents[] = new Array(ints.length);
  const remainders = new Float64Array(ints.length);
  let given = 0;
  let k = 0;
  for (const w of ints) {
    const product = w * total;
    const floor = Math.floor(product / sum);
    // The float quotient of two safe integers can be one off its floor: correct it with the exact remainder.
    const r = product - floor * sum;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArrayDeclaration,ArithmeticOperator: product < 2^53, so floor(product / Σw) is exact and r is in [0, Σw) (an exact part made floor - 1 with remainder Σw gets its cent back first)
    const [f, rem] = r < 0 ? [floor - 1, r + sum] : r >= sum ? [floor + 1, r - sum] : [floor, r];
    floors[k] = f;
    remainders[k++] = rem;
    given += f;
  }
  return giveLeftByNumber(floors, total - given, remainders);
}

/**
 * The cents left after the floors go one each to the largest remainders, ties to the earlier weight, without a
 * comparison function: the `left`-th largest remainder is found by a numeric sort of a copy; every weight above it
 * gets a cent, then those equal to it, earlier first.
 */
function giveLeftByNumber(floors: Cents[], left: number, remainders: Float64Array): Cents[] {
  // Stryker disable next-line ConditionalExpression: with no cent left the threshold is undefined and no floor grows
  if (left === 0) return floors;
  const sorted = remainders.slice().sort();
  const threshold = sorted[sorted.length - left] as number;
  let above = 0;
  for (const r of remainders) if (r > threshold) above++;
  let ties = left - above;
  let i = 0;
  for (const r of remainders) {
    if (r > threshold || (r === threshold && ties-- > 0)) floors[i] = (floors[i] as number) + 1;
    i++;
  }
  return floors;
}

/** Hamilton's method on decimal.js integers, for weights too large for safe integers. */
function largestRemainderWide(total: Cents, ints: readonly Decimal[], sum: Decimal): Cents[] {
  const parts = ints.map((w) => {
    const product = w.times(total);
    const floor = product.divToInt(sum);
    return { cents: floor.toNumber(), remainder: product.minus(floor.times(sum)) };
  });
  let left = total;
  for (const part of parts) left -= part.cents;
  // The cents left go one each to the largest remainders, ties to the earlier weight: the sort is stable (ES2019),
  // so equal remainders keep the weights' order.
  const order = [...parts].sort((a, b) => b.remainder.comparedTo(a.remainder));
  for (const part of order.slice(0, left)) part.cents++;
  return parts.map((part) => part.cents);
}

/**
 * Splits an amount in proportion to weights, exactly, in cents (largest remainder, ties to the earlier weight).
 * Never loses or creates a cent; zero weights get zero. Throws a RangeError on an invalid amount or on weights
 * that are missing, all zero or negative (or unreadable): its message is `allocate: ` and the reason's code.
 *
 * @example
 * allocate('1.00', ['2', '3', '1'])             // ['0.33', '0.50', '0.17']
 * allocate('0.03', ['75', '25'])                // ['0.02', '0.01']
 * allocate('100.00', ['30', '20', '40', '40'])  // ['23.08', '15.38', '30.77', '30.77']
 */
export function allocate(amount: Amount | number, weights: readonly (string | number)[]): Amount[] {
  const canonical = canonicalAmount(amount);
  if (canonical === null) throw new RangeError('allocate: INVALID_AMOUNT');
  const parts = allocateCents(toCents(canonical), weights);
  if (typeof parts === 'string') throw new RangeError(`allocate: ${parts}`);
  return parts.map(formatCents);
}

/**
 * {@link allocateCents} for weights the caller already knows valid (counts or non-negative decimals, at least one
 * above zero): the parts, never an error value. Weights that are not valid there are a defect of the caller, and
 * throw a RangeError naming the reason.
 *
 * @example
 * allocateCentsChecked(100, [2, 3, 1]) // [33, 50, 17]
 */
export function allocateCentsChecked(total: Cents, weights: readonly Weight[]): Cents[] {
  const parts = allocateCents(total, weights);
  if (typeof parts === 'string') throw new RangeError(`allocateCentsChecked: ${parts}`);
  return parts;
}
