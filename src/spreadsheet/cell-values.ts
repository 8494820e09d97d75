import { addDays, isIsoDate, type IsoDate } from '../dates/calendar';
import { messagesFor } from '../messages/render';

/** The sheet functions' texts (French, the language of the sheets they serve). */
export const SHEET = messagesFor('fr');

/** What a spreadsheet hands a custom function: a value, or a 2-D array of values for a range. */
export type Cell = string | number | boolean | Date | null | undefined;
export type Range = readonly (readonly Cell[])[];

/** An error a sheet function returns as text in the cell instead of throwing. */
export class CellError extends Error {}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/**
 * Reads a date from a cell: a JS `Date` (Google Sheets; its calendar day in the script's zone), an Excel serial
 * number (1900 date system, including its fictitious 29 February 1900), or ISO text `YYYY-MM-DD`. Null when empty.
 *
 * @example
 * cellDate(46023)          // '2026-01-01'
 * cellDate('2026-01-01')   // '2026-01-01'
 */
export function cellDate(v: Cell, what = 'date'): IsoDate | null {
  if (v === null || v === undefined || v === '') return null;
  if (isDate(v)) {
    if (Number.isNaN(v.getTime())) throw new CellError(SHEET.m.sheet.invalidDate({ what }, SHEET.f));
    const iso = `${String(v.getFullYear()).padStart(4, '0')}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
    if (!isIsoDate(iso)) throw new CellError(SHEET.m.sheet.dateOutOfRange({ what }, SHEET.f));
    return iso;
  }
  if (typeof v === 'number') {
    const serial = Math.floor(v);
    if (!Number.isFinite(v) || serial < 1 || serial === 60 || serial > 109_573)
      throw new CellError(SHEET.m.sheet.invalidSerial({ what }, SHEET.f));
    return serial < 60 ? addDays('1899-12-31', serial) : addDays('1899-12-30', serial);
  }
  const text = String(v).trim();
  if (!isIsoDate(text)) throw new CellError(SHEET.m.sheet.isoDateExpected({ what }, SHEET.f));
  return text;
}

/**
 * Reads text from a cell (numbers are written without exponent; empty is null).
 *
 * @example
 * cellText(42) // '42'
 */
export function cellText(v: Cell): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (isDate(v)) return cellDate(v);
  return String(v).trim() || null;
}

/**
 * Turns a range with a header row into records keyed by header (lower-cased, trimmed); fully empty rows are
 * skipped.
 *
 * @example
 * rowsOf([['id', 'code'], ['p1', 'BILAN']]) // [{ id: 'p1', code: 'BILAN' }]
 */
export function rowsOf(range: unknown, what: string): Record<string, Cell>[] {
  if (!Array.isArray(range) || range.length === 0 || !Array.isArray(range[0]))
    throw new CellError(SHEET.m.sheet.rangeWithHeader({ what }, SHEET.f));
  const [header, ...rows] = range as Cell[][];
  const keys = (header as Cell[]).map((h) =>
    String(h ?? '')
      .trim()
      .toLowerCase(),
  );
  return rows
    .filter((r) => Array.isArray(r) && r.some((c) => c !== '' && c !== null && c !== undefined))
    .map((r) => Object.fromEntries(keys.map((k, i) => [k, r[i]])));
}

/**
 * Turns a two-column range `key | value` into a record (keys lower-cased).
 *
 * @example
 * pairsOf([['ref', 'P1'], ['profile', 'A']]) // { ref: 'P1', profile: 'A' }
 */
export function pairsOf(range: unknown, what: string): Record<string, Cell> {
  if (!Array.isArray(range) || !range.every((r) => Array.isArray(r) && r.length >= 2))
    throw new CellError(SHEET.m.sheet.twoColumns({ what }, SHEET.f));
  return Object.fromEntries(
    (range as Cell[][])
      .filter((r) => r[0] !== '' && r[0] != null)
      .map((r) => [String(r[0]).trim().toLowerCase(), r[1]]),
  );
}
