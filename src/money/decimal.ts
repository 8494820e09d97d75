import DecimalJs from 'decimal.js';

/**
 * The library's own decimal.js constructor: 40 significant digits, rounding half away from zero
 * (ROUND_HALF_UP in decimal.js terms). Cloned so that a host's global Decimal settings never leak in.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;

/** An amount in euros as it crosses the boundary: a decimal string with exactly two decimals, e.g. `"1500.00"`. */
export type Amount = string;

/** Integer number of cents. Always a safe integer; sums of cents are exact. */
export type Cents = number;

const AMOUNT_TEXT = /^(0|[1-9]\d{0,8})(\.\d{1,2})?$/;
const DECIMAL_TEXT = /^(0|[1-9]\d{0,8})(\.\d{1,6})?$/;

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
  if (text === null || !AMOUNT_TEXT.test(text)) return null;
  return new Decimal(text).toFixed(2);
}

/**
 * Reads a non-negative decimal (rate, factor, weight) with at most six decimals, within [min, max]; null otherwise.
 *
 * @example
 * canonicalDecimal('0.30', 0, 1) // '0.3'
 * canonicalDecimal(1.2, 0, 10)   // '1.2'
 */
export function canonicalDecimal(value: unknown, min: number, max: number): string | null {
  const text = numberText(value);
  if (text === null || !DECIMAL_TEXT.test(text)) return null;
  const d = new Decimal(text);
  if (d.lt(min) || d.gt(max)) return null;
  return d.toString();
}

function numberText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const t = String(value);
    return /e/i.test(t) ? null : t;
  }
  return null;
}

/**
 * Converts a canonical amount to integer cents.
 *
 * @example
 * toCents('563.00') // 56300
 */
export function toCents(amount: Amount): Cents {
  return new Decimal(amount).times(100).toNumber();
}

/**
 * Formats integer cents as an amount string with two decimals.
 *
 * @example
 * formatCents(56300) // '563.00'
 * formatCents(5)     // '0.05'
 */
export function formatCents(cents: Cents): Amount {
  return new Decimal(cents).dividedBy(100).toFixed(2);
}

/**
 * Multiplies integer cents by a decimal and rounds to the cent, half away from zero.
 *
 * @example
 * mulRoundCents(56300, '1.2')  // 67560
 * mulRoundCents(1001, '0.5')   // 501
 */
export function mulRoundCents(cents: Cents, factor: string | Decimal): Cents {
  return new Decimal(cents).times(factor).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}
