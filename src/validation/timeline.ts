import { addDays, addMonths, type IsoDate } from '../dates/calendar';
import { byText } from '../domain/text-order';
import type { IssueSink } from '../issues/issue-sink';
import type { ParcoursType, SequenceDef } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';

/** Start and deadline (both inclusive) of one séquence, or of one occurrence of a recurring séquence. */
export interface SequenceWindow {
  /** The séquence's id; an occurrence of a recurring séquence is `ID.1`, `ID.2`… */
  readonly id: string;
  /** Its definition in the type. */
  readonly def: SequenceDef;
  /** The occurrence's number, for a recurring séquence. */
  readonly occurrence?: number;
  readonly start: IsoDate;
  /** The deadline, with the séquence's extension and the parcours' renewals. */
  readonly deadline: IsoDate;
  /** The deadline without extension: an extension must be decided by then. */
  readonly nominalDeadline: IsoDate;
}

/** The dates that frame a path. */
export interface Timeline {
  /** The last day of the parcours. */
  readonly parcoursEnd: IsoDate;
  /** The séquences (and occurrences), in the type's order. */
  readonly sequences: readonly SequenceWindow[];
}

/**
 * Lays out the path's dates. Durations run "date à date" from the inclusion: a séquence ending N months after
 * inclusion has its deadline on `addMonths(inclusion, N)` (31 January + 1 month → 28 or 29 February), and the
 * next séquence starts the day after. Offsets are always taken from the inclusion so month ends never drift.
 * An extension recorded in the path lengthens its séquence and moves the séquences after it. Each accepted renewal
 * extends the parcours end, and the séquences that ended with it, by the renewal months. A recurring séquence starts
 * again the day after each deadline until the parcours ends.
 *
 * @example
 * buildTimeline(type, path, issueSink('path', 'fr')).sequences[0].deadline // '2027-06-01'
 */
export function buildTimeline(type: ParcoursType, path: PatientPath, sink: IssueSink): Timeline {
  // Without renewals or extensions, a frozen type's timeline depends on the inclusion date only, and raises nothing:
  // it is computed once per inclusion date (a file active has a few hundred), its windows shared read-only.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: laid out afresh instead of kept, the timeline is the same (the cache only saves time)
  if ((path.renewals?.length ?? 0) > 0 || (path.extensions?.length ?? 0) > 0 || !Object.isFrozen(type))
    return timelineOf(type, path, sink);
  let byInclusion = KEPT.get(type);
  // Stryker disable next-line ConditionalExpression: a new map each time only keeps nothing (the timeline is the same)
  if (byInclusion === undefined) {
    byInclusion = new Map();
    KEPT.set(type, byInclusion);
  }
  let timeline = byInclusion.get(path.inclusion.date);
  // Stryker disable next-line ConditionalExpression: laying the timeline out again gives the same one (it only costs time)
  if (timeline === undefined) {
    timeline = timelineOf(type, path, sink);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound of the cache only frees memory
    if (byInclusion.size >= KEPT_MAX) byInclusion.clear();
    byInclusion.set(path.inclusion.date, timeline);
  }
  return timeline;
}

/** The timelines of frozen types for paths without renewals or extensions, by inclusion date (up to KEPT_MAX). */
const KEPT = new WeakMap<ParcoursType, Map<IsoDate, Timeline>>();
const KEPT_MAX = 4096;

