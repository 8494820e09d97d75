import { DECLARATION_TABLE, declarationRows } from '../exports/declaration-csv';
import type { DeclarationEntry } from '../exports/declaration';
import { fhirInvoice, fhirJson } from '../exports/fhir-invoice';
import { fileActiveHtml } from '../exports/file-active-html';
import { fileActiveCsv, fileActiveRows, formatFileActive } from '../exports/file-active-output';
import { formatWorkItem } from '../exports/format-worklist';
import { csvHeader, csvRows } from '../exports/french-csv';
import { WORKLIST_TABLE, worklistRow } from '../exports/worklist-csv';
import type { FileActiveReport } from '../operations/file-active';
import { workItemKey, type WorkItem } from '../operations/worklist';
import type { CommandOptions } from './command-table';
import { writeStreamed, type CliIo } from './io';
import type { OperationsJob } from './operations-commands';
import { sortedSpill } from './sorted-spill';
import type { XlsxWriter } from './xlsx-writer';

/** Where a batch command's results go, as they are produced: nothing is kept but counters (and the worklist's sort). */
export interface BatchSink {
  /** One path's declared séquences and things to do. */
  add(entries: readonly DeclarationEntry[], work: readonly WorkItem[]): Promise<void>;
  /** After the last path, with the file active's report. */
  end(report: FileActiveReport): Promise<void>;
}

/** A JSON array written element by element, indented as `JSON.stringify(array, null, 2)` would. */
function jsonArray(write: (text: string) => Promise<void>, indent: string, stringify = JSON.stringify) {
  let count = 0;
  return {
    async add(value: unknown, open: string) {
      const text = stringify(value, null, 2).replace(/\n/g, `\n${indent}  `);
      await write(`${count++ === 0 ? open : ',\n'}${indent}  ${text}`);
    },
    get count() {
      return count;
    },
  };
}

/** `pcr declare`: CSV (default), JSON, NDJSON, a FHIR Bundle of Invoices, or a workbook. */
function declarationSink(
  output: CommandOptions<'declare'>['output'],
  write: (t: string) => Promise<void>,
  xlsx?: XlsxWriter,
): BatchSink {
  switch (output.format) {
    case 'xlsx': {
      if (!xlsx) throw new Error('declare --xlsx: the workbook is not open');
      const sheet = xlsx.sheet('declaration', DECLARATION_TABLE);
      return {
        add: async (entries) => {
          for (const e of entries) for (const r of declarationRows(e)) sheet.add(r);
        },
        end: () => xlsx.close(),
      };
    }
    case 'ndjson':
      return {
        add: async (entries) => write(entries.map((e) => `${JSON.stringify(e)}\n`).join('')),
        end: async () => {},
      };
    case 'json': {
      const array = jsonArray(write, '');
      return {
        add: async (entries) => {
          for (const e of entries) await array.add(e, '[\n');
        },
        end: () => write(array.count === 0 ? '[]\n' : '\n]\n'),
      };
    }
    case 'fhir': {
      // A Bundle of type collection, streamed; without any invoice it has no `entry` (FHIR wants no empty array).
      const head = '{\n  "resourceType": "Bundle",\n  "type": "collection"';
      const array = jsonArray(write, '  ', (v, _r, n) => fhirJson(v, n as number));
      return {
        add: async (entries) => {
          for (const e of entries) await array.add({ resource: fhirInvoice(e) }, `${head},\n  "entry": [\n`);
        },
        end: () => write(array.count === 0 ? `${head}\n}\n` : '\n  ]\n}\n'),
      };
    }
    case 'csv': {
      let started = false;
      return {
        add: async (entries) => {
          const rows = entries.flatMap(declarationRows);
          await write((started ? '' : csvHeader(DECLARATION_TABLE)) + csvRows(DECLARATION_TABLE, rows));
          started = true;
        },
        end: () => (started ? Promise.resolve() : write(csvHeader(DECLARATION_TABLE))),
      };
    }
  }
}

/** `pcr worklist`: sorted by due date with bounded memory, then written as text, CSV, JSON, NDJSON or a workbook. */
function worklistSink(
  output: CommandOptions<'worklist'>['output'],
  write: (t: string) => Promise<void>,
  xlsx?: XlsxWriter,
): BatchSink {
  const sorter = sortedSpill<WorkItem>(workItemKey);
  return {
    add: async (_entries, work) => {
      for (const w of work) sorter.add(w);
    },
    async end() {
      const sheet = xlsx?.sheet('a_faire', WORKLIST_TABLE);
      const array = jsonArray(write, '');
      if (output.format === 'csv') await write(csvHeader(WORKLIST_TABLE));
      for await (const w of sorter.sorted()) {
        switch (output.format) {
          case 'xlsx':
            sheet?.add(worklistRow(w));
            break;
          case 'csv':
            await write(csvRows(WORKLIST_TABLE, [worklistRow(w)]));
            break;
          case 'json':
            await array.add(w, '[\n');
            break;
          case 'ndjson':
            await write(`${JSON.stringify(w)}\n`);
            break;
          case 'table':
            await write(`${formatWorkItem(w)}\n`);
            break;
        }
      }
      if (xlsx) return xlsx.close();
      if (output.format === 'json') await write(array.count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

/** `pcr report`: the file active's figures, once, at the end. */
function reportSink(
  options: CommandOptions<'report'>,
  write: (t: string) => Promise<void>,
  xlsx?: XlsxWriter,
): BatchSink {
  return {
    add: async () => {},
    async end(report) {
      switch (options.output.format) {
        case 'xlsx': {
          if (!xlsx) throw new Error('report --xlsx: the workbook is not open');
          const columns = [
            { name: 'rubrique', kind: 'text' },
            { name: 'cle', kind: 'text' },
            { name: 'valeur', kind: 'text' },
          ] as const;
          const sheet = xlsx.sheet('indicateurs', columns);
          for (const x of fileActiveRows(report)) sheet.add([x.section, x.key, x.value], ['text', 'text', x.kind]);
          return xlsx.close();
        }
        case 'html':
          return write(fileActiveHtml(report, options.lang));
        case 'csv':
          return write(fileActiveCsv(report));
        case 'json':
          return write(`${JSON.stringify(report, null, 2)}\n`);
        case 'ndjson':
          return write(`${JSON.stringify(report)}\n`);
        case 'table':
          return write(`${formatFileActive(report, options.lang)}\n`);
      }
    },
  };
}

/**
 * The sink of `pcr report`, `declare` or `worklist` in the format asked for (one of the command's, by its type),
 * writing to standard output (with its back-pressure) or to the workbook.
 *
 * @example
 * const sink = batchSink(job, io); await sink.add(entries, work); await sink.end(acc.report());
 */
export function batchSink(job: OperationsJob, io: CliIo, xlsx?: XlsxWriter): BatchSink {
  const write = (text: string) => (text === '' ? Promise.resolve() : writeStreamed(io.stdout, text));
  switch (job.command) {
    case 'declare':
      return declarationSink(job.options.output, write, xlsx);
    case 'worklist':
      return worklistSink(job.options.output, write, xlsx);
    case 'report':
      return reportSink(job.options, write, xlsx);
  }
}
