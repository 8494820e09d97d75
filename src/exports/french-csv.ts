import type { Column, Row } from './columns';

/** Byte-order mark that tells spreadsheet software the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * A field of a `;`-separated file: a value that a spreadsheet would read as a formula (starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return) gets a leading apostrophe, so that it stays text (OWASP's CSV injection advice);
 * then the field is quoted when it holds a separator, a quote, a line break or that apostrophe.
 */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** An amount `"1234.50"` written with a decimal comma: `1234,50`. @example frenchDecimal('1234.50') // '1234,50' */
export function frenchDecimal(amount: string): string {
  return amount.replace('.', ',');
}

/**
 * A CSV for French spreadsheets: UTF-8 with BOM, `;` separator, CRLF line ends, quoted fields where needed.
 *
 * @example
 * frenchCsv([['a', 'b'], ['1,50', 'x;y']]) // '\uFEFFa;b\r\n1,50;"x;y"\r\n'
 */
export function frenchCsv(rows: readonly (readonly string[])[]): string {
  return `${UTF8_BOM + rows.map(csvLine).join('\r\n')}\r\n`;
}

/**
 * One line of a French CSV, without its line end: fields quoted where needed, formulas neutralised.
 *
 * @example
 * csvLine(['=1+1', 'a;b', '12,50']) // '"\'=1+1";"a;b";12,50'
 */
export function csvLine(values: readonly string[]): string {
  return values.map(field).join(';');
}

/**
 * A table's rows as French CSV lines: amounts and rates with a decimal comma, the rest as it is.
 *
 * @example
 * csvRows([{ name: 'montant', kind: 'money' }], [['12.50']]) // '12,50\r\n'
 */
export function csvRows(columns: readonly Column[], rows: readonly Row[]): string {
  let out = '';
  for (const row of rows)
    out += `${csvLine(row.map((v, i) => (columns[i]?.kind === 'money' || columns[i]?.kind === 'rate' ? frenchDecimal(v) : v)))}\r\n`;
  return out;
}

/**
 * The header line of a French CSV, with the byte-order mark.
 *
 * @example
 * csvHeader([{ name: 'a', kind: 'text' }, { name: 'b', kind: 'money' }]) // '\uFEFFa;b\r\n'
 */
export function csvHeader(columns: readonly Column[]): string {
  return `${UTF8_BOM}${csvLine(columns.map((c) => c.name))}\r\n`;
}
