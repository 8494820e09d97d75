import { shippedCatalog } from '../catalog/shipped-rules';
import type { Issue } from '../issues/issue';
import { allocateCents } from '../money/allocate';
import { canonicalAmount, formatCents, toCents } from '../money/decimal';
import { parsePatientPath, parseProject } from '../documents/parse';
import { settle } from '../settlement/settle';
import type { Settlement } from '../settlement/settlement-types';
import type { PathReport } from '../validation/report-types';
import { validatePath } from '../validation/validate-path';
import {
  cellDate,
  cellDecimal,
  CellError,
  cellError,
  sheetText,
  type Cell,
  type Range,
  type SheetText,
  type Where,
} from './cell-values';
import { pathFromRanges, projectFromRanges, type SheetDocuments } from './sheet-documents';

/** What a sheet function returns: a 2-D array of cells, or an error text shown in the cell. */
export type SheetResult = (string | number)[][] | string;

/** Where an issue of a document belongs in the sheet: the range, and the row when the issue's path names one. */
function whereOf(issue: Issue, d: Sheet, t: SheetText): Where {
  const [head, index] = issue.path;
  const r = t.m.sheet.ranges;
  if ((issue.document !== 'path' && issue.document !== 'project') || head === 'parcoursType') return { range: r.type };
  if (issue.document === 'project') {
    if (head === 'team' && typeof index === 'number') return { range: r.team, row: d.teamRows[index] };
    const key = head === 'structure' ? String(index ?? 'structure').toLowerCase() : String(head ?? '').toLowerCase();
    return { range: r.project, row: d.projectPairs.get(key)?.row ?? d.projectPairs.get('key')?.row };
  }
  if (head === 'prestations' && typeof index === 'number')
    return { range: r.prestations, row: d.prestationRows[index] };
  const key = head === 'patient' || head === 'coverage' ? String(index ?? head) : String(head ?? '');
  const alias = new Map([
    ['date', 'inclusion'],
    ['nir', 'ref'],
  ]);
  const row = d.patientPairs.get((alias.get(key) ?? key).toLowerCase())?.row;
  return { range: r.patient, ...(row !== undefined ? { row } : {}) };
}

/** The first error (else the first issue) as a cell message naming where it belongs. */
function issueError(issues: readonly Issue[], d: Sheet, t: SheetText): CellError {
  const i = issues.find((x) => x.severity === 'error') ?? issues[0];
  if (i === undefined) return new CellError(t.m.sheet.internalError);
  return cellError(t, whereOf(i, d, t), `${i.code} — ${i.message}`);
}

function guarded(lang: unknown, body: (t: SheetText) => (string | number)[][]): SheetResult {
  const t = sheetText(lang);
  try {
    return body(t);
  } catch (e) {
    return `#PCR ${e instanceof CellError ? e.message : t.m.sheet.internalError}`;
  }
}

/** The ranges of a sheet function, read into documents, parsed, and the type version resolved. */
interface Ranges {
  readonly typeId: Cell;
  readonly project: unknown;
  readonly team: unknown;
  readonly patient: unknown;
  readonly prestations: unknown;
  readonly asOf: Cell;
}

/** Where each part of the documents came from in the sheet. */
type Sheet = Omit<SheetDocuments, 'project' | 'path'>;

/** The documents of the ranges, settled (with the report it was settled from); or the issues of a document refused. */
type Settled =
  | { readonly ok: true; readonly sheet: Sheet; readonly report: PathReport; readonly settlement: Settlement }
  | { readonly ok: false; readonly sheet: Sheet; readonly issues: readonly Issue[] };

