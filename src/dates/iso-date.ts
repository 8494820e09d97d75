/** A calendar date `YYYY-MM-DD`. Strings of this shape order chronologically as text (`<`, `>`, sort). */
export type IsoDate = string;

/** Earliest and latest years accepted in any document. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/**
 * A calendar date `YYYY-MM-DD` that exists, between 1900 and 2199: months of 31 and 30 days, 28 February, and
 * 29 February in leap years only (1904 … 1996, 2000 … 2096, 2104 … 2196: 1900 and 2100 are not leap years). The
 * document schemas check it, and the JSON Schemas carry it, so that a JSON Schema validator refuses `2026-02-30` too.
 */
export const DATE_PATTERN =
  /^(?:(?:19|20|21)\d{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$/;

/**
 * True when `value` is a real calendar date `YYYY-MM-DD` between 1900 and 2199 (so `2025-02-30` is not).
 *
 * @example
 * isIsoDate('2028-02-29') // true
 * isIsoDate('2027-02-29') // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && DATE_PATTERN.test(value);
}
