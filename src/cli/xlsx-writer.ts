import { createWriteStream, rmSync } from 'node:fs';
import { PassThrough, type Writable } from 'node:stream';
import type { Column, Row } from '../exports/columns';
import { UsageError } from './args';

/** A worksheet being written: rows go to the file as they come (exceljs's streaming writer). */
export interface SheetWriter {
  /** Writes one row. */
  add(row: Row, kinds?: readonly Column['kind'][]): void;
}

/** A workbook being written, one or more sheets, closed by `close()`. */
export interface XlsxWriter {
  /** Starts a sheet with a frozen header row (the previous sheet is closed); past {@link SHEET_ROWS} rows, the next. */
  sheet(name: string, columns: readonly Column[]): SheetWriter;
  /** Closes the last sheet and the workbook, and waits until everything is written. */
  close(): Promise<void>;
}

const NUMBER_FORMATS: Record<Column['kind'], string> = {
  text: '@',
  money: '#,##0.00',
  date: 'yyyy-mm-dd',
  count: '0',
  rate: '0.0000',
};
const WIDTHS: Record<Column['kind'], number> = { text: 18, money: 12, date: 12, count: 10, rate: 10 };
/**
 * The most data rows of a workbook written by `pcr`: exceljs's streaming writer holds about 0.9 KB per row until the
 * workbook is closed (its zip compression falls behind). Measured with `npm run bench:stream` (launcher + worker, the
 * declaration of the seeded file active, about 1.2 rows a path): 36,400 rows 178 MB, 72,900 rows 215 MB, 121,000 rows
 * 257 MB; with this limit, 38,900 rows 177 MB, and a refusal at 100,000 or 1,000,000 paths 182 and 187 MB. Above it the
 * command stops with a usage error that names the formats that stream in bounded memory.
 */
export const XLSX_MAX_ROWS = 40_000;

/** The most data rows of one sheet: a worksheet holds 1,048,576 rows, the header included. Past it, `name-2`… */
export const SHEET_ROWS = 1_048_575;

/** A cell's value as the workbook holds it: identifiers as text, amounts and counts as numbers, dates as dates. */
function cellValue(value: string, kind: Column['kind']): string | number | Date | null {
  if (value === '') return null;
  switch (kind) {
    case 'text':
      return value;
    case 'date':
      return new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))));
    default:
      return Number(value);
  }
}

const importExcelJs = () => import('exceljs');
/** exceljs's module, as `import('exceljs')` gives it. */
export type ExcelJsModule = Awaited<ReturnType<typeof importExcelJs>>;

/**
 * Loads exceljs, an optional peer dependency: only `--xlsx` needs it, and a vendor who installs the library does not
 * get it. Absent, a usage error (exit 2) says in one line how to install it; any other failure is thrown as it is.
 *
 * @example
 * const { default: ExcelJS } = await loadExcelJs(() => import('exceljs'));
 */
export async function loadExcelJs(load: () => Promise<ExcelJsModule> = importExcelJs): Promise<ExcelJsModule> {
  try {
    return await load();
  } catch (e) {
    // exceljs itself missing (not one of its own dependencies: that is a broken install, thrown as it is).
    const { code, message } = (e ?? {}) as NodeJS.ErrnoException;
    const missing = code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
    if (missing && /'exceljs'/.test(String(message))) throw new UsageError((m) => m.cli.xlsxNeedsExceljs);
    throw e;
  }
}

/**
 * Opens a workbook on a file (or on `out`, standard output). exceljs is loaded here, when a workbook is asked for:
 * the library and the spreadsheet bundle never load it (see {@link loadExcelJs} when it is not installed).
 *
 * @example
 * const xlsx = await openXlsx({ file: 'declaration.xlsx' }); xlsx.sheet('declaration', DECLARATION_TABLE).add(row); await xlsx.close();
 */
export async function openXlsx(
  target: { readonly file: string } | { readonly out: Writable },
  sheetRows = SHEET_ROWS,
  load?: () => Promise<ExcelJsModule>,
  maxRows = XLSX_MAX_ROWS,
): Promise<XlsxWriter> {
  const { default: ExcelJS } = await loadExcelJs(load);
  // Standard output is never ended: the workbook goes through a pass-through piped into it without `end`.
  const stream = 'file' in target ? createWriteStream(target.file) : new PassThrough();
  if (!('file' in target)) stream.pipe(target.out, { end: false });
  const finished = new Promise<void>((resolve, reject) => {
    stream.once('file' in target ? 'finish' : 'end', () => resolve());
    stream.once('error', reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  let current: { commit(): void } | undefined;
  let written = 0;
  return {
    sheet(name, columns) {
      const open = (title: string) => {
        current?.commit();
        const ws = book.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
        ws.columns = columns.map((c) => ({
          header: c.name,
          key: c.name,
          width: Math.max(WIDTHS[c.kind], c.name.length + 2),
          style: { numFmt: NUMBER_FORMATS[c.kind] },
        }));
        current = ws;
        return ws;
      };
      let ws = open(name);
      let rows = 0;
      let part = 1;
      return {
        add(row, kinds) {
          if (++written > maxRows) {
            // Stop before memory runs over: the file is removed, standard output ends its incomplete workbook.
            if ('file' in target) {
              const { file } = target;
              stream.once('close', () => rmSync(file, { force: true }));
              rmSync(file, { force: true });
            }
            stream.destroy();
            throw new UsageError((m, f) => m.cli.xlsxTooManyRows({ max: f.number(maxRows) }, f));
          }
          if (rows === sheetRows) {
            ws = open(`${name}-${++part}`);
            rows = 0;
          }
          rows++;
          const values = row.map((v, i) => cellValue(v, kinds?.[i] ?? columns[i]?.kind ?? 'text'));
          const r = ws.addRow(values);
          // A row-level kind (a file-active indicator) sets its own number format.
          if (kinds)
            r.eachCell((cell, i) => {
              cell.numFmt = NUMBER_FORMATS[kinds[i - 1] ?? 'text'];
            });
          r.commit();
        },
      };
    },
    async close() {
      current?.commit();
      await book.commit();
      await finished;
    },
  };
}
