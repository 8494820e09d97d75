import type { WorkItem } from '../operations/worklist';
import { frenchCsv, frenchDecimal } from './french-csv';

/** Column headers of the worklist CSV, in order. A public contract: change it deliberately. */
export const WORKLIST_COLUMNS = [
  'a_partir_du',
  'echeance',
  'en_retard',
  'patient',
  'sequence',
  'tache',
  'prestations',
  'manquantes',
  'intervenants',
  'complete_la_sequence',
  'forfait_sequence',
] as const;

/**
 * The worklist as a CSV for French spreadsheets (UTF-8 with BOM, `;`, decimal comma): one row per thing to do; the
 * yes / no columns read `oui` / `non`, values of this format.
 *
 * @example
 * worklistCsv([]).split('\r\n')[0] // '\uFEFFa_partir_du;echeance;en_retard;patient;sequence;tache;prestations;manquantes;intervenants;complete_la_sequence;forfait_sequence'
 */
export function worklistCsv(items: readonly WorkItem[]): string {
  const yes = (b: boolean) => (b ? 'oui' : 'non');
  return frenchCsv([
    [...WORKLIST_COLUMNS],
    ...items.map((w) => [
      w.dueFrom ?? '',
      w.dueBy,
      yes(w.overdue),
      w.patientRef,
      w.sequence,
      w.task,
      w.codes.join('|'),
      String(w.missing),
      w.performers.join('|'),
      yes(w.completesSequence),
      frenchDecimal(w.sequenceForfait),
    ]),
  ]);
}
