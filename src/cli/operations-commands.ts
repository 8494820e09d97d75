import { shippedCatalog } from '../catalog/shipped-rules';
import { declarationEntries, type DeclarationEntry } from '../exports/declaration';
import { outputMessagesFor } from '../messages/output-render';
import { fileActive } from '../operations/file-active';
import type { Catalog } from '../catalog/catalog';
import type { ParcoursType } from '../documents/parcours-type';
import { parseParcoursType, parseProject } from '../documents/parse';
import type { Issue } from '../issues/issue';
import type { Lang } from '../domain/vocabulary';
import { UsageError } from './args';
import type { CommandOptions } from './command-table';
import type { CliIo } from './io';
import { batchSink } from './batch-sinks';
import { issueLines, MAX_LINE_BYTES, ndjsonLines, type NdjsonLine } from './ndjson-input';
import { openXlsx, type XlsxWriter } from './xlsx-writer';
import { readJsonFile } from './read-json';
import { previousDeclarations, readDeclarationFiles } from './declaration-files';

/** `pcr report`, `pcr declare` or `pcr worklist`, each with its own options. */
export type OperationsJob =
  | { readonly command: 'report'; readonly options: CommandOptions<'report'> }
  | { readonly command: 'declare'; readonly options: CommandOptions<'declare'> }
  | { readonly command: 'worklist'; readonly options: CommandOptions<'worklist'> };

/**
 * Yields each path of a batch command's input: one file (`--path`), or NDJSON lines on standard input (null for
 * unreadable JSON); standard input on a terminal is a usage error naming the command.
 */
export async function* pathInputs(
  command: string,
  opts: { readonly path?: string | undefined; readonly lang: Lang },
  io: CliIo,
): AsyncGenerator<NdjsonLine> {
  if (opts.path !== undefined && opts.path !== '-') {
    yield { line: 1, json: readJsonFile(io, opts.path) };
    return;
  }
  if (opts.path === undefined && io.stdin.isTTY) throw new UsageError((m, f) => m.cli.missingPath({ command }, f));
  yield* ndjsonLines(io, opts.lang);
}

/** The workbook of `--xlsx FILE` (`-`: standard output, refused on a terminal), or none. */
async function workbookOf(job: OperationsJob, io: CliIo): Promise<XlsxWriter | undefined> {
  const output = job.options.output;
  if (output.format !== 'xlsx') return undefined;
  if (output.file !== '-') return openXlsx({ file: output.file });
  if (io.stdout.isTTY) throw new UsageError((m) => m.cli.xlsxOnTerminal);
  return openXlsx({ out: io.stdout });
}

/**
 * `pcr report`, `pcr declare` and `pcr worklist` over a file active (NDJSON on standard input, or one `--path`).
 * Every path is evaluated on the period's last day (`--to`, or `--as-of` for the worklist). Results are written as
 * they are produced (the worklist once sorted, with bounded memory); only counters are kept. `declare --previous`
 * holds the previous declarations and writes, path by path, only what must be sent (dated `--as-of`), then the
 * cancellations. Resolves to the exit code: 1 when some path was excluded.
 *
 * @example
 * await operationsCommand({ command: 'report', options: { project: 'p.json', from: '2026-01-01', to: '2026-12-31', lang: 'fr', output: { format: 'table' } } }, io)
 */
export async function operationsCommand(job: OperationsJob, io: CliIo): Promise<number> {
  const opts = job.options;
  const project = parseProject(readJsonFile(io, opts.project), { lang: opts.lang });
  if (!project.ok) {
    io.stderr.write(`${opts.project} :\n${issueLines(project.issues)}\n`);
    return 1;
  }
  // The worklist is evaluated on --as-of; a report and a declaration over their period, on its last day.
  const { from, to } = job.command === 'worklist' ? { from: job.options.asOf, to: job.options.asOf } : job.options;
  const types = typesOf(opts.type, opts.lang, io);
  const acc = fileActive({
    project: project.value,
    types,
    from,
    to,
    lang: opts.lang,
    worklist: job.command === 'worklist',
  });
  // With --previous: what was declared, read before anything is written (an unreadable file is exit 2).
  const delta =
    job.command === 'declare' && job.options.previous.length > 0
      ? previousDeclarations(
          readDeclarationFiles(io, job.options.previous, { structure: project.value.structure, lang: opts.lang }),
          { structure: project.value.structure, declaredOn: job.options.asOf, period: { from, to }, lang: opts.lang },
        )
      : undefined;
  const sink = batchSink(job, io, await workbookOf(job, io));
  const refused = new Map<string, { issue: Issue; count: number }>();
  const { m, f } = outputMessagesFor(opts.lang);
  for await (const { line, json, tooLong } of pathInputs(job.command, job.options, io)) {
    if (tooLong) io.stderr.write(`${m.cli.lineTooLong({ line, max: MAX_LINE_BYTES }, f)}\n`);
    const outcome = json === null ? acc.addUnreadable(line) : acc.add(json, line);
    let entries: readonly DeclarationEntry[] = [];
    if (outcome.settlement && job.command === 'declare') {
      const declared = declarationEntries(outcome.settlement, {
        project: project.value,
        from,
        to,
        allowDraft: job.options.allowDraft,
        lang: opts.lang,
      });
      if (declared.ok) entries = delta ? delta.ofPath(declared.value) : declared.value;
      else delta?.refused(outcome.settlement.patientRef, outcome.settlement.type.id);
      for (const issue of declared.issues) {
        const key = `${issue.code} ${JSON.stringify(issue.params)}`;
        const seen = refused.get(key);
        if (seen) seen.count++;
        else refused.set(key, { issue, count: 1 });
      }
    }
    await sink.add(entries, outcome.work);
  }
  const report = acc.report();
  // A path that could not be read (or whose type is unknown) may hold séquences declared before: nothing is
  // cancelled while one is there. A blocked path is read: what it had declared is cancelled.
  const unread = (report.paths.excludedByReason.PARSE ?? 0) + (report.paths.excludedByReason.TYPE ?? 0);
  if (delta && unread === 0) await sink.add(delta.rest(), []);
  await sink.end(report);
  // A refused or trial declaration says so once per type version, with the number of paths.
  if (delta && unread > 0) io.stderr.write(`${m.cli.cancellationsWithheld({ paths: unread }, f)}\n`);
  for (const { issue, count } of refused.values())
    io.stderr.write(`${m.cli.declarationIssue({ code: issue.code, paths: count, message: issue.message }, f)}\n`);
  const declarationRefused = [...refused.values()].some((r) => r.issue.severity === 'error');
  if (report.paths.excluded > 0) {
    const byReason = Object.entries(report.paths.excludedByReason)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    io.stderr.write(`${m.cli.pathsExcluded({ count: report.paths.excluded, byReason }, f)}\n`);
  }
  return report.paths.excluded > 0 || declarationRefused ? 1 : 0;
}

/** The types paths are read against: the file `--type`, or the shipped catalog. */
export function typesOf(file: string | undefined, lang: Lang, io: CliIo): Catalog | ParcoursType {
  if (file === undefined) return shippedCatalog({ lang });
  const t = parseParcoursType(readJsonFile(io, file), { lang });
  if (!t.ok)
    throw new UsageError((m, f) => m.cli.badTypeFile({ file, codes: t.issues.map((i) => i.code).join(', ') }, f));
  return t.value;
}
