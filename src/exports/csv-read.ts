import { UTF8_BOM } from './french-csv';

/** One record of a `;`-separated file: its fields, unquoted, and the line it starts on (from 1). */
export interface CsvRecord {
  /** The line of the file the record starts on, from 1 (a quoted field may hold line breaks). */
  readonly line: number;
  /** Its fields, unquoted (`""` read as `"`), formula neutralisation undone. */
  readonly fields: readonly string[];
}

/**
 * A field as written by the French CSV writer, read back: the apostrophe put before a value that a spreadsheet would
 * read as a formula (`'=`, `'+`, `'-`, `'@`, an apostrophe then a tab or a carriage return) is removed.
 */
const unneutralise = (value: string): string => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

/**
 * The records of a `;`-separated text as the French CSV writer writes it (UTF-8 BOM optional, CRLF or LF line ends,
 * fields quoted with `"` where needed, `""` inside quotes, formulas neutralised by an apostrophe): blank lines are
 * skipped. `null` with the line when a quoted field is never closed or a quote is followed by something else than a
 * separator or a line end.
 *
 * @example
 * csvRecords('\uFEFFa;b\r\n"x;y";\'=1\r\n') // [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['x;y', '=1'] }]
 */
export function csvRecords(text: string): CsvRecord[] | { readonly unreadableLine: number } {
  const src = text.startsWith(UTF8_BOM) ? text.slice(UTF8_BOM.length) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = src.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let endOfRecord = false;
    while (!endOfRecord) {
      if (i >= n) {
        fields.push(quoted ? field : unneutralise(field));
        break;
      }
      const c = src.charAt(i);
      if (field === '' && !quoted && c === '"') {
        // A quoted field: up to the closing quote, `""` standing for one quote.
        let j = i + 1;
        let value = '';
        for (;;) {
          if (j >= n) return { unreadableLine: start };
          const d = src.charAt(j);
          if (d === '"') {
            if (src[j + 1] === '"') {
              value += '"';
              j += 2;
              continue;
            }
            j++;
            break;
          }
          if (d === '\n') line++;
          value += d;
          j++;
        }
        const next = src[j];
        if (next !== undefined && next !== ';' && next !== '\n' && next !== '\r') return { unreadableLine: line };
        field = unneutralise(value);
        quoted = true;
        i = j;
        continue;
      }
      if (c === ';') {
        fields.push(quoted ? field : unneutralise(field));
        field = '';
        quoted = false;
        i++;
        continue;
      }
      if (c === '\r' || c === '\n') {
        fields.push(quoted ? field : unneutralise(field));
        i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line++;
        endOfRecord = true;
        continue;
      }
      if (quoted) return { unreadableLine: line };
      field += c;
      i++;
    }
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
  }
  return records;
}

/**
 * The line on which each element of a top-level JSON array starts (from 1), read without parsing: strings are
 * skipped, depth counted.
 *
 * @example
 * elementLines('[\n  {"a": 1},\n  {"a": "]"}\n]') // [2, 3]
 */
export function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\uFEFF') continue;
    if (depth === 1 && expectElement && c !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return lines;
}
