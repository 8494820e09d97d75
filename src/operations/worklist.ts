import type { IsoDate } from '../dates/iso-date';
import { formatCents } from '../money/decimal';
import type { ParcoursType } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import type { ParcoursProject } from '../documents/project';
import { modulatedForfait } from '../settlement/forfait-amount';
import type { PathReport } from '../validation/report-types';
import { validatePath } from '../validation/validate-path';

/** One thing still to do for a patient. */
export interface WorkItem {
  /** The patient's pseudonymous reference. */
  readonly patientRef: string;
  /** The séquence the requirement belongs to. */
  readonly sequence: string;
  /** The prestation codes that satisfy the requirement. */
  readonly codes: readonly string[];
  /** How many are still needed. */
  readonly missing: number;
  /** The last day on which they still count. */
  readonly dueBy: IsoDate;
  /** True when `dueBy` is before the evaluation date. */
  readonly overdue: boolean;
  /** Team members whose profession may perform one of the codes, by id. */
  readonly performers: readonly string[];
  /** True when this is the last requirement missing: doing it completes the séquence and makes it billable. */
  readonly completesSequence: boolean;
  /** The séquence's full forfait (what becomes billable on completion). */
  readonly sequenceForfait: string;
}

/**
 * What is due next for one path on `asOf`: each unmet requirement of the séquences that have not ended (pending
 * or in progress), with its due date, whether it is overdue, who in the team can do it, and whether doing it makes
 * the séquence billable. Sorted by due date. A blocked path has no work items.
 *
 * @example
 * worklist(type, project, path, { asOf: '2026-12-15' })[0] // { sequence: 'S2', codes: ['BILAN_FINAL'], missing: 1, dueBy: '2028-05-31' }
 */
export function worklist(
  type: ParcoursType,
  project: ParcoursProject,
  path: PatientPath,
  options: { asOf: IsoDate; report?: PathReport },
): WorkItem[] {
  const report = options.report ?? validatePath(type, project, path, { asOf: options.asOf });
  if (report.blocked) return [];
  const items: WorkItem[] = [];
  const byCode = new Map(type.prestations.map((p) => [p.code, new Set<string>(p.professions)]));
  for (const seq of report.sequences) {
    if (seq.status !== 'pending' && seq.status !== 'in-progress') continue;
    const def = type.sequences.find((s) => s.id === seq.id);
    if (!def) continue;
    const open = seq.requirements.filter((r) => r.missing > 0);
    const forfait = formatCents(modulatedForfait(type, def, path).modulated);
    for (const r of open) {
      const performers = project.team
        .filter((m) => r.codes.some((c) => byCode.get(c)?.has(m.profession)))
        .map((m) => m.id)
        .sort();
      items.push({
        patientRef: report.patientRef,
        sequence: seq.id,
        codes: r.codes,
        missing: r.missing,
        dueBy: r.dueBy,
        overdue: r.overdue,
        performers,
        completesSequence: open.length === 1,
        sequenceForfait: forfait,
      });
    }
  }
  return sortWorkItems(items);
}

/**
 * Sorts work items by due date, then patient, séquence and codes (stable across runs and machines).
 *
 * @example
 * const items = worklist(type, project, path, { asOf: '2026-12-15' });
 * sortWorkItems([...items].reverse()).map((w) => w.codes[0]) // ['BILAN_FINAL', 'SEANCE_DIET', 'SEANCE_PSY']
 */
export function sortWorkItems(items: readonly WorkItem[]): WorkItem[] {
  const key = (w: WorkItem) => `${w.dueBy}\u0000${w.patientRef}\u0000${w.sequence}\u0000${w.codes.join('|')}`;
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
