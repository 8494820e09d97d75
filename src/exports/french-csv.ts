/** Byte-order mark that tells spreadsheet software the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** Quotes a field for a `;`-separated file when it holds a separator, a quote or a line break. */
function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
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
  return `${UTF8_BOM + rows.map((r) => r.map(field).join(';')).join('\r\n')}\r\n`;
}
