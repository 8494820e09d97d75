import type { Column, Row } from './columns';
import type { DeclaredEntry } from './declaration';
import { csvHeader, csvRows } from './french-csv';

/** Columns of the declaration (CSV and XLSX), in order, with what each holds. A public contract: change it deliberately. */
export const DECLARATION_TABLE: readonly Column[] = [
  { name: 'structure_siret', kind: 'text' },
  { name: 'structure_finess', kind: 'text' },
  { name: 'patient', kind: 'text' },
  { name: 'type', kind: 'text' },
  { name: 'version', kind: 'text' },
  { name: 'statut_type', kind: 'text' },
  { name: 'sequence', kind: 'text' },
  { name: 'statut', kind: 'text' },
  { name: 'date_facturable', kind: 'date' },
  { name: 'forfait', kind: 'money' },
  { name: 'part_amo', kind: 'money' },
  { name: 'part_amc', kind: 'money' },
  { name: 'organisme_amc', kind: 'text' },
  { name: 'part_patient', kind: 'money' },
  { name: 'beneficiaire', kind: 'text' },
  { name: 'type_identifiant', kind: 'text' },
  { name: 'identifiant', kind: 'text' },
  { name: 'montant', kind: 'money' },
  { name: 'nature', kind: 'text' },
  { name: 'montant_precedent', kind: 'money' },
  { name: 'version_precedente', kind: 'text' },
  { name: 'forfait_precedent', kind: 'money' },
  { name: 'part_amo_precedente', kind: 'money' },
  { name: 'part_amc_precedente', kind: 'money' },
  { name: 'part_patient_precedente', kind: 'money' },
  { name: 'date_declaration', kind: 'date' },
];

/** Column headers of the declaration CSV, in order. A public contract: change it deliberately. */
export const DECLARATION_COLUMNS: readonly string[] = DECLARATION_TABLE.map((c) => c.name);

/**
 * The rows of one declared séquence: one per payee line, the séquence's columns repeated on each; amounts as
 * `1234.50`, dates as `YYYY-MM-DD` (each format writes them its way). The last eight columns say what the row is
 * for the payer (see {@link declarationDelta}): `nature` (the line's: `annulation` for a payee line cancelled in a
 * rectified entry, else the entry's; empty for a plain entry), `montant_precedent` (the line's previous amount), the
 * séquence's previous version, forfait and parts (empty unless the entry corrects a previous one), and
 * `date_declaration` (empty when not given).
 *
 * @example
 * declarationRows(entries[0])[0][9] // '1061.40'
 */
export function declarationRows(e: DeclaredEntry): Row[] {
  return e.lines.map((l) => [
    e.structure.siret ?? '',
    e.structure.finess ?? '',
    e.patientRef,
    e.type.id,
    e.type.version,
    e.type.status,
    e.sequence,
    e.status === 'completed' ? 'complete' : 'incomplete',
    e.billableOn,
    e.forfait,
    e.amo,
    e.amc,
    e.amcOrganisation ?? '',
    e.patient,
    l.beneficiary,
    l.payee.idType,
    l.payee.id,
    l.amount,
    l.nature ?? e.nature ?? '',
    l.previousAmount ?? '',
    e.previous?.version ?? '',
    e.previous?.forfait ?? '',
    e.previous?.amo ?? '',
    e.previous?.amc ?? '',
    e.previous?.patient ?? '',
    e.declaredOn ?? '',
  ]);
}

/**
 * The billing declaration as a CSV for French spreadsheet users and programs (UTF-8 with BOM, `;`, decimal comma):
 * one row per payee line. To open in a spreadsheet, prefer the workbook (`pcr declare --xlsx`), where identifiers
 * stay text.
 *
 * @example
 * fs.writeFileSync('declaration.csv', declarationCsv(entries));
 */
export function declarationCsv(entries: readonly DeclaredEntry[]): string {
  let out = csvHeader(DECLARATION_TABLE);
  for (const e of entries) out += csvRows(DECLARATION_TABLE, declarationRows(e));
  return out;
}
