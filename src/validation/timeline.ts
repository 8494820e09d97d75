import { addDays, addMonths, type IsoDate } from '../dates/calendar';
import type { IssueSink } from '../issues/issue-sink';
import type { ParcoursType } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';

/** Start and deadline (both inclusive) of one séquence. */
export interface SequenceWindow {
  readonly id: string;
  readonly start: IsoDate;
  readonly deadline: IsoDate;
}

/** The dates that frame a path. */
export interface Timeline {
  readonly parcoursEnd: IsoDate;
  readonly sequences: readonly SequenceWindow[];
}

/**
 * Lays out the path's dates. Durations run "date à date" from the inclusion: a séquence ending N months after
 * inclusion has its deadline on `addMonths(inclusion, N)` (31 January + 1 month → 28 or 29 February), and the
 * next séquence starts the day after. Offsets are always taken from the inclusion so month ends never drift.
 * Each accepted renewal extends the parcours end, and the séquences that ended with it, by the renewal months.
 *
 * @example
 * buildTimeline(type, path, issueSink('path', 'fr')).sequences[0] // { id: 'S1', start: '2026-05-31', deadline: '2026-11-30' }
 */
export function buildTimeline(type: ParcoursType, path: PatientPath, sink: IssueSink): Timeline {
  const inclusion = path.inclusion.date;
  const baseEnd = addMonths(inclusion, type.duration.months);
  const parcoursEnd = applyRenewals(type, path, sink);
  const endOffset = new Map<string, number>();
  const sequences: SequenceWindow[] = [];
  for (const seq of type.sequences) {
    const startOffset = seq.start === 'inclusion' ? 0 : (endOffset.get(seq.start.after) ?? 0);
    const end = startOffset + seq.months;
    endOffset.set(seq.id, end);
    const start = startOffset === 0 ? inclusion : addDays(addMonths(inclusion, startOffset), 1);
    let deadline = addMonths(inclusion, end);
    if (deadline === baseEnd && parcoursEnd !== baseEnd) deadline = parcoursEnd;
    sequences.push({ id: seq.id, start, deadline });
  }
  return { parcoursEnd, sequences };
}

/** The parcours end after the path's renewals, each checked against the type's rule and the period it extends. */
function applyRenewals(type: ParcoursType, path: PatientPath, sink: IssueSink): IsoDate {
  const inclusion = path.inclusion.date;
  const renewals = [...(path.renewals ?? [])]
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  const rule = type.duration.renewals;
  let end = addMonths(inclusion, type.duration.months);
  let periodStart = inclusion;
  let accepted = 0;
  for (const r of renewals) {
    if (!rule || accepted >= rule.max) {
      sink.add('RENEWAL_NOT_ALLOWED', ['renewals', r.i, 'date'], { max: rule?.max ?? 0 });
      continue;
    }
    if (r.date < periodStart || r.date > end) {
      sink.add('RENEWAL_OUT_OF_PERIOD', ['renewals', r.i, 'date'], { date: r.date, start: periodStart, end });
      continue;
    }
    accepted++;
    periodStart = addDays(end, 1);
    end = addMonths(inclusion, type.duration.months + accepted * rule.months);
  }
  return end;
}
