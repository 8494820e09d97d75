import type { IsoDate } from '../dates/iso-date';
import type { RequirementDef, SequenceDef } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import type { SequenceStatus } from '../domain/vocabulary';
import type { RequirementReport, SequenceReport } from './report-types';
import type { SequenceTally } from './sequence-tally';
import type { SequenceWindow } from './timeline';
import { requirementCodes } from './type-index';

/** What a séquence's report is made from. */
export interface SequenceFacts {
  readonly def: SequenceDef;
  readonly window: SequenceWindow;
  readonly tally: SequenceTally;
  readonly path: PatientPath;
  readonly asOf: IsoDate;
}

/** A séquence's status on `asOf`, and the day it ended when it ended incomplete. */
function statusOf(
  window: SequenceWindow,
  completedOn: IsoDate | undefined,
  exit: IsoDate | undefined,
  asOf: IsoDate,
): { status: SequenceStatus; endedOn?: IsoDate } {
  if (exit !== undefined && exit < window.start) return { status: 'not-started' };
  if (window.start > asOf) return { status: 'pending' };
  if (completedOn !== undefined && completedOn <= asOf) return { status: 'completed' };
  if (exit !== undefined && exit <= window.deadline) return { status: 'incomplete', endedOn: exit };
  if (window.deadline < asOf) return { status: 'incomplete', endedOn: window.deadline };
  return { status: 'in-progress' };
}

/** One requirement's line: done against min / max, what is missing and by when (every key present, as in every line). */
function requirementLine(
  r: RequirementDef,
  index: number,
  count: { readonly done: number; readonly dueBy: IsoDate },
  asOf: IsoDate,
): RequirementReport {
  const { done, dueBy } = count;
  const missing = Math.max(0, r.min - done);
  return {
    index,
    codes: requirementCodes(r),
    label: r.label,
    min: r.min,
    max: r.max,
    done,
    missing,
    dueBy,
    overdue: missing > 0 && dueBy < asOf,
  };
}

/**
 * Builds the report of one séquence from its dates and counts: its status on `asOf`, and for each requirement the
 * count done against min / max, what is missing and by when. A séquence without requirements is completed on
 * its start.
 *
 * @example
 * const window = { id: 'S1', start: '2026-05-31', deadline: '2026-11-30' };
 * sequenceReport({ def: type.sequences[0], window, tally: emptyTally(type.sequences[0], window), path, asOf: '2026-11-22' }).status // 'in-progress'
 */
export function sequenceReport(facts: SequenceFacts): SequenceReport {
  const { def, window: w, tally, path, asOf } = facts;
  const exit = path.exit && path.exit.date <= asOf ? path.exit.date : undefined;
  const completedOn = def.requirements.length === 0 ? w.start : tally.completedOn;
  const { status, endedOn } = statusOf(w, completedOn, exit, asOf);
  const lastDay = exit !== undefined && exit < w.deadline ? exit : w.deadline;
  const requirements = def.requirements.map((r, i) => {
    const windowEnd = tally.windowEnds[i] ?? w.deadline;
    const dueBy = windowEnd < lastDay ? windowEnd : lastDay;
    return requirementLine(r, i, { done: tally.done[i] ?? 0, dueBy }, asOf);
  });
  return {
    id: def.id,
    label: def.label,
    status,
    start: w.start,
    deadline: w.deadline,
    completedOn: status === 'completed' ? completedOn : undefined,
    endedOn,
    requirements,
    counted: tally.countedIds.length,
    countedIds: tally.countedIds,
  };
}
