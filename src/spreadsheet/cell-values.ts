import { addDays, isIsoDate, type IsoDate } from '../dates/calendar';
import type { Lang } from '../domain/vocabulary';
import { messagesFor } from '../messages/render';

/** The messages of a sheet function's language (its last argument), the formatter, and the language. */
export type SheetText = ReturnType<typeof messagesFor> & { readonly lang: Lang };

/**
 * The sheet text of a language cell: `en` (any case) for English, else French.
 *
 * @example
 * sheetText('EN').lang // 'en'
 */
export const sheetText = (lang: unknown): SheetText => {
  const l: Lang = typeof lang === 'string' && lang.trim().toLowerCase() === 'en' ? 'en' : 'fr';
  return { ...messagesFor(l), lang: l };
};

/** A cell value as spreadsheets hand it to custom functions. */
export type Cell = string | number | boolean | Date | null | undefined;
/** A range as a 2-D array of cells. */
export type Range = readonly (readonly Cell[])[];

/** A sheet error: its message is shown as `#PCR …` in the cell. */
export class CellError extends Error {}

/** Where a value comes from: a range and, when known, its row (1-based, as the sheet numbers it). */
export interface Where {
  readonly range: string;
  readonly row?: number;
}

/** A CellError whose message names where it belongs: `Prestations, ligne 7 : date invalide`. */
export function cellError(t: SheetText, where: Where, message: string): CellError {
  return new CellError(t.m.sheet.where({ at: t.m.sheet.at(where, t.f), message }, t.f));
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';
/** A date cell's calendar day as the sheet shows it (its local day: sheets hand dates at local midnight). */
const localDay = (v: Date): string =>
  `${String(v.getFullYear()).padStart(4, '0')}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
const blank = (v: Cell): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * A date cell: a date, a serial number (1900 system, Excel and Sheets), or text `YYYY-MM-DD`; null when blank.
 *
 * @example
 * cellDate('2026-06-01', sheetText('fr'), { range: 'Patient', row: 3 }) // '2026-06-01'
 */
export function cellDate(v: Cell, t: SheetText, where: Where): IsoDate | null {
  if (blank(v)) return null;
  if (isDate(v)) {
    if (Number.isNaN(v.getTime())) throw cellError(t, where, t.m.sheet.invalidDate);
    const iso = localDay(v);
    if (!isIsoDate(iso)) throw cellError(t, where, t.m.sheet.dateOutOfRange);
    return iso;
  }
  if (typeof v === 'number') {
    const serial = Math.floor(v);
    if (!Number.isFinite(v) || serial < 1 || serial === 60 || serial > 109_573)
      throw cellError(t, where, t.m.sheet.invalidSerial);
    return serial < 60 ? addDays('1899-12-31', serial) : addDays('1899-12-30', serial);
  }
  const text = String(v).trim();
  if (!isIsoDate(text)) throw cellError(t, where, t.m.sheet.isoDateExpected);
  return text;
}

/**
 * A text cell, trimmed; null when blank.
 *
 * @example
 * cellText('  MSP  ') // 'MSP'
 */
export function cellText(v: Cell): string | null {
  if (blank(v)) return null;
  if (isDate(v)) return Number.isNaN(v.getTime()) ? null : localDay(v);
  return String(v).trim();
}

/**
 * A word of a controlled vocabulary, in any case (`ALD`, `Responsable`): lower case; null when blank.
 *
 * @example
 * cellWord(' ALD ') // 'ald'
 */
export function cellWord(v: Cell): string | null {
  const text = cellText(v);
  return text === null ? null : text.toLowerCase();
}

/**
 * A number cell, French or English writing accepted (`1 000,50`, `1000,5`, `1,000.50`, `1000.5`), as a decimal
 * text `1000.50`; null when blank.
 *
 * @example
 * cellDecimal('1 000,50', sheetText('fr'), { range: 'Projet' }) // '1000.50'
 */
export function cellDecimal(v: Cell, t: SheetText, where: Where): string | null {
  if (blank(v)) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw cellError(t, where, t.m.sheet.invalidNumber);
    return String(v);
  }
  let s = String(v)
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '');
  // With both marks, the last one is the decimal mark and the other groups thousands (1.000,50 or 1,000.50).
  const comma = s.lastIndexOf(',');
  const point = s.lastIndexOf('.');
  if (comma >= 0 && point >= 0) s = comma > point ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  else s = s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw cellError(t, where, t.m.sheet.invalidNumber);
  return s;
}

/** A data row of a table range: its values by lower-case header, and its row number in the sheet. */
export interface SheetRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, Cell>>;
}

/**
 * The data rows of a range whose first row is a header (blank rows skipped), each with its row number in the range
 * (the header is row 1).
 *
 * @example
 * rowsOf([['id', 'code'], ['p1', 'BILAN']], sheetText('fr'), 'Prestations')[0] // { row: 2, cells: { id: 'p1', code: 'BILAN' } }
 */
export function rowsOf(range: unknown, t: SheetText, name: string): SheetRow[] {
  if (!Array.isArray(range) || range.length === 0 || !range.every(Array.isArray))
    throw cellError(t, { range: name }, t.m.sheet.rangeWithHeader);
  const [header, ...rows] = range as Cell[][];
  const keys = (header as Cell[]).map((h) => (cellText(h) ?? '').toLowerCase());
  const out: SheetRow[] = [];
  rows.forEach((r, i) => {
    if (r.every(blank)) return;
    const cells: Record<string, Cell> = Object.create(null) as Record<string, Cell>;
    keys.forEach((k, j) => {
      if (k !== '') cells[k] = r[j];
    });
    out.push({ row: i + 2, cells });
  });
  return out;
}

/** The rows of a key / value range: each key (lower case) with its value and its row number. */
export type Pairs = ReadonlyMap<string, { readonly value: Cell; readonly row: number; readonly key: string }>;

/**
 * A two-column range of keys and values (keys in any case; blank keys skipped).
 *
 * @example
 * pairsOf([['Ref', 'P1']], sheetText('fr'), 'Patient').get('ref') // { value: 'P1', row: 1, key: 'Ref' }
 */
export function pairsOf(range: unknown, t: SheetText, name: string): Pairs {
  if (!Array.isArray(range) || !range.every((r) => Array.isArray(r) && r.length >= 2))
    throw cellError(t, { range: name }, t.m.sheet.twoColumns);
  const out = new Map<string, { value: Cell; row: number; key: string }>();
  (range as Cell[][]).forEach((r, i) => {
    const key = cellText(r[0] ?? null);
    if (key !== null) out.set(key.toLowerCase(), { value: r[1], row: i + 1, key });
  });
  return out;
}

/**
 * The value of a required row of a key / value range: a missing or blank row is an error naming it, never a
 * default.
 *
 * @example
 * required(pairsOf([['ref', 'P1']], sheetText('fr'), 'Patient'), 'ref', sheetText('fr'), 'Patient') // { value: 'P1', row: 1, key: 'ref' }
 */
export function required(pairs: Pairs, key: string, t: SheetText, name: string): { value: Cell; row: number } {
  const e = pairs.get(key);
  if (e === undefined || blank(e.value))
    throw cellError(t, { range: name, row: e?.row }, t.m.sheet.missingRow({ key }, t.f));
  return e;
}
