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
import { cellDate, CellError, SHEET, type Cell, type Range } from './cell-values';
import { pathFromRanges, projectFromRanges } from './sheet-documents';

/** What a sheet function returns: a 2-D array of cells, or an error text shown in the cell. */
export type SheetResult = (string | number)[][] | string;

const firstIssue = (issues: readonly Issue[]) => {
  const i = issues.find((x) => x.severity === 'error') ?? issues[0];
  return i ? `${i.code} @ ${i.path.join('.')} — ${i.message}` : SHEET.m.sheet.internalError;
};

/** Runs a sheet function body, turning every failure into a readable `#PCR` text instead of a script error. */
function guarded(body: () => (string | number)[][]): SheetResult {
  try {
    return body();
  } catch (e) {
    return `#PCR ${e instanceof CellError ? e.message : SHEET.m.sheet.internalError}`;
  }
}

function documents(
  typeId: Cell,
  projectRange: unknown,
  teamRange: unknown,
  patientRange: unknown,
  prestationsRange: unknown,
  asOf: Cell,
): { type: ParcoursType; project: ParcoursProject; path: PatientPath; asOf: string } {
  const on = cellDate(asOf, 'asOf');
  if (on === null) throw new CellError(SHEET.m.sheet.dateExpected({ what: 'asOf' }, SHEET.f));
  const id = String(typeId ?? '').trim();
  const path = parsePatientPath(pathFromRanges(patientRange, prestationsRange, id));
  if (!path.ok)
    throw new CellError(
      SHEET.m.sheet.documentIssue({ range: SHEET.m.sheet.ranges.patient, issue: firstIssue(path.issues) }, SHEET.f),
    );
  const type = shippedCatalog().resolve(id, path.value.inclusion.date);
  if (!type.ok) throw new CellError(firstIssue(type.issues));
  const project = parseProject(projectFromRanges(projectRange, teamRange, id));
  if (!project.ok)
    throw new CellError(
      SHEET.m.sheet.documentIssue({ range: SHEET.m.sheet.ranges.project, issue: firstIssue(project.issues) }, SHEET.f),
    );
  return { type: type.value, project: project.value, path: path.value, asOf: on };
}

/**
 * `=PCR_ALLOCATE(amount; weights)`: splits an amount by a column of weights, exactly, to the cent.
 *
 * @example
 * PCR_ALLOCATE(100, [[30], [20], [40], [40]]) // [[23.08], [15.38], [30.77], [30.77]]
 */
export function PCR_ALLOCATE(amount: Cell, weights: unknown): SheetResult {
  return guarded(() => {
    const a = canonicalAmount(typeof amount === 'string' ? amount.replace(',', '.').trim() : amount);
    if (a === null) throw new CellError(SHEET.m.sheet.invalidAmount);
    const column = (
      Array.isArray(weights) ? (weights as Cell[][]).map((r) => (Array.isArray(r) ? r[0] : r)) : [weights as Cell]
    ).map((w) => (typeof w === 'string' ? w.replace(',', '.').trim() : w));
    const parts = allocateCents(
      toCents(a),
      column.map((w) => (w === null || w === undefined || w === '' ? '0' : String(w))),
    );
    if (typeof parts === 'string') throw new CellError(SHEET.m.sheet.invalidWeights({ reason: parts }, SHEET.f));
    return parts.map((c) => [Number(formatCents(c))]);
  });
}

/**
 * `=PCR_SEQUENCES(type; project; team; patient; prestations; asOf)`: one row per séquence with its status,
 * dates and what is still missing.
 *
 * @example
 * PCR_SEQUENCES('obesite-complexe-adulte', projectRange, teamRange, patientRange, prestationsRange, '2026-12-15')
 */
export function PCR_SEQUENCES(
  typeId: Cell,
  projectRange: unknown,
  teamRange: unknown,
  patientRange: unknown,
  prestationsRange: unknown,
  asOf: Cell,
): SheetResult {
  return guarded(() => {
    const d = documents(typeId, projectRange, teamRange, patientRange, prestationsRange, asOf);
    const r = validatePath(d.type, d.project, d.path, { asOf: d.asOf });
    return [
      ['séquence', 'statut', 'début', 'échéance', 'comptées', 'manquantes', 'constats'],
      ...r.sequences.map((s) => [
        s.id,
        s.status,
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
 * `=PCR_QUOTE_PARTS(type; project; team; patient; prestations; asOf)`: one row per share of each billable
 * séquence (beneficiary, payee, identifier, amount), then the AMO / AMC / patient split of each séquence.
 *
 * @example
 * PCR_QUOTE_PARTS('obesite-complexe-adulte', projectRange, teamRange, patientRange, prestationsRange, 46371)
 */
export function PCR_QUOTE_PARTS(
  typeId: Cell,
  projectRange: unknown,
  teamRange: unknown,
  patientRange: unknown,
  prestationsRange: unknown,
  asOf: Cell,
): SheetResult {
  return guarded(() => {
    const d = documents(typeId, projectRange, teamRange, patientRange, prestationsRange, asOf);
    const s = settle(d.type, d.project, d.path, { asOf: d.asOf });
    const rows: (string | number)[][] = [['séquence', 'bénéficiaire', 'versé à', 'identifiant', 'montant']];
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
        [q.sequence, 'AMC', '', '', Number(q.payers.amc)],
        [q.sequence, 'patient', '', '', Number(q.payers.patient)],
      );
    }
    return rows;
  });
}

/** The sheet functions, as the spreadsheet bundle exposes them under `PCR.sheet`. */
export const sheet = { PCR_ALLOCATE, PCR_SEQUENCES, PCR_QUOTE_PARTS };

export type { Range };
