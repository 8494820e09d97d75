import { shippedCatalog } from '../catalog/shipped-rules';
import type { Issue } from '../issues/issue';
import { allocateCents } from '../money/allocate';
import { canonicalAmount, formatCents, toCents } from '../money/decimal';
import { parsePatientPath, parseProject } from '../documents/parse';
import type { ParcoursType } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import type { ParcoursProject } from '../documents/project';
import { settle } from '../settlement/settle';
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
function whereOf(issue: Issue, d: Omit<SheetDocuments, 'project' | 'path'>, t: SheetText): Where {
  const [head, index] = issue.path;
  const r = t.m.sheet.ranges;
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
function issueError(issues: readonly Issue[], d: Omit<SheetDocuments, 'project' | 'path'>, t: SheetText): CellError {
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

function documents(
  g: Ranges,
  t: SheetText,
): {
  type: ParcoursType;
  project: ParcoursProject;
  path: PatientPath;
  asOf: string;
  sheet: Omit<SheetDocuments, 'project' | 'path'>;
} {
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
  if (!path.ok) throw issueError(path.issues, sheet, t);
  const type = shippedCatalog({ lang }).resolve(id, path.value.inclusion.date);
  if (!type.ok) throw new CellError(`${type.issues[0]?.code ?? ''} — ${type.issues[0]?.message ?? ''}`);
  const project = parseProject(pr.project, { lang });
  if (!project.ok) throw issueError(project.issues, sheet, t);
  return { type: type.value, project: project.value, path: path.value, asOf: on, sheet };
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
 * missing, findings. A required row that is missing, a range of the wrong shape or a refused document gives a
 * `#PCR` text naming the range and the row. `lang`: `fr` (default) or `en`.
 *
 * @example
 * =PCR_SEQUENCES("obesite-complexe-adulte"; Projet!A1:B6; Equipe!A1:H6; Patient!A1:B8; Prestations!A1:G40; TODAY())
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
    const d = documents(
      { typeId, project: projectRange, team: teamRange, patient: patientRange, prestations: prestationsRange, asOf },
      t,
    );
    const r = validatePath(d.type, d.project, d.path, { asOf: d.asOf });
    if (r.blocked) throw issueError(r.issues, d.sheet, t);
    return [
      [...t.m.sheet.sequencesHeader],
      ...r.sequences.map((s) => [
        s.id,
        t.m.sequenceStatus[s.status],
        s.start,
        s.deadline,
        s.counted,
        s.requirements.reduce((n, q) => n + q.missing, 0),
        r.issues.length,
      ]),
    ];
  });
}

/**
 * One row per share of each billable séquence (séquence, beneficiary, name, identifier, amount), then its AMO /
 * AMC / patient parts. A key or settlement error is shown as a `#PCR` text, never an empty grid. `lang`: `fr`
 * (default) or `en`.
 *
 * @example
 * =PCR_QUOTE_PARTS("obesite-complexe-adulte"; Projet!A1:B6; Equipe!A1:H6; Patient!A1:B8; Prestations!A1:G40; TODAY(); "en")
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
    const d = documents(
      { typeId, project: projectRange, team: teamRange, patient: patientRange, prestations: prestationsRange, asOf },
      t,
    );
    const s = settle(d.type, d.project, d.path, { asOf: d.asOf });
    if (s.issues.some((i) => i.severity === 'error')) throw issueError(s.issues, d.sheet, t);
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
    return rows;
  });
}

/** The sheet functions, as the bundle exposes them (`PCR.sheet`). */
export const sheet = { PCR_ALLOCATE, PCR_SEQUENCES, PCR_QUOTE_PARTS };

export type { Range };
