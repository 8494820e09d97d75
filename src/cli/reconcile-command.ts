import { parseProject } from '../documents/parse';
import { readPayments } from '../exports/payments-read';
import { csvHeader, csvRows } from '../exports/french-csv';
import {
  formatReconciliation,
  RECONCILE_TABLE,
  reconciliationHtml,
  reconciliationRows,
} from '../exports/reconcile-output';
import { reconcile } from '../operations/reconcile';
import type { CommandOptions } from './command-table';
import { readDeclarationFiles, readTextFile, valueOrUsage } from './declaration-files';
import { type CliIo, writeStreamed } from './io';
import { issueLines } from './ndjson-input';
import { readJsonFile } from './read-json';
import { openXlsx } from './xlsx-writer';
import { UsageError } from './args';

/**
 * `pcr reconcile`: the declarations (`--declared`, each file in the order sent) and the payments (`--payments`)
 * checked on `--as-of` with `--grace` days of grace. Writes one line per declared line with its status, each
 * unexpected payment, the totals per payee and overall (readable text, CSV, JSON, a workbook or an HTML page).
 * Resolves to 1 when a line is short, over or late or a payment is unexpected, else 0; an unreadable file is a
 * usage error (2). With `--project`, a declared line of another structure is refused (2).
 *
 * @example
 * process.exitCode = await reconcileCommand({ declared: ['d.csv'], payments: 'p.csv', asOf: '2027-08-01', grace: '30', lang: 'fr', output: { format: 'table' } }, io);
 */
export async function reconcileCommand(opts: CommandOptions<'reconcile'>, io: CliIo): Promise<number> {
  let structure: { siret?: string; finess?: string } | undefined;
  if (opts.project !== undefined) {
    const project = parseProject(readJsonFile(io, opts.project), { lang: opts.lang });
    if (!project.ok) {
      io.stderr.write(`${opts.project} :\n${issueLines(project.issues)}\n`);
      return 2;
    }
    structure = project.value.structure;
  }
  const declared = readDeclarationFiles(io, opts.declared, {
    ...(structure !== undefined ? { structure } : {}),
    lang: opts.lang,
  });
  const payments = valueOrUsage(opts.payments, readPayments(readTextFile(io, opts.payments), { lang: opts.lang }));
  const r = reconcile(declared, payments, { asOf: opts.asOf, graceDays: Number(opts.grace), lang: opts.lang });
  if (!r.ok) {
    const message = r.issues[0]?.message ?? '';
    throw new UsageError((m, f) => m.cli.fileIssues({ file: '--grace', message, more: r.issues.length - 1 }, f));
  }
  const result = r.value;
  const write = (text: string) => writeStreamed(io.stdout, text);
  const output = opts.output;
  switch (output.format) {
    case 'table':
      await write(formatReconciliation(result, opts.lang));
      break;
    case 'csv':
      await write(csvHeader(RECONCILE_TABLE) + csvRows(RECONCILE_TABLE, reconciliationRows(result)));
      break;
    case 'json':
      await write(`${JSON.stringify(result, null, 2)}\n`);
      break;
    case 'html':
      await write(reconciliationHtml(result, opts.lang));
      break;
    case 'xlsx': {
      if (output.file === '-' && io.stdout.isTTY) throw new UsageError((m) => m.cli.xlsxOnTerminal);
      const book = await openXlsx(output.file === '-' ? { out: io.stdout } : { file: output.file });
      const sheet = book.sheet('rapprochement', RECONCILE_TABLE);
      for (const row of reconciliationRows(result)) sheet.add(row);
      await book.close();
      break;
    }
  }
  const c = result.total.counts;
  return c.short + c.over + c.late + c.unexpected > 0 ? 1 : 0;
}
