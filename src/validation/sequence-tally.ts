import { addDays, addMonths, type IsoDate } from '../dates/calendar';
import type { RequirementDef, SequenceDef } from '../documents/parcours-type';
import type { SequenceWindow } from './timeline';

/** What the counting produced for one séquence. */
export interface SequenceTally {
  /** Prestations counted, by requirement. */
  readonly done: number[];
  /** Ids of the counted prestations, in canonical order. */
  readonly countedIds: string[];
  /** First counting day of each requirement (computed once per path). */
  readonly windowStarts: readonly IsoDate[];
  /** Last counting day of each requirement (computed once per path). */
  readonly windowEnds: readonly IsoDate[];
  /** The day the last minimum was met. */
  completedOn?: IsoDate;
}

/**
 * Last day a prestation counts for a requirement: the window end (`withinDays` from the start, or `window.toMonths`
 * months from it), never past the séquence deadline.
 *
 * @example
 * requirementWindowEnd({ prestation: 'B', min: 1, withinDays: 15 }, '2026-01-31', '2026-02-28') // '2026-02-15'
 */
export function requirementWindowEnd(r: RequirementDef, start: IsoDate, deadline: IsoDate): IsoDate {
  const end =
    r.window !== undefined
      ? addMonths(start, r.window.toMonths)
      : r.withinDays !== undefined
        ? addDays(start, r.withinDays)
        : deadline;
  // Stryker disable next-line EqualityOperator: when the two days are equal both branches give that day
  return end < deadline ? end : deadline;
}

/**
 * First day a prestation counts for a requirement: the séquence start, or `window.fromMonths` months after it.
 *
 * @example
 * requirementWindowStart({ prestation: 'B', min: 1, window: { fromMonths: 5, toMonths: 7 } }, '2026-01-31') // '2026-06-30'
 */
export function requirementWindowStart(r: RequirementDef, start: IsoDate): IsoDate {
  // Stryker disable next-line ConditionalExpression: addMonths(start, 0) is start
  return r.window === undefined || r.window.fromMonths === 0 ? start : addMonths(start, r.window.fromMonths);
}

/**
 * An empty tally of a séquence, with its requirements' window ends.
 *
 * @example
 * emptyTally({ id: 'S1', requirements: [{ prestation: 'B', min: 1 }] }, { id: 'S1', start: '2026-01-31', deadline: '2026-02-28' }).done // [0]
 */
export function emptyTally(def: Pick<SequenceDef, 'requirements'>, w: SequenceWindow): SequenceTally {
  // The engine passes the window's own definition; kept or computed again, the bounds are the same (the cache only
  // saves time).
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache of window bounds; computed again, they are the same
  let bounds = def === w.def ? WINDOWS.get(w) : undefined;
  // Stryker disable next-line ConditionalExpression: a cache of window bounds; computed again, they are the same
  if (bounds === undefined) {
    bounds = {
      starts: def.requirements.map((r) => requirementWindowStart(r, w.start)),
      ends: def.requirements.map((r) => requirementWindowEnd(r, w.start, w.deadline)),
    };
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache of window bounds; computed again, they are the same
    if (def === w.def) WINDOWS.set(w, bounds);
  }
  return {
    done: def.requirements.map(() => 0),
    countedIds: [],
    windowStarts: bounds.starts,
    windowEnds: bounds.ends,
  };
}

/** The requirements' windows of a séquence window, computed once per window (a timeline shared by paths shares them). */
const WINDOWS = new WeakMap<
  SequenceWindow,
  { readonly starts: readonly IsoDate[]; readonly ends: readonly IsoDate[] }
>();

/**
 * Counts one prestation for the requirements that take it (the first is the one it is reported under), and notes
 * the day the séquence's last minimum was met.
 *
 * @example
 * const tally = emptyTally(type.sequences[0], { id: 'S1', start: '2026-05-31', deadline: '2027-05-31' });
 * count(type.sequences[0], tally, [0], { id: 'p1', date: '2026-06-04' }); tally.done // [1, 0, 0]
 */
export function count(
  def: SequenceDef,
  tally: SequenceTally,
  requirements: readonly number[],
  p: { readonly id: string; readonly date: IsoDate },
): void {
  for (const i of requirements) tally.done[i] = (tally.done[i] ?? 0) + 1;
  tally.countedIds.push(p.id);
  if (tally.completedOn === undefined && def.requirements.every((r, i) => (tally.done[i] ?? 0) >= r.min))
    tally.completedOn = p.date;
}