/** Reads the ranges (a malformed range is a CellError), parses the documents, validates and settles in `t.lang`. */
function settled(g: Ranges, t: SheetText): Settled {
  const on = cellDate(g.asOf, t, { range: t.m.sheet.ranges.asOf });
  if (on === null) throw cellError(t, { range: t.m.sheet.ranges.asOf }, t.m.sheet.dateExpected);
  const id = String(g.typeId ?? '').trim();
  const pr = projectFromRanges(g.project, g.team, id, t);
  const pa = pathFromRanges(g.patient, g.prestations, id, t);
  const sheet = {
    teamRows: pr.teamRows,
    projectPairs: pr.projectPairs,
    prestationRows: pa.prestationRows,
    patientPairs: pa.patientPairs,
  };
  const { lang } = t;
  const path = parsePatientPath(pa.path, { lang });
  if (!path.ok) return { ok: false, sheet, issues: path.issues };
  const type = shippedCatalog({ lang }).resolve(id, path.value.inclusion.date);
  if (!type.ok) return { ok: false, sheet, issues: type.issues };
  const project = parseProject(pr.project, { lang });
  if (!project.ok) return { ok: false, sheet, issues: project.issues };
  const options = { asOf: on, lang };
  const report = validatePath(type.value, project.value, path.value, options);
  const settlement = settle(type.value, project.value, path.value, { ...options, report });
  return { ok: true, sheet, report, settlement };
}

/** {@link settled}, where a refused document or a blocked path is a CellError naming its first error. */
function billable(g: Ranges, t: SheetText): Extract<Settled, { ok: true }> {
  const s = settled(g, t);
  if (!s.ok) throw issueError(s.issues, s.sheet, t);
  if (s.report.blocked) throw issueError(s.report.issues, s.sheet, t);
  return s;
}

/**
 * Splits an amount by a column of weights, to the cent (largest remainders). Amounts and weights in French or
 * English writing (`1 000,50`).
 *
 * @example
 * PCR_ALLOCATE('100', [[1], [1], [1]]) // [[33.34], [33.33], [33.33]]
 */
export function PCR_ALLOCATE(amount: Cell, weights: unknown, lang?: Cell): SheetResult {
  return guarded(lang, (t) => {
    const a = canonicalAmount(cellDecimal(amount, t, { range: t.m.sheet.ranges.amount }));
    if (a === null) throw new CellError(t.m.sheet.invalidAmount);
    const column = Array.isArray(weights)
      ? (weights as Cell[][]).map((r) => (Array.isArray(r) ? r[0] : r))
      : [weights as Cell];
    const parts = allocateCents(
      toCents(a),
      column.map((w, i) => cellDecimal(w, t, { range: t.m.sheet.ranges.weights, row: i + 1 }) ?? '0'),
    );
    if (typeof parts === 'string') throw new CellError(t.m.sheet.invalidWeights({ reason: parts }, t.f));
    return parts.map((c) => [Number(formatCents(c))]);
  });
}

/**
 * One row per séquence of a patient's path: id, status (in the sheet's language), start, deadline, counted,
 * missing, the findings that concern it (its prestations' and its own; the path's are in PCR_FINDINGS), the amount
 * billed, or why it is not billed (awaiting attestation, not ended, nothing due…). A range that cannot be read, a
 * document refused or a blocked path gives a `#PCR` text naming the range and the row. `lang`: `fr` (default) or
 * `en`.
 *
 * @example
 * =PCR_SEQUENCES("obesite-complexe-adulte"; Projet!A1:B5; Equipe!A1:H6; Patient!A1:B8; Prestations!A1:G40; TODAY())
 */
export function PCR_SEQUENCES(
  typeId: Cell,
  projectRange: unknown,
  teamRange: unknown,
  patientRange: unknown,
  prestationsRange: unknown,
  asOf: Cell,
  lang?: Cell,
): SheetResult {
  return guarded(lang, (t) => {
    const { report: r, settlement: s } = billable(
      { typeId, project: projectRange, team: teamRange, patient: patientRange, prestations: prestationsRange, asOf },
      t,
    );
    // The séquence each finding concerns: its own (a `sequence` parameter), or that of its prestation (counted in it,
    // else dated in its window). Findings of the path itself are in PCR_FINDINGS.
    const of = (i: Issue): string | undefined => {
      const named = 'sequence' in i.params ? i.params.sequence : undefined;
      if (typeof named === 'string') return named;
      const p = i.path[0] === 'prestations' ? r.prestations.find((x) => x.index === i.path[1]) : undefined;
      return p?.sequence ?? r.sequences.find((q) => p !== undefined && q.start <= p.date && p.date <= q.deadline)?.id;
    };
    const concern = s.issues.map(of);
    return [
      [...t.m.sheet.sequencesHeader],
      ...r.sequences.map((q) => {
        const billed = s.sequences.find((x) => x.sequence === q.id);
        const not = s.excluded.find((x) => x.sequence === q.id);
        return [
          q.id,
          t.m.sequenceStatus[q.status],
          q.start,
          q.deadline,
          q.counted,
          q.requirements.reduce((n, x) => n + x.missing, 0),
          concern.filter((x) => x === q.id).length,
          billed === undefined ? '' : Number(billed.forfait.amount),
          not === undefined ? '' : t.m.exclusionReasons[not.reason],
        ];
      }),
    ];
  });
}