function timelineOf(type: ParcoursType, path: PatientPath, sink: IssueSink): Timeline {
  const inclusion = path.inclusion.date;
  const renewalMonths = applyRenewals(type, path, sink);
  const baseMonths = type.duration.months;
  const parcoursMonths = baseMonths + renewalMonths;
  const at = (months: number) => addMonths(inclusion, months);
  const dayAfter = (months: number) => (months === 0 ? inclusion : addDays(at(months), 1));
  const extensions = extensionLedger(path, sink);
  const endOffset = new Map<string, number>();
  const plannedEnd = new Map<string, number>();
  const sequences: SequenceWindow[] = [];
  let lastEnd = parcoursMonths;
  for (const def of type.sequences) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: 'inclusion'.after is undefined, which gives 0 too
    const startOffset = def.start === 'inclusion' ? 0 : (endOffset.get(def.start.after) ?? 0);
    if (def.recurring) {
      // A recurring séquence has no extension (TYPE_RECURRING_CONFLICT): its extensions are refused, dates unread.
      // Stryker disable next-line ObjectLiteral: the dates are read only for a séquence that has an extension
      extensions.granted(def, { start: dayAfter(startOffset), nominalDeadline: at(startOffset) });
      let s = startOffset;
      for (let k = 1; k === 1 || s < parcoursMonths; k++) {
        // Each occurrence lasts the séquence's months; the last one ends with the parcours.
        // Stryker disable next-line EqualityOperator: when s + months equals the parcours months both branches give it
        const end = s + def.months > parcoursMonths && s < parcoursMonths ? parcoursMonths : s + def.months;
        const deadline = at(end);
        sequences.push({
          id: `${def.id}.${k}`,
          def,
          occurrence: k,
          start: dayAfter(s),
          deadline,
          nominalDeadline: deadline,
        });
        s = end;
      }
      endOffset.set(def.id, s);
      continue;
    }
    const start = dayAfter(startOffset);
    const nominalEnd = startOffset + def.months;
    const extension = extensions.granted(def, { start, nominalDeadline: at(nominalEnd) });
    // Stryker disable next-line ConditionalExpression,StringLiteral: 'inclusion'.after is undefined, which gives 0 too
    const unmoved = (def.start === 'inclusion' ? 0 : (plannedEnd.get(def.start.after) ?? 0)) + def.months;
    plannedEnd.set(def.id, unmoved);
    let end = nominalEnd + extension;
    if (end === baseMonths && extension === 0) end = parcoursMonths;
    endOffset.set(def.id, end);
    // An extension (of this séquence or of one before it) moves the end of the parcours with it.
    if (end > unmoved) lastEnd = Math.max(lastEnd, end);
    sequences.push({ id: def.id, def, start, deadline: at(end), nominalDeadline: at(nominalEnd) });
  }
  extensions.reportUnknown();
  return { parcoursEnd: at(lastEnd), sequences };
}

/** The months the path's accepted renewals add to the parcours, each checked against the type's rule and period. */
function applyRenewals(type: ParcoursType, path: PatientPath, sink: IssueSink): number {
  const inclusion = path.inclusion.date;
  const renewals = [...(path.renewals ?? [])]
    .map((r, i) => ({ ...r, i }))
    // By date; the sort is stable and the list is in index order, so renewals of one day stay in index order.
    .sort((a, b) => byText(a.date, b.date));
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
  return rule ? accepted * rule.months : 0;
}

/**
 * The path's extensions, read séquence by séquence as the timeline reaches them: the months each grants, and the
 * issues of those refused (not allowed, twice, decided before the séquence or after its nominal deadline, too long).
 */
function extensionLedger(path: PatientPath, sink: IssueSink) {
  const list = (path.extensions ?? []).map((e, i) => ({ e, i }));
  const seen = new Set<number>();
  return {
    granted(def: SequenceDef, dates: { readonly start: IsoDate; readonly nominalDeadline: IsoDate }): number {
      let months = 0;
      let first = true;
      for (const { e, i } of list) {
        if (e.sequence !== def.id) continue;
        seen.add(i);
        const at = ['extensions', i];
        if (def.extension === undefined) {
          sink.add('EXTENSION_NOT_ALLOWED', [...at, 'sequence'], { sequence: def.id });
          continue;
        }
        if (!first) {
          sink.add('EXTENSION_DUPLICATE', at, { sequence: def.id });
          continue;
        }
        first = false;
        const asked = e.months ?? def.extension.maxMonths - def.months;
        if (e.date < dates.start)
          sink.add('EXTENSION_TOO_EARLY', [...at, 'date'], { date: e.date, start: dates.start, sequence: def.id });
        else if (e.date > dates.nominalDeadline)
          sink.add('EXTENSION_TOO_LATE', [...at, 'date'], {
            date: e.date,
            deadline: dates.nominalDeadline,
            sequence: def.id,
          });
        else if (def.months + asked > def.extension.maxMonths)
          sink.add('EXTENSION_TOO_LONG', [...at, 'months'], {
            months: asked,
            max: def.extension.maxMonths - def.months,
            sequence: def.id,
          });
        else months = asked;
      }
      return months;
    },
    /** Extensions naming a séquence the type does not have. */
    reportUnknown(): void {
      // Every extension naming a séquence of the type was seen when the timeline reached that séquence.
      for (const { e, i } of list)
        if (!seen.has(i)) sink.add('EXTENSION_NOT_ALLOWED', ['extensions', i, 'sequence'], { sequence: e.sequence });
    },
  };
}
