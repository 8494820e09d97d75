import type { IsoDate } from '../dates/iso-date';
import { formatCents } from '../money/decimal';
import type { ParcoursType } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import type { ParcoursProject } from '../documents/project';
import { modulatedForfait } from '../settlement/forfait-amount';
import type { PathReport } from '../validation/report-types';
import { validatePath } from '../validation/validate-path';
import { inTeamOn } from '../validation/prestation-checks';

/** One thing still to do for a patient. */
export interface WorkItem {
  /** The patient's pseudonymous reference. */
  readonly patientRef: string;
  /** The séquence the requirement belongs to. */
  readonly sequence: string;
  /** What to do: prestations for a requirement, or the attestation an ended séquence waits for to be billed. */
  readonly task: 'prestations' | 'attestation';
  /** The prestation codes that satisfy the requirement (none for an attestation). */
  readonly codes: readonly string[];
  /** How many are still needed. */
  readonly missing: number;
  /** The first day on which they count, when later than the séquence start (for an attestation: its end). */
  readonly dueFrom?: IsoDate;
  /** The last day on which they still count (for an attestation: the séquence's end, from which it can be signed). */
  readonly dueBy: IsoDate;
  /** True when `dueBy` is before the evaluation date. */
  readonly overdue: boolean;
  /** Team members whose profession may perform one of the codes, by id. */
  readonly performers: readonly string[];
  /**
   * True when doing it makes the séquence billable: the last requirement missing (of a séquence that needs no
   * attestation), or the attestation itself.
   */
  readonly completesSequence: boolean;
  /** The séquence's full forfait (what becomes billable on completion). */
  readonly sequenceForfait: string;
}

/**
 * What is due next for one path on `asOf`: each unmet requirement of the séquences that have not ended (pending
 * or in progress), with its window, whether it is overdue, who in the team can do it, and whether doing it makes
 * the séquence billable; and each ended séquence that waits for its attestation. Sorted by due date. A blocked path
 * has no work items.
 *
 * @example
 * worklist(type, project, path, { asOf: '2027-06-15' })[0] // { sequence: 'S2', task: 'prestations', codes: ['BILAN_FINAL'], missing: 1, dueFrom: '2028-04-02', dueBy: '2028-06-01' }
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
    const def = type.sequences.find((s) => s.id === (seq.of ?? seq.id));
    if (!def) continue;
    const forfait = () => formatCents(modulatedForfait(type, def, path).modulated);
    const ended = seq.completedOn ?? seq.endedOn;
    if (seq.attestation && seq.attestation.signedOn === undefined && ended !== undefined) {
      if (seq.status === 'completed' || def.incomplete.policy !== 'none')
        items.push({
          patientRef: report.patientRef,
          sequence: seq.id,
          task: 'attestation',
          codes: [],
          missing: 1,
          dueFrom: ended,
          dueBy: ended,
          overdue: false,
          performers: [],
          completesSequence: true,
          sequenceForfait: forfait(),
        });
      continue;
    }
    if (seq.status !== 'pending' && seq.status !== 'in-progress') continue;
    const open = seq.requirements.filter((r) => r.missing > 0);
    for (const r of open) {
      const performers = project.team
        .filter((m) => inTeamOn(m, r.dueBy) && r.codes.some((c) => byCode.get(c)?.has(m.profession)))
        .map((m) => m.id)
        .sort();
      items.push({
        patientRef: report.patientRef,
        sequence: seq.id,
        task: 'prestations',
        codes: r.codes,
        missing: r.missing,
        dueFrom: r.dueFrom,
        dueBy: r.dueBy,
        overdue: r.overdue,
        performers,
        // Completing a séquence that needs an attestation makes it billable only once that is signed.
        completesSequence: open.length === 1 && def.requiresAttestation !== true,
        sequenceForfait: forfait(),
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
 * sortWorkItems([...items].reverse()).map((w) => w.codes[0]) // ['BILAN_ETAPE', 'CONSULTATION_MEDICALE', 'BILAN_FINAL']
 */
export function sortWorkItems(items: readonly WorkItem[]): WorkItem[] {
  return [...items].sort((a, b) => (workItemKey(a) < workItemKey(b) ? -1 : workItemKey(a) > workItemKey(b) ? 1 : 0));
}

/**
 * The text a worklist is sorted by: due date, then patient, séquence, task and codes.
 *
 * @example
 * workItemKey(items[0]).startsWith(items[0].dueBy) // true
 */
export function workItemKey(w: WorkItem): string {
  return `${w.dueBy}\u0000${w.patientRef}\u0000${w.sequence}\u0000${w.task}\u0000${w.codes.join('|')}`;
}
