import type { Column, Row } from './columns';
import type { DeclarationEntry } from './declaration';
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
];

/** Column headers of the declaration CSV, in order. A public contract: change it deliberately. */
export const DECLARATION_COLUMNS: readonly string[] = DECLARATION_TABLE.map((c) => c.name);

/**
 * The rows of one declared séquence: one per payee line, the séquence's columns repeated on each; amounts as
 * `1234.50`, dates as `YYYY-MM-DD` (each format writes them its way).
 *
 * @example
 * declarationRows(entries[0])[0][9] // '1061.40'
 */
export function declarationRows(e: DeclarationEntry): Row[] {
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
export function declarationCsv(entries: readonly DeclarationEntry[]): string {
  let out = csvHeader(DECLARATION_TABLE);
  for (const e of entries) out += csvRows(DECLARATION_TABLE, declarationRows(e));
  return out;
}
