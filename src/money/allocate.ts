import { Decimal, type Amount, type Cents, canonicalAmount, formatCents, toCents } from './decimal';

/** Why weights could not be used. */
export type AllocationError = 'NO_WEIGHTS' | 'NEGATIVE_WEIGHT' | 'ZERO_WEIGHTS' | 'INVALID_WEIGHT' | 'INVALID_AMOUNT';

/**
 * Splits integer cents in proportion to decimal weights by the largest-remainder (Hamilton) method:
 * each part first gets the floor of its exact quota, then the cents left go one each to the largest
 * remainders, ties to the earlier weight. Returns null when the weights cannot be used.
 *
 * @example
 * allocateCents(100, ['2', '3', '1']) // [33, 50, 17]
 */
export function allocateCents(total: Cents, weights: readonly (string | number | Decimal)[]): Cents[] | AllocationError {
  if (weights.length === 0) return 'NO_WEIGHTS';
  const ws: Decimal[] = [];
  for (const w of weights) {
    let d: Decimal;
    try {
      d = new Decimal(w);
    } catch {
      return 'INVALID_WEIGHT';
    }
    if (!d.isFinite()) return 'INVALID_WEIGHT';
    if (d.isNegative() && !d.isZero()) return 'NEGATIVE_WEIGHT';
    ws.push(d);
  }
  // Exact integers: scale every weight by 10^d (d = most decimals among them), so that each quota
  // total × w / W splits into an integer floor and an integer remainder over the same W. Comparing remainders as
  // decimals would misorder ties (23668.333… and 9467.333… differ in their 40th digit).
  const scale = new Decimal(10).pow(Math.max(...ws.map((w) => w.decimalPlaces())));
  const ints = ws.map((w) => w.times(scale));
  const sum = ints.reduce((a, b) => a.plus(b), new Decimal(0));
  if (sum.isZero()) return 'ZERO_WEIGHTS';
  const floors: Cents[] = [];
  const remainders: Decimal[] = [];
  let given = 0;
  for (const w of ints) {
    const product = w.times(total);
    const floor = product.dividedToIntegerBy(sum);
    floors.push(floor.toNumber());
    remainders.push(product.minus(floor.times(sum)));
    given += floor.toNumber();
  }
  const order = remainders.map((r, i) => ({ r, i })).sort((a, b) => b.r.comparedTo(a.r) || a.i - b.i);
  for (let k = 0; k < total - given; k++) {
    const slot = order[k];
    if (slot) floors[slot.i] = (floors[slot.i] ?? 0) + 1;
  }
  return floors;
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
