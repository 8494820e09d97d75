import { type Amount, type Cents, canonicalAmount, formatCents, toCents } from './decimal';
import { parseRatio, type Ratio } from './ratio';
import { sortInPlace } from '../domain/sort-in-place';

const ZERO = BigInt(0);
const ONE = BigInt(1);

/** Why weights could not be used. */
export type AllocationError = 'NO_WEIGHTS' | 'NEGATIVE_WEIGHT' | 'ZERO_WEIGHTS' | 'INVALID_WEIGHT' | 'INVALID_AMOUNT';

/**
 * Splits integer cents in proportion to decimal weights by the largest-remainder (Hamilton) method:
 * each part first gets the floor of its exact quota, then the cents left go one each to the largest
 * remainders, ties to the earlier weight. Returns an error code when the weights cannot be used.
 *
 * @example
 * allocateCents(100, ['2', '3', '1']) // [33, 50, 17]
 */
export function allocateCents(total: Cents, weights: readonly (string | number | Ratio)[]): Cents[] | AllocationError {
  if (weights.length === 0) return 'NO_WEIGHTS';
  const ws: Ratio[] = [];
  for (const w of weights) {
    const r = typeof w === 'object' ? w : parseRatio(w);
    if (r === null) return 'INVALID_WEIGHT';
    if (r === 'negative') return 'NEGATIVE_WEIGHT';
    ws.push(r);
  }
  // Exact integers: bring every weight over one common denominator, so that each quota total × w / W splits into
  // an integer floor and an integer remainder over the same W, and remainders compare exactly.
  const den = ws.reduce((d, w) => (d % w.den === ZERO ? d : (d * w.den) / gcd(d, w.den)), ONE);
  const ints = ws.map((w) => (w.num * den) / w.den);
  const sum = ints.reduce((a, b) => a + b, ZERO);
  if (sum === ZERO) return 'ZERO_WEIGHTS';
  const big = BigInt(total);
  const floors: Cents[] = [];
  const remainders: bigint[] = [];
  let given = 0;
  for (const w of ints) {
    const product = w * big;
    const floor = product / sum;
    floors.push(Number(floor));
    remainders.push(product - floor * sum);
    given += Number(floor);
  }
  if (given === total) return floors;
  // The cents left go one each to the largest remainders, ties to the earlier weight (a stable sort of indices).
  const order = sortInPlace(
    remainders.map((_, i) => i),
    (a, b) => {
      const ra = remainders[a] as bigint;
      const rb = remainders[b] as bigint;
      return ra > rb ? -1 : ra < rb ? 1 : 0;
    },
  );
  for (let k = 0; k < total - given; k++) {
    const slot = order[k];
    if (slot !== undefined) floors[slot] = (floors[slot] ?? 0) + 1;
  }
  return floors;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== ZERO) [a, b] = [b, a % b];
  return a;
}
/**
 * Splits an amount in proportion to weights, exactly, in cents (largest remainder, ties to the earlier weight).
 * Never loses or creates a cent; zero weights get zero. Throws a RangeError on an invalid amount or on weights
 * that are missing, all zero or negative: use {@link allocateCents} for an error value instead.
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
