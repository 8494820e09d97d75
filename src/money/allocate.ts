import type Decimal from 'decimal.js';
import { type Amount, type Cents, canonicalAmount, Dec, formatCents, toCents } from './decimal';

/** Why weights could not be used. */
export type AllocationError = 'NO_WEIGHTS' | 'NEGATIVE_WEIGHT' | 'ZERO_WEIGHTS' | 'INVALID_WEIGHT' | 'INVALID_AMOUNT';

/** A weight: a decimal as text or as a number, or a decimal already read. */
export type Weight = string | number | Decimal;

/** Decimals as text: digits with an optional point and exponent (no hexadecimal, binary or octal, no `Infinity`). */
const WEIGHT_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d{1,4})?$/i;

/** A weight as a decimal; null when it is not one, 'negative' below zero. */
function readWeight(w: Weight): Decimal | 'negative' | null {
  let d: Decimal;
  if (typeof w === 'object') d = w;
  else if (typeof w === 'number') {
    if (!Number.isFinite(w)) return null;
    d = new Dec(w);
  } else {
    if (!WEIGHT_TEXT.test(w)) return null;
    d = new Dec(w);
  }
  if (d.isZero()) return new Dec(0); // -0 is 0
  return d.isNegative() ? 'negative' : d;
}

/** Constructors with more digits than {@link Dec}, for weights whose integers need them (made once per precision). */
const WIDE = new Map<number, typeof Dec>();
const wide = (digits: number): typeof Dec => {
  if (digits <= Dec.precision) return Dec;
  let D = WIDE.get(digits);
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
  const whole = wholeWeights(total, weights);
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
function wholeWeights(total: Cents, weights: readonly Weight[]): Cents[] | AllocationError | undefined {
  let sum = 0;
  for (const w of weights) {
    if (typeof w !== 'number' || !Number.isSafeInteger(w) || w < 0) return undefined;
    sum += w;
  }
  if (sum === 0) return 'ZERO_WEIGHTS';
  return Number.isSafeInteger((total + 1) * sum)
    ? largestRemainder(total, weights as readonly number[], sum)
    : undefined;
}

/** The cents left after the floors go one each to the largest remainders, ties to the earlier weight. */
function giveLeft(floors: Cents[], left: number, byRemainder: (a: number, b: number) => number): Cents[] {
  if (left === 0) return floors;
  const order = floors.map((_, i) => i).sort((a, b) => byRemainder(a, b) || a - b);
  for (let k = 0; k < left; k++) floors[order[k] as number] = (floors[order[k] as number] as number) + 1;
  return floors;
}

/** Hamilton's method on safe integers: `(total + 1) × Σw` is below 2^53, so every step is exact. */
function largestRemainder(total: Cents, ints: readonly number[], sum: number): Cents[] {
  const floors: Cents[] = [];
  const remainders: number[] = [];
  let given = 0;
  for (const w of ints) {
    const product = w * total;
    const floor = Math.floor(product / sum);
    // The float quotient of two safe integers can be one off its floor: correct it with the exact remainder.
    const r = product - floor * sum;
    const [f, rem] = r < 0 ? [floor - 1, r + sum] : r >= sum ? [floor + 1, r - sum] : [floor, r];
    floors.push(f);
    remainders.push(rem);
    given += f;
  }
  return giveLeft(floors, total - given, (a, b) => (remainders[b] as number) - (remainders[a] as number));
}

/** Hamilton's method on decimal.js integers, for weights too large for safe integers. */
function largestRemainderWide(total: Cents, ints: readonly Decimal[], sum: Decimal): Cents[] {
  const floors: Cents[] = [];
  const remainders: Decimal[] = [];
  let given = 0;
  for (const w of ints) {
    const product = w.times(total);
    const floor = product.divToInt(sum);
    floors.push(floor.toNumber());
    remainders.push(product.minus(floor.times(sum)));
    given += floor.toNumber();
  }
  return giveLeft(floors, total - given, (a, b) => (remainders[b] as Decimal).comparedTo(remainders[a] as Decimal));
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
