import { UTCDateMini } from '@date-fns/utc/date/mini';
import {
  addDays as fnsAddDays,
  addMonths as fnsAddMonths,
  differenceInCalendarDays,
  differenceInYears,
} from 'date-fns';
import { BoundedCache } from '../money/bounded-cache';
import type { IsoDate } from './iso-date';

/**
 * Calendar arithmetic on `YYYY-MM-DD` dates, by date-fns on `UTCDateMini` (@date-fns/utc): every date is midnight UTC,
 * so no time zone and no daylight saving can move a day, whatever the machine's zone. A local-midnight `Date` would:
 * in a zone that skipped a midnight (31 December 1994 in Pacific/Kiritimati, a daylight-saving start at midnight in
 * America/Sao_Paulo or Asia/Tehran), that day has no midnight. Documents keep their dates as text; they are turned
 * into a UTC date only for an addition or a difference, and back. `UTCDateMini` is the package's `UTCDate` without its
 * text formatters, which are never used here (dates leave this module as text) and whose `Intl.DateTimeFormat`s cost
 * a spreadsheet's cold start about 20 ms to build.
 *
 * The results of `addMonths` and `addDays` are kept (a few thousand at most): a file active has few distinct
 * inclusion dates, and each path asks for the same few séquence ends.
 */

/** The date at midnight UTC. */
function utc(date: IsoDate): Date {
  return new UTCDateMini(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The calendar day of a UTC date, as text. */
function iso(date: Date): IsoDate {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

const kept = new BoundedCache<IsoDate>();
const remembered = (key: string, compute: () => IsoDate): IsoDate => kept.remember(key, compute);

/**
 * Adds calendar months "date à date": the same day of the month, or the last day of the month when it has none
 * (date-fns `addMonths`).
 *
 * @example
 * addMonths('2028-01-31', 1) // '2028-02-29'
 * addMonths('2027-01-31', 1) // '2027-02-28'
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return remembered(`${date}m${months}`, () => iso(fnsAddMonths(utc(date), months)));
}

/**
 * Adds calendar days (date-fns `addDays`).
 *
 * @example
 * addDays('2028-02-28', 1) // '2028-02-29'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return remembered(`${date}d${days}`, () => iso(fnsAddDays(utc(date), days)));
}

/**
 * Number of calendar days from `from` to `to`, negative when `to` is earlier (date-fns `differenceInCalendarDays`).
 *
 * @example
 * daysBetween('2026-01-01', '2026-03-01') // 59
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(utc(to), utc(from));
}

/**
 * Age in completed years on `date` for someone born on `birth` (date-fns `differenceInYears`: born 29 February, one
 * year older on 1 March in common years). Negative when `date` is before `birth`.
 *
 * @example
 * ageOn('2008-03-05', '2026-03-04') // 17
 * ageOn('2008-03-05', '2026-03-05') // 18
 */
export function ageOn(birth: IsoDate, date: IsoDate): number {
  return differenceInYears(utc(date), utc(birth));
}

export type { IsoDate } from './iso-date';
export { isIsoDate, MIN_YEAR, MAX_YEAR } from './iso-date';
