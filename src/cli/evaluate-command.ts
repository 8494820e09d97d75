import { shippedCatalog } from '../catalog/shipped-rules';
import type { Issue, Lang } from '../issues/issue';
import { parseParcoursType, parsePatientPath, parseProject } from '../documents/parse';
import { formatReport } from '../report/format-report';
import { formatSettlement } from '../report/format-settlement';
import type { ParcoursType } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import type { ParcoursProject } from '../documents/project';
import { settle } from '../settlement/settle';
import { validatePath } from '../validation/validate-path';
import { UsageError, type CliOptions } from './args';
import { writeStreamed, type CliIo } from './io';
import { issueLines, ndjsonLines } from './ndjson-input';
import { readJsonFile } from './read-json';

/** One evaluated path: its issues and the object to print. */
interface Evaluation {
  readonly ref: string;
  readonly issues: readonly Issue[];
  readonly value: unknown;
  /** The readable report, rendered only when it is printed. */
  readonly text: () => string;
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
 * await evaluateCommand(readArgs(['settle', '--project', 'p.json', '--path', 'x.json'], today), io) // 0 | 1
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
  if (opts.path === undefined && !batch) throw new UsageError(`${opts.command} : --path manquant (ou des lignes NDJSON sur l'entrée standard)`);
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
    return { ref: path.patient.ref, issues: report.issues, value: report, text: () => formatReport(report, lang), summary: `${states} · ${report.issues.length}` };
  }
  const s = settle(type, project, path, { asOf: opts.asOf, lang });
  const billed = s.sequences.map((q) => `${q.sequence}=${q.forfait.amount}`).join(' ') || '—';
  return { ref: path.patient.ref, issues: s.issues, value: s, text: () => formatSettlement(s, lang), summary: `${billed} · total ${s.totals.forfait} · ${s.issues.length}` };
}

async function runBatch(opts: CliOptions, io: CliIo, evaluate: (p: PatientPath) => Evaluation | Issue[]): Promise<number> {
  const fr = opts.lang === 'fr';
  let evaluated = 0;
  let rejected = 0;
  let skipped = 0;
  let withIssues = 0;
  let failingPaths = 0;
  const counter = { lines: 0 };
  for await (const { line, json } of ndjsonLines(io, opts.lang, counter)) {
    if (json === null) {
      skipped++;
      io.stderr.write(`${fr ? 'ligne' : 'line'} ${line} : ${fr ? 'JSON illisible, ligne ignorée' : 'unreadable JSON, line skipped'}\n`);
      continue;
    }
    const parsed = parsePatientPath(json, { lang: opts.lang });
    const e = parsed.ok ? evaluate(parsed.value) : [...parsed.issues];
    if (Array.isArray(e)) {
      rejected++;
      if (opts.output === 'table') await writeStreamed(io.stdout, `${fr ? 'ligne' : 'line'} ${line} : ${e.map((i) => i.code).join(', ')}\n`);
      else await writeStreamed(io.stdout, `${JSON.stringify({ line, ok: false, issues: e })}\n`);
      continue;
    }
    evaluated++;
    if (e.issues.length > 0) withIssues++;
    if (failing(e.issues, opts.failOn)) failingPaths++;
    if (opts.output === 'table') await writeStreamed(io.stdout, `${fr ? 'ligne' : 'line'} ${line} ${e.ref} : ${e.summary} ${fr ? 'constat(s)' : 'issue(s)'}\n`);
    else await writeStreamed(io.stdout, `${JSON.stringify({ line, ok: true, ref: e.ref, result: e.value })}\n`);
  }
  const line = counter.lines;
  io.stderr.write(
    fr
      ? `${line} lignes : ${evaluated} parcours évalués (${withIssues} avec constats, ${failingPaths} au seuil --fail-on ${opts.failOn}), ${rejected} rejetés, ${skipped} ignorés (JSON illisible)\n`
      : `${line} lines: ${evaluated} paths evaluated (${withIssues} with issues, ${failingPaths} at the --fail-on ${opts.failOn} threshold), ${rejected} rejected, ${skipped} skipped (unreadable JSON)\n`,
  );
  return skipped > 0 || rejected > 0 || failingPaths > 0 ? 1 : 0;
}
