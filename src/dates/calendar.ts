/**
 * Calendar dates as integers. A date is read from `YYYY-MM-DD` into a day number (days since 1970-01-01 in the
 * proleptic Gregorian calendar) and written back; no `Date` object, so no time zone and no daylight saving can move
 * a day, whatever the machine's zone (a day that a zone skipped, such as 1994-12-31 in Pacific/Kiritimati, still
 * exists here).
 */

/** A calendar date `YYYY-MM-DD`. Strings of this shape compare correctly with `<` and `>`. */
export type IsoDate = string;

/** Earliest and latest years accepted in any document. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** Days in month `m` (1–12) of year `y`. @example daysInMonth(2028, 2) // 29 */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

interface Civil {
  y: number;
  m: number;
  d: number;
}

function civil(iso: IsoDate): Civil {
  const y = digitsAt(iso, 0, 4);
  const m = digitsAt(iso, 5, 2);
  const d = digitsAt(iso, 8, 2);
  if (iso.length !== 10 || y < 0 || m < 0 || d < 0) throw new RangeError('not an ISO date');
  return { y, m, d };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const iso = ({ y, m, d }: Civil): IsoDate => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

/** Day number of a civil date (days from 1970-01-01), for years ≥ 0. @example dayNumber('1970-01-02') // 1 */
export function dayNumber(date: IsoDate): number {
  const { y, m, d } = civil(date);
  // Years start in March, so that the leap day is the last day of the year.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. @example fromDayNumber(59) // '1970-03-01' */
export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return iso({ y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d });
}

const DASH = 45;
const ZERO = 48;

/** The number written by `length` ASCII digits from `at`; -1 when one of them is not a digit. */
function digitsAt(s: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const c = s.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * True when `value` is a real calendar date `YYYY-MM-DD` between 1900 and 2199 (so `2025-02-30` is not).
 *
 * @example
 * isIsoDate('2028-02-29') // true
 * isIsoDate('2027-02-29') // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const y = digitsAt(value, 0, 4);
  const mo = digitsAt(value, 5, 2);
  const d = digitsAt(value, 8, 2);
  return y >= MIN_YEAR && y <= MAX_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * Adds calendar days.
 *
 * @example
 * addDays('2028-02-28', 1) // '2028-02-29'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * Adds calendar months "date à date": the same day number, or the last day of the month when it has none.
 *
 * @example
 * addMonths('2028-01-31', 1) // '2028-02-29'
 * addMonths('2027-01-31', 1) // '2027-02-28'
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { y, m, d } = civil(date);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return iso({ y: ny, m: nm, d: Math.min(d, daysInMonth(ny, nm)) });
}

/**
 * Number of calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2026-01-01', '2026-03-01') // 59
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Age in completed years on `date` for someone born on `birth` (born 29 February: one year older on 1 March in
 * common years). Negative when `date` is before `birth`.
 *
 * @example
 * ageOn('2008-03-05', '2026-03-04') // 17
 * ageOn('2008-03-05', '2026-03-05') // 18
 */
export function ageOn(birth: IsoDate, date: IsoDate): number {
  if (date < birth) return -ageOn(date, birth);
  const b = civil(birth);
  const t = civil(date);
  return t.y - b.y - (t.m < b.m || (t.m === b.m && t.d < b.d) ? 1 : 0);
}
