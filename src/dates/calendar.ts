import { addDays as dfAddDays, addMonths as dfAddMonths, differenceInYears } from 'date-fns';
import { UtcDay } from './utc-day';

/** A calendar date `YYYY-MM-DD`. Strings of this shape compare correctly with `<` and `>`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Earliest and latest years accepted in any document. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

function toDay(iso: IsoDate): UtcDay {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError('not an ISO date');
  return new UtcDay(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function fromDay(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

/**
 * True when `value` is a real calendar date `YYYY-MM-DD` between 1900 and 2199 (so `2025-02-30` is not).
 *
 * @example
 * isIsoDate('2028-02-29') // true
 * isIsoDate('2027-02-29') // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  if (y < MIN_YEAR || y > MAX_YEAR) return false;
  return fromDay(toDay(value)) === value;
}

/**
 * Adds calendar days.
 *
 * @example
 * addDays('2028-02-28', 1) // '2028-02-29'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDay(dfAddDays(toDay(date), days));
}

/**
 * Adds calendar months "date à date": the same day number, or the last day of the month when it has none.
 *
 * @example
 * addMonths('2028-01-31', 1) // '2028-02-29'
 * addMonths('2027-01-31', 1) // '2027-02-28'
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return fromDay(dfAddMonths(toDay(date), months));
}

/**
 * Number of calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2026-01-01', '2026-03-01') // 59
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toDay(to).getTime() - toDay(from).getTime()) / MS_PER_DAY);
}

/**
 * Age in completed years on `date` for someone born on `birth` (born 29 February: one year older on 1 March in
 * common years).
 *
 * @example
 * ageOn('2008-03-05', '2026-03-04') // 17
 * ageOn('2008-03-05', '2026-03-05') // 18
 */
export function ageOn(birth: IsoDate, date: IsoDate): number {
  return differenceInYears(toDay(date), toDay(birth));
}
