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
import { UsageError } from './args';
import type { CommandOptions } from './command-table';
import { gatheredOutput, type CliIo } from './io';
import { issueLines, MAX_LINE_BYTES, ndjsonLines } from './ndjson-input';
import { readJsonFile } from './read-json';

/** One evaluated path: its issues and the object to print. */
interface Evaluation {
  readonly ref: string;
  readonly issues: readonly Issue[];
  readonly value: unknown;
  /** The readable report, rendered only when it is printed. */
  readonly text: () => string;
  /**
   * One line's summary in a batch: each séquence's status (validate) or amount (settle), and the totals. Written only
   * for the table output, when asked.
   */
  readonly summary: () => string;
}

/** The options of `pcr validate` and `pcr settle` (the same entry of the command table). */
type EvaluateOptions = CommandOptions<'validate'> & CommandOptions<'settle'>;

function failing(issues: readonly Issue[], failOn: EvaluateOptions['failOn']): boolean {
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
export async function evaluateCommand(
  command: 'validate' | 'settle',
  opts: EvaluateOptions,
  io: CliIo,
): Promise<number> {
  const project = parseProject(readJsonFile(io, opts.project), { lang: opts.lang });
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
  // The catalog parses a type's rule files on first use: nothing is read when --type gives the type.
  const catalog = shippedCatalog({ lang: opts.lang });
  const evaluate = (path: PatientPath): Evaluation | Issue[] => {
    if (fixedType !== undefined) return run(command, opts, fixedType, project.value, path);
    const r = catalog.resolve(path.parcoursType, path.inclusion.date);
    return r.ok ? run(command, opts, r.value, project.value, path) : [...r.issues];
  };

  const file = opts.path !== undefined && opts.path !== '-' ? opts.path : undefined;
  if (file === undefined && opts.path === undefined && io.stdin.isTTY)
    throw new UsageError((m, f) => m.cli.missingPath({ command }, f));
  if (file === undefined) return runBatch(opts, io, evaluate);
  const parsed = parsePatientPath(readJsonFile(io, file), { lang: opts.lang });
  const e = parsed.ok ? evaluate(parsed.value) : [...parsed.issues];
  if (Array.isArray(e)) {
    // Not evaluated: its issues on standard error, and, for a program, the same object as a batch line.
    io.stderr.write(`${file} :\n${issueLines(e)}\n`);
    if (opts.output.format !== 'table')
      io.stdout.write(
        `${JSON.stringify({ ok: false, issues: e }, null, opts.output.format === 'json' ? 2 : undefined)}\n`,
      );
    return 1;
  }
  if (opts.output.format === 'table') io.stdout.write(`${e.text()}\n`);
  else io.stdout.write(`${JSON.stringify(e.value, null, opts.output.format === 'json' ? 2 : undefined)}\n`);
  return failing(e.issues, opts.failOn) ? 1 : 0;
}

function run(
  command: 'validate' | 'settle',
  opts: EvaluateOptions,
  type: ParcoursType,
  project: ParcoursProject,
  path: PatientPath,
): Evaluation {
  const lang: Lang = opts.lang;
  if (command === 'validate') {
    const report = validatePath(type, project, path, { asOf: opts.asOf, lang });
    const { m } = outputMessagesFor(lang);
    return {
      ref: path.patient.ref,
      issues: report.issues,
      value: report,
      text: () => formatReport(report, lang),
      summary: () => report.sequences.map((s) => `${s.id} ${m.sequenceStatus[s.status]}`).join(', '),
    };
  }
  const s = settle(type, project, path, { asOf: opts.asOf, lang });
  const { m, f } = outputMessagesFor(lang);
  return {
    ref: path.patient.ref,
    issues: s.issues,
    value: s,
    text: () => formatSettlement(s, lang),
    summary: () =>
      m.cli.settledSummary(
        { sequences: s.sequences.map((q) => ({ id: q.sequence, amount: q.forfait.amount })), total: s.totals.forfait },
        f,
      ),
  };
}

/**
 * The patient's reference of a line that was not evaluated, when it can be read: the path's `patient.ref` text,
 * unless an issue concerns it (a reference refused, for one holding a NIR, is never repeated).
 */
function readableRef(json: unknown, issues: readonly Issue[]): string | undefined {
  if (issues.some((i) => i.path[0] === 'patient' && (i.path.length === 1 || i.path[1] === 'ref'))) return undefined;
  if (typeof json !== 'object' || json === null || !('patient' in json)) return undefined;
  const patient: unknown = json.patient;
  if (typeof patient !== 'object' || patient === null || !('ref' in patient)) return undefined;
  return typeof patient.ref === 'string' && patient.ref !== '' ? patient.ref : undefined;
}

async function runBatch(
  opts: EvaluateOptions,
  io: CliIo,
  evaluate: (p: PatientPath) => Evaluation | Issue[],
): Promise<number> {
  const { m, f } = outputMessagesFor(opts.lang);
  const tally = { evaluated: 0, rejected: 0, skipped: 0, withIssues: 0, failing: 0 };
  const counter = { lines: 0 };
  const table = opts.output.format === 'table';
  // Lines gathered into pieces for a file or a pipe; one by one on a terminal, in step with standard error.
  const out = gatheredOutput(io.stdout, io.stdout.isTTY === true ? 0 : undefined);
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
      const ref = parsed.ok ? parsed.value.patient.ref : readableRef(json, e);
      await out.write(
        table
          ? `${m.cli.lineRejected({ line, ...(ref !== undefined ? { ref } : {}), count: e.length }, f)}\n${issueLines(e)}\n`
          : `${JSON.stringify({ line, ok: false, ...(ref !== undefined ? { ref } : {}), issues: e })}\n`,
      );
      continue;
    }
    tally.evaluated++;
    if (e.issues.length > 0) tally.withIssues++;
    if (failing(e.issues, opts.failOn)) tally.failing++;
    await out.write(
      table
        ? `${m.cli.lineEvaluated({ line, ref: e.ref, summary: e.summary(), count: e.issues.length }, f)}\n`
        : `${JSON.stringify({ line, ok: true, ref: e.ref, result: e.value })}\n`,
    );
  }
  await out.flush();
  io.stderr.write(`${m.cli.batchSummary({ lines: counter.lines, ...tally, failOn: opts.failOn }, f)}\n`);
  return tally.skipped > 0 || tally.rejected > 0 || tally.failing > 0 ? 1 : 0;
}
