import { shippedCatalog } from '../catalog/shipped-rules';
import { declarationEntries, type DeclarationEntry } from '../exports/declaration';
import { declarationCsv } from '../exports/declaration-csv';
import { fhirInvoice } from '../exports/fhir-invoice';
import { fileActiveCsv, formatFileActive } from '../exports/file-active-output';
import { formatWorklist } from '../exports/format-worklist';
import { worklistCsv } from '../exports/worklist-csv';
import { outputMessagesFor } from '../messages/output-render';
import { fileActive, type FileActiveReport } from '../operations/file-active';
import type { Catalog } from '../catalog/catalog';
import type { ParcoursType } from '../documents/parcours-type';
import { sortWorkItems, type WorkItem } from '../operations/worklist';
import { parseParcoursType, parseProject } from '../documents/parse';
import type { Issue } from '../issues/issue';
import { UsageError, type CliOptions } from './args';
import type { CliIo } from './io';
import { issueLines, ndjsonLines } from './ndjson-input';
import { readJsonFile } from './read-json';

/** Yields each path of the input: one file (`--path`), or NDJSON lines on standard input (null for unreadable JSON). */
async function* pathInputs(opts: CliOptions, io: CliIo): AsyncGenerator<{ line: number; json: unknown | null }> {
  if (opts.path !== undefined && opts.path !== '-') {
    yield { line: 1, json: readJsonFile(io, opts.path) };
    return;
  }
  if (io.stdin.isTTY) throw new UsageError((m, f) => m.cli.missingPath({ command: opts.command }, f));
  yield* ndjsonLines(io, opts.lang);
}

/**
 * `pcr report`, `pcr declare` and `pcr worklist` over a file active (NDJSON on standard input, or one `--path`).
 * Every path is evaluated on the period's last day (`--to`, or `--as-of` for the worklist). Resolves to the exit
 * code: 1 when some path was excluded.
 *
 * @example
 * await operationsCommand(readArgs(['report', '--project', 'p.json', '--from', '2026-01-01', '--to', '2026-12-31'], today), io)
 */
export async function operationsCommand(opts: CliOptions, io: CliIo): Promise<number> {
  const project = parseProject(readJsonFile(io, opts.project as string), { lang: opts.lang });
  if (!project.ok) {
    io.stderr.write(`${opts.project} :\n${issueLines(project.issues)}\n`);
    return 1;
  }
  // The dates were checked with the command line (readArgs); report and declare have both.
  const to = opts.command === 'worklist' ? opts.asOf : (opts.to as string);
  const from = opts.command === 'worklist' ? to : (opts.from as string);
  const acc = fileActive({
    project: project.value,
    types: typesOf(opts, io),
    from,
    to,
    lang: opts.lang,
    worklist: opts.command === 'worklist',
  });
  const entries: DeclarationEntry[] = [];
  const work: WorkItem[] = [];
  const refused = new Map<string, { issue: Issue; count: number }>();
  for await (const { line, json } of pathInputs(opts, io)) {
    const outcome = json === null ? acc.addUnreadable(line) : acc.add(json, line);
    if (outcome.settlement && opts.command === 'declare') {
      const declared = declarationEntries(outcome.settlement, {
        project: project.value,
        from,
        to,
        allowDraft: opts.allowDraft,
        lang: opts.lang,
      });
      if (declared.ok) entries.push(...declared.value);
      for (const issue of declared.issues) {
        const key = `${issue.code} ${JSON.stringify(issue.params)}`;
        const seen = refused.get(key);
        if (seen) seen.count++;
        else refused.set(key, { issue, count: 1 });
      }
    }
    work.push(...outcome.work);
  }
  const report = acc.report();
  const text = outputOf(opts, { report, entries, work });
  if (text !== '') io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  // A refused or trial declaration says so once per type version, with the number of paths.
  for (const { issue, count } of refused.values()) io.stderr.write(`${issue.code} (${count}) — ${issue.message}\n`);
  const declarationRefused = [...refused.values()].some((r) => r.issue.severity === 'error');
  if (report.paths.excluded > 0) {
    const { m, f } = outputMessagesFor(opts.lang);
    const byReason = Object.entries(report.paths.excludedByReason)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    io.stderr.write(`${m.cli.pathsExcluded({ count: report.paths.excluded, byReason }, f)}\n`);
  }
  return report.paths.excluded > 0 || declarationRefused ? 1 : 0;
}

/** The types paths are read against: the file `--type`, or the shipped catalog. */
function typesOf(opts: CliOptions, io: CliIo): Catalog | ParcoursType {
  if (opts.type === undefined) return shippedCatalog({ lang: opts.lang });
  const t = parseParcoursType(readJsonFile(io, opts.type), { lang: opts.lang });
  if (!t.ok)
    throw new UsageError((m, f) =>
      m.cli.badTypeFile({ file: opts.type ?? '', codes: t.issues.map((i) => i.code).join(', ') }, f),
    );
  return t.value;
}

/** What one run over a file active collected. */
interface Collected {
  readonly report: FileActiveReport;
  readonly entries: readonly DeclarationEntry[];
  readonly work: readonly WorkItem[];
}

/** The command's output in the chosen format (`--output`). */
function outputOf(opts: CliOptions, c: Collected): string {
  const json = (value: unknown) => JSON.stringify(value, null, opts.output === 'json' ? 2 : undefined);
  const asJson = opts.output === 'json' || opts.output === 'ndjson';
  if (opts.command === 'report') {
    if (opts.output === 'csv') return fileActiveCsv(c.report);
    return asJson ? json(c.report) : formatFileActive(c.report, opts.lang);
  }
  if (opts.command === 'declare') {
    if (asJson) return json(c.entries);
    if (opts.output !== 'fhir') return declarationCsv(c.entries);
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: c.entries.map((e) => ({ resource: fhirInvoice(e) })),
    };
    return JSON.stringify(bundle, null, 2);
  }
  const items = sortWorkItems(c.work);
  if (asJson) return json(items);
  return opts.output === 'csv' ? worklistCsv(items) : formatWorklist(items);
}
