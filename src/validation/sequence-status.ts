import type { IsoDate } from '../dates/iso-date';
import type { RequirementDef } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import type { SequenceStatus } from '../domain/vocabulary';
import type { IssueSink } from '../issues/issue-sink';
import type { RequirementReport, SequenceReport } from './report-types';
import type { SequenceTally } from './sequence-tally';
import type { SequenceWindow } from './timeline';
import { requirementCodes } from './type-index';

/** What a séquence's report is made from. */
export interface SequenceFacts {
  readonly window: SequenceWindow;
  readonly tally: SequenceTally;
  readonly path: PatientPath;
  readonly asOf: IsoDate;
  /** Every prestation code of the type (what an `any` requirement accepts). */
  readonly typeCodes: readonly string[];
  /** Where the attestations' issues go. */
  readonly sink: IssueSink;
}

/** A séquence's status on `asOf`, and the day it ended when it ended incomplete. */
function statusOf(
  window: SequenceWindow,
  completedOn: IsoDate | undefined,
  exit: IsoDate | undefined,
  asOf: IsoDate,
): { status: SequenceStatus; endedOn?: IsoDate } {
  // Stryker disable next-line ConditionalExpression: undefined compared with a date is false
  if (exit !== undefined && exit < window.start) return { status: 'not-started' };
  if (window.start > asOf) return { status: 'pending' };
  // completedOn is never after asOf (a prestation after it is refused; a séquence without requirements completes on
  // its start, reached here on or before asOf), and undefined compared with a date is false.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: completedOn is never after asOf, and undefined <= a date is false
  if (completedOn !== undefined && completedOn <= asOf) return { status: 'completed' };
  // Stryker disable next-line ConditionalExpression: undefined compared with a date is false
  if (exit !== undefined && exit <= window.deadline) return { status: 'incomplete', endedOn: exit };
  if (window.deadline < asOf) return { status: 'incomplete', endedOn: window.deadline };
  return { status: 'in-progress' };
}

/** One requirement's line: done against min / max, what is missing and by when (every key present, as in every line). */
function requirementLine(
  r: RequirementDef,
  index: number,
  count: {
    readonly done: number;
    readonly from: IsoDate | undefined;
    readonly dueBy: IsoDate;
    readonly codes: readonly string[];
  },
  asOf: IsoDate,
): RequirementReport {
  const { done, dueBy } = count;
  const missing = Math.max(0, r.min - done);
  return {
    index,
    codes: count.codes,
    any: r.any,
    label: r.label,
    min: r.min,
    max: r.max,
    done,
    missing,
    dueFrom: count.from,
    dueBy,
    overdue: missing > 0 && dueBy < asOf,
  };
}

/**
 * The day the séquence's attestation was signed, when it requires one: the first attestation of the path for it,
 * signed on or before `asOf` and not before the séquence ended. An attestation signed before the end is refused
 * (ATTESTATION_BEFORE_END); one for a séquence that requires none is ignored (ATTESTATION_NOT_REQUIRED).
 */
function attestationOf(facts: SequenceFacts, ended: IsoDate | undefined): IsoDate | undefined {
  const { window: w, path, asOf, sink } = facts;
  let signedOn: IsoDate | undefined;
  // Stryker disable next-line ArrayDeclaration: a string element names no séquence, so it is skipped like no element
  (path.attestations ?? []).forEach((a, i) => {
    if (a.sequence !== w.id || a.date > asOf) return;
    if (w.def.requiresAttestation !== true) {
      sink.add('ATTESTATION_NOT_REQUIRED', ['attestations', i, 'sequence'], { sequence: w.id });
      return;
    }
    if (ended === undefined || a.date < ended) {
      sink.add('ATTESTATION_BEFORE_END', ['attestations', i, 'date'], {
        date: a.date,
        sequence: w.id,
        end: ended ?? w.deadline,
      });
      return;
    }
    // Stryker disable next-line EqualityOperator: an attestation signed the same day as the one kept gives that day either way
    if (signedOn === undefined || a.date < signedOn) signedOn = a.date;
  });
  return signedOn;
}

/**
 * Builds the report of one séquence (or occurrence) from its dates and counts: its status on `asOf`, and for each
 * requirement the count done against min / max, what is missing and from when to when. A séquence without
 * requirements is completed on its start. A séquence that requires an attestation says when it was signed.
 *
 * @example
 * const window = { id: 'S1', def: type.sequences[0], start: '2026-05-31', deadline: '2027-05-31', nominalDeadline: '2027-05-31' };
 * sequenceReport({ window, tally: emptyTally(type.sequences[0], window), path, asOf: '2026-11-22', typeCodes: [], sink: issueSink('path', 'fr') }).status // 'in-progress'
 */
export function sequenceReport(facts: SequenceFacts): SequenceReport {
  const { window: w, tally, path, asOf } = facts;
  const def = w.def;
  const exit = path.exit && path.exit.date <= asOf ? path.exit.date : undefined;
  const completedOn = def.requirements.length === 0 ? w.start : tally.completedOn;
  const { status, endedOn } = statusOf(w, completedOn, exit, asOf);
  // The last day is only read capped by a requirement window's end, never after the deadline: an exit after the
  // deadline taken as the last day gives the same due dates.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: the last day is read capped by a window end, never after the deadline
  const lastDay = exit !== undefined && exit < w.deadline ? exit : w.deadline;
  const requirements = def.requirements.map((r, i) => {
    const windowEnd = tally.windowEnds[i] ?? w.deadline;
    const from = tally.windowStarts[i];
    // Stryker disable next-line EqualityOperator: when the two days are equal both branches give that day
    const dueBy = windowEnd < lastDay ? windowEnd : lastDay;
    const codes = requirementCodes(r, facts.typeCodes);
    return requirementLine(
      r,
      i,
      { done: tally.done[i] ?? 0, from: from !== w.start ? from : undefined, dueBy, codes },
      asOf,
    );
  });
  const ended = status === 'completed' ? completedOn : endedOn;
  const signedOn = attestationOf(facts, ended);
  return {
    id: w.id,
    of: w.occurrence !== undefined ? def.id : undefined,
    occurrence: w.occurrence,
    label: def.label,
    status,
    start: w.start,
    deadline: w.deadline,
    // An occurrence of a recurring séquence has no extension: its nominal deadline is its deadline (buildTimeline).
    nominalDeadline: w.nominalDeadline !== w.deadline ? w.nominalDeadline : undefined,
    completedOn: status === 'completed' ? completedOn : undefined,
    endedOn,
    requirements,
    counted: tally.countedIds.length,
    countedIds: tally.countedIds,
    attestation: def.requiresAttestation === true ? { signedOn } : undefined,
  };
}
