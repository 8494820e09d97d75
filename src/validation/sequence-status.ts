import type { IsoDate } from '../dates/calendar';
import type { RequirementDef, SequenceDef } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import { requirementCodes, type SequenceTally } from './prestation-assignment';
import type { RequirementReport, SequenceReport, SequenceStatus } from './report-types';
import type { SequenceWindow } from './timeline';
import type { Mutable } from '../domain/mutable';

/**
 * Builds the report of one séquence from its dates and counts: its status on `asOf`, and for each requirement the
 * count done against min / max, what is missing and by when. A séquence without requirements is completed on
 * its start.
 *
 * @example
 * sequenceReport(def, window, tally, path, '2026-11-22').status // 'in-progress'
 */
export function sequenceReport(def: SequenceDef, w: SequenceWindow, tally: SequenceTally, path: PatientPath, asOf: IsoDate): SequenceReport {
  const exit = path.exit && path.exit.date <= asOf ? path.exit.date : undefined;
  const completedOn = def.requirements.length === 0 ? w.start : tally.completedOn;
  let status: SequenceStatus;
  let endedOn: IsoDate | undefined;
  if (exit !== undefined && exit < w.start) status = 'not-started';
  else if (w.start > asOf) status = 'pending';
  else if (completedOn !== undefined && completedOn <= asOf) status = 'completed';
  else if (exit !== undefined && exit <= w.deadline) {
    status = 'incomplete';
    endedOn = exit;
  } else if (w.deadline < asOf) {
    status = 'incomplete';
    endedOn = w.deadline;
  } else status = 'in-progress';

  const lastDay = exit !== undefined && exit < w.deadline ? exit : w.deadline;
  const requirements: RequirementReport[] = def.requirements.map((r, i) => {
    const done = tally.done[i] ?? 0;
    const missing = Math.max(0, r.min - done);
    const windowEnd = tally.windowEnds[i] ?? w.deadline;
    const dueBy = windowEnd < lastDay ? windowEnd : lastDay;
    return requirementLine(r, i, done, missing, dueBy, missing > 0 && dueBy < asOf);
  });
  const shown = status === 'completed' ? completedOn : undefined;
  const counted = tally.countedIds.length;
  const countedIds = tally.countedIds; // the tally is the path's own, built for this report
  const { id, label } = def;
  const { start, deadline } = w;
  // The common shapes (a labelled séquence) in one literal each, in the report's key order; the others field by field.
  if (label !== undefined) {
    if (shown !== undefined) return { id, label, status, start, deadline, completedOn: shown, requirements, counted, countedIds };
    if (endedOn !== undefined) return { id, label, status, start, deadline, endedOn, requirements, counted, countedIds };
    return { id, label, status, start, deadline, requirements, counted, countedIds };
  }
  const report = { id } as Mutable<SequenceReport>;
  report.status = status;
  report.start = start;
  report.deadline = deadline;
  if (shown !== undefined) report.completedOn = shown;
  if (endedOn !== undefined) report.endedOn = endedOn;
  report.requirements = requirements;
  report.counted = counted;
  report.countedIds = countedIds;
  return report;
}

/** One requirement's line, in RequirementReport's key order (labelled requirements in one literal). */
function requirementLine(r: RequirementDef, index: number, done: number, missing: number, dueBy: IsoDate, overdue: boolean): RequirementReport {
  const codes = requirementCodes(r);
  const { label, min, max } = r;
  if (label !== undefined) {
    return max !== undefined ? { index, codes, label, min, max, done, missing, dueBy, overdue } : { index, codes, label, min, done, missing, dueBy, overdue };
  }
  const line = { index, codes } as Mutable<RequirementReport>;
  line.min = min;
  if (max !== undefined) line.max = max;
  line.done = done;
  line.missing = missing;
  line.dueBy = dueBy;
  line.overdue = overdue;
  return line;
}
