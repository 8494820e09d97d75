import { shippedCatalog } from '../catalog/shipped-rules';
import type { Issue, Lang } from '../issues/issue';
import { parseParcoursType, parsePatientPath, parseProject } from '../documents/parse';
import { formatReport } from '../exports/format-report';
import { formatSettlement } from '../exports/format-settlement';
import { outputMessagesFor } from '../messages/output-render';
import type { ParcoursType } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import type { ParcoursProject } from '../documents/project';
import { settle } from '../settlement/settle';
import { validatePath } from '../validation/validate-path';
import { UsageError, type CliOptions } from './args';
import { writeStreamed, type CliIo } from './io';
import { issueLines, MAX_LINE_BYTES, ndjsonLines } from './ndjson-input';
import { readJsonFile } from './read-json';

/** One evaluated path: its issues and the object to print. */
interface Evaluation {
  readonly ref: string;
  readonly issues: readonly Issue[];
  readonly value: unknown;
  /** The readable report, rendered only when it is printed. */
  readonly text: () => string;
  /** One line's summary in a batch: each séquence's status (validate) or amount (settle), and the totals. */
  readonly summary: string;
}

function failing(issues: readonly Issue[], failOn: CliOptions['failOn']): boolean {
  if (failOn === 'never') return false;
  return issues.some((i) => i.severity === 'error' || failOn === 'warning');
}

/**
 * `pcr validate` and `pcr settle`: one path from a file, or a batch of paths as NDJSON on standard input.
 * Resolves to the exit code.
 *
 * @example
 * process.exitCode = await evaluateCommand(readArgs(['settle', '--project', 'p.json', '--path', 'x.json'], context), io);
 */
export async function evaluateCommand(opts: CliOptions, io: CliIo): Promise<number> {
  const project = parseProject(readJsonFile(io, opts.project as string), { lang: opts.lang });
  if (!project.ok) {
    io.stderr.write(`${opts.project} :\n${issueLines(project.issues)}\n`);
    return 1;
  }
  let fixedType: ParcoursType | undefined;
  if (opts.type !== undefined) {
    const t = parseParcoursType(readJsonFile(io, opts.type), { lang: opts.lang });
    if (!t.ok) {
      io.stderr.write(`${opts.type} :\n${issueLines(t.issues)}\n`);
      return 1;
    }
    fixedType = t.value;
  }
  const catalog = fixedType ? undefined : shippedCatalog({ lang: opts.lang });
  const evaluate = (path: PatientPath): Evaluation | Issue[] => {
    let type = fixedType;
    if (!type) {
      const r = (catalog as NonNullable<typeof catalog>).resolve(path.parcoursType, path.inclusion.date);
      if (!r.ok) return [...r.issues];
      type = r.value;
    }
    return run(opts, type, project.value, path);
  };

  const batch = opts.path === '-' || (opts.path === undefined && !io.stdin.isTTY);
  if (opts.path === undefined && !batch)
    throw new UsageError((m, f) => m.cli.missingPath({ command: opts.command }, f));
  if (!batch) {
    const parsed = parsePatientPath(readJsonFile(io, opts.path as string), { lang: opts.lang });
    if (!parsed.ok) {
      io.stderr.write(`${opts.path} :\n${issueLines(parsed.issues)}\n`);
      return 1;
    }
    const e = evaluate(parsed.value);
    if (Array.isArray(e)) {
      io.stderr.write(`${opts.path} :\n${issueLines(e)}\n`);
      return 1;
    }
    if (opts.output === 'table') io.stdout.write(`${e.text()}\n`);
    else io.stdout.write(`${JSON.stringify(e.value, null, opts.output === 'json' ? 2 : undefined)}\n`);
    return failing(e.issues, opts.failOn) ? 1 : 0;
  }
  return runBatch(opts, io, evaluate);
}

function run(opts: CliOptions, type: ParcoursType, project: ParcoursProject, path: PatientPath): Evaluation {
  const lang: Lang = opts.lang;
  if (opts.command === 'validate') {
    const report = validatePath(type, project, path, { asOf: opts.asOf, lang });
    const states = report.sequences.map((s) => `${s.id}=${s.status}`).join(' ');
    return {
      ref: path.patient.ref,
      issues: report.issues,
      value: report,
      text: () => formatReport(report, lang),
      summary: states,
    };
  }
  const s = settle(type, project, path, { asOf: opts.asOf, lang });
  const billed = s.sequences.map((q) => `${q.sequence}=${q.forfait.amount}`).join(' ') || '—';
  return {
    ref: path.patient.ref,
    issues: s.issues,
    value: s,
    text: () => formatSettlement(s, lang),
    summary: `${billed} · total ${s.totals.forfait}`,
  };
}

async function runBatch(
  opts: CliOptions,
  io: CliIo,
  evaluate: (p: PatientPath) => Evaluation | Issue[],
): Promise<number> {
  const { m, f } = outputMessagesFor(opts.lang);
  const tally = { evaluated: 0, rejected: 0, skipped: 0, withIssues: 0, failing: 0 };
  const counter = { lines: 0 };
  const table = opts.output === 'table';
  for await (const { line, json, tooLong } of ndjsonLines(io, opts.lang, counter)) {
    if (json === null) {
      tally.skipped++;
      io.stderr.write(
        `${tooLong ? m.cli.lineTooLong({ line, max: MAX_LINE_BYTES }, f) : m.cli.lineUnreadable({ line }, f)}\n`,
      );
      continue;
    }
    const parsed = parsePatientPath(json, { lang: opts.lang });
    const e = parsed.ok ? evaluate(parsed.value) : [...parsed.issues];
    if (Array.isArray(e)) {
      tally.rejected++;
      await writeStreamed(
        io.stdout,
        table
          ? `${m.cli.lineRejected({ line, codes: e.map((i) => i.code).join(', ') }, f)}\n`
          : `${JSON.stringify({ line, ok: false, issues: e })}\n`,
      );
      continue;
    }
    tally.evaluated++;
    if (e.issues.length > 0) tally.withIssues++;
    if (failing(e.issues, opts.failOn)) tally.failing++;
    await writeStreamed(
      io.stdout,
      table
        ? `${m.cli.lineEvaluated({ line, ref: e.ref, summary: e.summary, count: e.issues.length }, f)}\n`
        : `${JSON.stringify({ line, ok: true, ref: e.ref, result: e.value })}\n`,
    );
  }
  io.stderr.write(`${m.cli.batchSummary({ lines: counter.lines, ...tally, failOn: opts.failOn }, f)}\n`);
  return tally.skipped > 0 || tally.rejected > 0 || tally.failing > 0 ? 1 : 0;
}
