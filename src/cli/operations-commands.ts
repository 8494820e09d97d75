import { shippedCatalog } from '../catalog/shipped-rules';
import { declarationEntries, type DeclarationEntry } from '../exports/declaration';
import { outputMessagesFor } from '../messages/output-render';
import { fileActive } from '../operations/file-active';
import type { Catalog } from '../catalog/catalog';
import type { ParcoursType } from '../documents/parcours-type';
import { parseParcoursType, parseProject } from '../documents/parse';
import type { Issue } from '../issues/issue';
import { UsageError, type CliOptions } from './args';
import type { CliIo } from './io';
import { batchSink } from './batch-sinks';
import { issueLines, MAX_LINE_BYTES, ndjsonLines, type NdjsonLine } from './ndjson-input';
import { openXlsx, type XlsxWriter } from './xlsx-writer';
import { readJsonFile } from './read-json';

/** Yields each path of the input: one file (`--path`), or NDJSON lines on standard input (null for unreadable JSON). */
async function* pathInputs(opts: CliOptions, io: CliIo): AsyncGenerator<NdjsonLine> {
  if (opts.path !== undefined && opts.path !== '-') {
    yield { line: 1, json: readJsonFile(io, opts.path) };
    return;
  }
  if (io.stdin.isTTY) throw new UsageError((m, f) => m.cli.missingPath({ command: opts.command }, f));
  yield* ndjsonLines(io, opts.lang);
}

/** The workbook of `--xlsx FILE` (`-`: standard output, refused on a terminal), or none. */
async function workbookOf(opts: CliOptions, io: CliIo): Promise<XlsxWriter | undefined> {
  if (opts.output !== 'xlsx' || opts.xlsxFile === undefined) return undefined;
  if (opts.xlsxFile !== '-') return openXlsx({ file: opts.xlsxFile });
  if (io.stdout.isTTY) throw new UsageError((m) => m.cli.xlsxOnTerminal);
  return openXlsx({ out: io.stdout });
}

/**
 * `pcr report`, `pcr declare` and `pcr worklist` over a file active (NDJSON on standard input, or one `--path`).
 * Every path is evaluated on the period's last day (`--to`, or `--as-of` for the worklist). Results are written as
 * they are produced (the worklist once sorted, with bounded memory); only counters are kept. Resolves to the exit
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
  const types = typesOf(opts, io);
  const acc = fileActive({
    project: project.value,
    types,
    from,
    to,
    lang: opts.lang,
    worklist: opts.command === 'worklist',
  });
  const sink = batchSink(opts, io, await workbookOf(opts, io));
  const refused = new Map<string, { issue: Issue; count: number }>();
  const { m, f } = outputMessagesFor(opts.lang);
  for await (const { line, json, tooLong } of pathInputs(opts, io)) {
    if (tooLong) io.stderr.write(`${m.cli.lineTooLong({ line, max: MAX_LINE_BYTES }, f)}\n`);
    const outcome = json === null ? acc.addUnreadable(line) : acc.add(json, line);
    let entries: readonly DeclarationEntry[] = [];
    if (outcome.settlement && opts.command === 'declare') {
      const declared = declarationEntries(outcome.settlement, {
        project: project.value,
        from,
        to,
        allowDraft: opts.allowDraft,
        lang: opts.lang,
      });
      if (declared.ok) entries = declared.value;
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
  await sink.end(report);
  // A refused or trial declaration says so once per type version, with the number of paths.
  for (const { issue, count } of refused.values()) io.stderr.write(`${issue.code} (${count}) — ${issue.message}\n`);
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
function typesOf(opts: CliOptions, io: CliIo): Catalog | ParcoursType {
  if (opts.type === undefined) return shippedCatalog({ lang: opts.lang });
  const t = parseParcoursType(readJsonFile(io, opts.type), { lang: opts.lang });
  if (!t.ok)
    throw new UsageError((m, f) =>
      m.cli.badTypeFile({ file: opts.type ?? '', codes: t.issues.map((i) => i.code).join(', ') }, f),
    );
  return t.value;
}
