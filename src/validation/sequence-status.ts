import type { IsoDate } from '../dates/calendar';
import type { SequenceDef } from '../schema/parcours-type';
import type { PatientPath } from '../schema/patient-path';
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
  // Optional fields set one by one, in the report's key order (no spreads: this runs for every séquence of every path).
  const requirements: RequirementReport[] = def.requirements.map((r, i) => {
    const done = tally.done[i] ?? 0;
    const missing = Math.max(0, r.min - done);
    const windowEnd = tally.windowEnds[i] ?? w.deadline;
    const dueBy = windowEnd < lastDay ? windowEnd : lastDay;
    const line = { index: i, codes: requirementCodes(r) } as Mutable<RequirementReport>;
    if (r.label !== undefined) line.label = r.label;
    line.min = r.min;
    if (r.max !== undefined) line.max = r.max;
    line.done = done;
    line.missing = missing;
    line.dueBy = dueBy;
    line.overdue = missing > 0 && dueBy < asOf;
    return line;
  });
  const report = { id: def.id } as Mutable<SequenceReport>;
  if (def.label !== undefined) report.label = def.label;
  report.status = status;
  report.start = w.start;
  report.deadline = w.deadline;
  if (status === 'completed' && completedOn !== undefined) report.completedOn = completedOn;
  if (endedOn !== undefined) report.endedOn = endedOn;
  report.requirements = requirements;
  report.counted = tally.countedIds.length;
  report.countedIds = tally.countedIds; // the tally is the path's own, built for this report
  return report;
}