/**
 * One row per share of each billable séquence (séquence, beneficiary, paid to, identifier, amount), then its AMO /
 * AMC / patient parts; then each séquence not billed (séquence, status, why); then, for a type that is not official
 * (draft, illustrative), a last row saying so. A finding on a prestation (too short, unknown member…) leaves that
 * prestation out, as `pcr settle` does: the grid stays, and PCR_FINDINGS says why. Only a range that cannot be read,
 * a document refused or a blocked path gives a `#PCR` text. `lang`: `fr` (default) or `en`.
 *
 * @example
 * =PCR_QUOTE_PARTS("obesite-complexe-adulte"; Projet!A1:B5; Equipe!A1:H6; Patient!A1:B8; Prestations!A1:G40; TODAY(); "en")
 */
export function PCR_QUOTE_PARTS(
  typeId: Cell,
  projectRange: unknown,
  teamRange: unknown,
  patientRange: unknown,
  prestationsRange: unknown,
  asOf: Cell,
  lang?: Cell,
): SheetResult {
  return guarded(lang, (t) => {
    const { settlement: s } = billable(
      { typeId, project: projectRange, team: teamRange, patient: patientRange, prestations: prestationsRange, asOf },
      t,
    );
    const rows: (string | number)[][] = [[...t.m.sheet.quotePartsHeader]];
    for (const q of s.sequences) {
      for (const sh of q.shares)
        rows.push([
          q.sequence,
          sh.beneficiary.kind === 'structure' ? 'structure' : sh.beneficiary.id,
          sh.payee.name ?? '',
          `${sh.payee.idType} ${sh.payee.id}`,
          Number(sh.amount),
        ]);
      rows.push(
        [q.sequence, 'AMO', '', '', Number(q.payers.amo)],
        [q.sequence, 'AMC', '', q.payers.amcOrganisation ?? '', Number(q.payers.amc)],
        [q.sequence, 'patient', '', '', Number(q.payers.patient)],
      );
    }
    // A séquence not billed, with why; then, for a type that is not official, the finding that says so.
    for (const x of s.excluded)
      rows.push([x.sequence, t.m.sequenceStatus[x.status], t.m.exclusionReasons[x.reason], '', '']);
    for (const i of s.issues) if (i.code === 'TYPE_NOT_OFFICIAL') rows.push([i.message, '', '', '', '']);
    return rows;
  });
}

/**
 * The findings on a patient's path, one row each: severity, where (the range, and the row of the prestation or key
 * concerned), code, message, in the sheet's language. Same arguments as PCR_QUOTE_PARTS. A path that does not parse
 * or is blocked lists its findings here too; only a range that cannot be read gives a `#PCR` text.
 *
 * @example
 * =PCR_FINDINGS("obesite-complexe-adulte"; Projet!A1:B5; Equipe!A1:H6; Patient!A1:B8; Prestations!A1:G40; TODAY())
 */
export function PCR_FINDINGS(
  typeId: Cell,
  projectRange: unknown,
  teamRange: unknown,
  patientRange: unknown,
  prestationsRange: unknown,
  asOf: Cell,
  lang?: Cell,
): SheetResult {
  return guarded(lang, (t) => {
    const s = settled(
      { typeId, project: projectRange, team: teamRange, patient: patientRange, prestations: prestationsRange, asOf },
      t,
    );
    return [
      [...t.m.sheet.findingsHeader],
      ...(s.ok ? s.settlement.issues : s.issues).map((i) => [
        t.m.severity[i.severity],
        t.m.sheet.at(whereOf(i, s.sheet, t), t.f),
        i.code,
        i.message,
      ]),
    ];
  });
}

/** The sheet functions, as the bundle exposes them (`PCR.sheet`). */
export const sheet = { PCR_ALLOCATE, PCR_SEQUENCES, PCR_QUOTE_PARTS, PCR_FINDINGS };

export type { Range };
