import type { WorkItem } from '../operations/worklist';
import type { Column, Row } from './columns';
import { csvHeader, csvRows } from './french-csv';

/** Columns of the worklist (CSV and XLSX), in order, with what each holds. A public contract: change it deliberately. */
export const WORKLIST_TABLE: readonly Column[] = [
  { name: 'a_partir_du', kind: 'date' },
  { name: 'echeance', kind: 'date' },
  { name: 'en_retard', kind: 'text' },
  { name: 'patient', kind: 'text' },
  { name: 'sequence', kind: 'text' },
  { name: 'tache', kind: 'text' },
  { name: 'prestations', kind: 'text' },
  { name: 'manquantes', kind: 'count' },
  { name: 'intervenants', kind: 'text' },
  { name: 'complete_la_sequence', kind: 'text' },
  { name: 'forfait_sequence', kind: 'money' },
];

/** Column headers of the worklist CSV, in order. A public contract: change it deliberately. */
export const WORKLIST_COLUMNS: readonly string[] = WORKLIST_TABLE.map((c) => c.name);

/**
 * One thing to do as a row of the worklist table; the yes / no columns read `oui` / `non`.
 *
 * @example
 * worklistRow(items[0])[2] // 'non'
 */
export function worklistRow(w: WorkItem): Row {
  const yes = (b: boolean) => (b ? 'oui' : 'non');
  return [
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
    w.sequenceForfait,
  ];
}

/**
 * The worklist as a CSV for French spreadsheets (UTF-8 with BOM, `;`, decimal comma): one row per thing to do.
 *
 * @example
 * worklistCsv([]).split('\r\n')[0] // '\uFEFFa_partir_du;echeance;en_retard;patient;sequence;tache;prestations;manquantes;intervenants;complete_la_sequence;forfait_sequence'
 */
export function worklistCsv(items: readonly WorkItem[]): string {
  return csvHeader(WORKLIST_TABLE) + csvRows(WORKLIST_TABLE, items.map(worklistRow));
}
