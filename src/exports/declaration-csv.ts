import type { DeclarationEntry } from './declaration';
import { frenchCsv, frenchDecimal } from './french-csv';

/** Column headers of the declaration CSV, in order. A public contract: change it deliberately. */
export const DECLARATION_COLUMNS = [
  'structure_siret',
  'structure_finess',
  'patient',
  'type',
  'version',
  'statut_type',
  'sequence',
  'statut',
  'date_facturable',
  'forfait',
  'part_amo',
  'part_amc',
  'part_patient',
  'beneficiaire',
  'type_identifiant',
  'identifiant',
  'montant',
] as const;

/**
 * The billing declaration as a CSV for French spreadsheets: one row per payee line, the séquence's columns repeated
 * on each; amounts with a decimal comma.
 *
 * @example
 * fs.writeFileSync('declaration.csv', declarationCsv(entries));
 */
export function declarationCsv(entries: readonly DeclarationEntry[]): string {
  const rows: string[][] = [[...DECLARATION_COLUMNS]];
  for (const e of entries) {
    for (const l of e.lines) {
      rows.push([
        e.structure.siret ?? '',
        e.structure.finess ?? '',
        e.patientRef,
        e.type.id,
        e.type.version,
        e.type.status,
        e.sequence,
        e.status === 'completed' ? 'complete' : 'incomplete',
        e.billableOn,
        frenchDecimal(e.forfait),
        frenchDecimal(e.amo),
        frenchDecimal(e.amc),
        frenchDecimal(e.patient),
        l.beneficiary,
        l.payee.idType,
        l.payee.id,
        frenchDecimal(l.amount),
      ]);
    }
  }
  return frenchCsv(rows);
}
