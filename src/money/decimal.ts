import { compare, ratio, timesRounded, timesText, type Ratio } from './ratio';

/** An amount in euros as it crosses the boundary: a decimal string with exactly two decimals, e.g. `"1500.00"`. */
export type Amount = string;

/** Integer number of cents. Always a safe integer; sums of cents are exact. */
export type Cents = number;

const AMOUNT_TEXT = /^(0|[1-9]\d{0,8})(?:\.(\d{1,2}))?$/;
const DECIMAL_TEXT = /^(0|[1-9]\d{0,8})(?:\.(\d{1,6}))?$/;

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
  const m = text === null ? null : AMOUNT_TEXT.exec(text);
  if (!m) return null;
  return `${m[1]}.${(m[2] ?? '').padEnd(2, '0')}`;
}

/**
 * Reads a non-negative decimal (rate, factor, weight) with at most six decimals, within [min, max]; null otherwise.
 * Comes out without trailing zeros.
 *
 * @example
 * canonicalDecimal('0.30', 0, 1) // '0.3'
 * canonicalDecimal(1.2, 0, 10)   // '1.2'
 */
export function canonicalDecimal(value: unknown, min: number, max: number): string | null {
  const text = numberText(value);
  if (text === null) return null;
  const m = DECIMAL_TEXT.exec(text);
  if (!m) return null;
  const r = ratio(text);
  if (compare(r, ratio(min)) < 0 || compare(r, ratio(max)) > 0) return null;
  const frac = (m[2] ?? '').replace(/0+$/, '');
  return frac === '' ? (m[1] ?? '0') : `${m[1]}.${frac}`;
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
 * Converts a canonical amount (or any plain decimal with at most two decimals) to integer cents.
 *
 * @example
 * toCents('563.00') // 56300
 * toCents('0.5')    // 50
 */
export function toCents(amount: Amount): Cents {
  const dot = amount.indexOf('.');
  if (dot < 0) return Number(amount) * 100;
  const frac = amount.slice(dot + 1);
  return Number(amount.slice(0, dot) || '0') * 100 + Number(frac.padEnd(2, '0').slice(0, 2));
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
 * Multiplies integer cents by a non-negative decimal or fraction and rounds to the cent, half away from zero.
 * Exact: the product is never rounded before the cent.
 *
 * @example
 * mulRoundCents(56300, '1.2')  // 67560
 * mulRoundCents(1001, '0.5')   // 501
 */
export function mulRoundCents(cents: Cents, factor: string | Ratio): Cents {
  return timesRounded(cents, asRatio(factor));
}

/**
 * The exact euro value of cents × factor, as a plain decimal (at most `places` decimals, rounded half up beyond).
 *
 * @example
 * exactEuros(56300, '0.3')             // '168.9'
 * exactEuros(60000, { num: 1n, den: 3n }, 6) // '200'
 */
export function exactEuros(cents: Cents, factor: string | Ratio, places = 8): string {
  return timesText(cents, asRatio(factor), 100, places);
}

const asRatio = (factor: string | Ratio): Ratio => (typeof factor === 'string' ? ratio(factor) : factor);
