import type { IsoDate } from '../dates/iso-date';
import type { RequirementDef, SequenceDef } from '../documents/parcours-type';
import type { PrestationRecord } from '../documents/patient-path';
import type { PrestationContext, Raise } from './prestation-checks';
import type { SequenceTally } from './sequence-tally';
import type { SequenceWindow } from './timeline';
import { accepts } from './type-index';

/** Where a prestation counts: a séquence (or occurrence) and its requirements that take it, the first reported. */
export interface Placement {
  readonly window: SequenceWindow;
  /** The séquence's tally, that counts the prestation. */
  readonly tally: SequenceTally;
  readonly requirements: readonly number[];
}

/** True when one of a séquence's requirements accepts a code. */
function expects(seq: SequenceDef, code: string): boolean {
  for (const r of seq.requirements) if (accepts(r, code)) return true;
  return false;
}

/** The séquence a prestation's `sequence` field names: by id, or a recurring séquence's occurrence open on its date. */
function named(windows: readonly SequenceWindow[], p: PrestationRecord, id: string): number {
  const exact = windows.findIndex((w) => w.id === id);
  if (exact >= 0) return exact;
  let last = -1;
  let i = 0;
  for (const w of windows) {
    if (w.def.id === id) {
      if (p.date >= w.start && p.date <= w.deadline) return i;
      last = i;
    }
    i++;
  }
  return last;
}

/**
 * The séquence a prestation belongs to: the one its `sequence` field names (it must have started and not ended),
 * else the séquence open on its date that expects its code (séquences may run in parallel). When none does, a séquence
 * that expects it and has ended makes it late (PRESTATION_AFTER_DEADLINE); else the first open séquence takes it
 * (which then says it does not expect it). -1, with the reason raised, when there is none.
 *
 * @example
 * const { ctx, raise } = examplePrestationContext();
 * findSequence(ctx, { id: 'p1', code: 'SEANCE_DIET', date: '2027-06-05', member: 'diet-leroy', status: 'done' }, raise) // 1 — S2
 */
export function findSequence(ctx: PrestationContext, p: PrestationRecord, raise: Raise): number {
  const windows = ctx.timeline.sequences;
  if (p.sequence !== undefined) {
    const i = named(windows, p, p.sequence);
    const w = windows[i];
    if (!w) {
      raise('PRESTATION_UNKNOWN_SEQUENCE', 'sequence', { sequence: p.sequence });
      return -1;
    }
    if (p.date < w.start) {
      raise('PRESTATION_BEFORE_SEQUENCE', 'date', { date: p.date, sequence: w.id, start: w.start });
      return -1;
    }
    if (p.date > w.deadline) {
      raise('PRESTATION_AFTER_DEADLINE', 'date', {
        date: p.date,
        deadline: w.deadline,
        scope: 'sequence',
        sequence: w.id,
      });
      return -1;
    }
    return i;
  }
  let open = -1;
  let j = 0;
  for (const w of windows) {
    if (p.date >= w.start && p.date <= w.deadline) {
      if (expects(w.def, p.code)) return j;
      if (open < 0) open = j;
    }
    j++;
  }
  // No open séquence expects the code: one that expects it and has ended came too late for it.
  let ended = -1;
  j = 0;
  for (const w of windows) {
    // Stryker disable next-line EqualityOperator: open on its deadline, a séquence that expects the code took it above
    if (p.date > w.deadline && expects(w.def, p.code)) ended = j;
    j++;
  }
  if (ended < 0 && open >= 0) return open;
  // A type has at least one séquence (its schema), so there is always a last one.
  const late = windows[ended < 0 ? windows.length - 1 : ended] as SequenceWindow;
  raise('PRESTATION_AFTER_DEADLINE', 'date', {
    date: p.date,
    deadline: late.deadline,
    scope: 'sequence',
    sequence: late.id,
  });
  return -1;
}

/**
 * The requirements of a séquence a prestation counts for. First the requirement that takes its code (`prestation`,
 * `anyOf`), is open on its date and not full; then every `any` requirement open and not full counts it too. An `any`
 * requirement takes alone only a prestation that no other requirement of the séquence expects. A prestation beyond
 * its requirement's maximum is counted by no requirement, `any` included (PRESTATION_OVER_MAX). Null, with the
 * reason raised (not expected, out of its window, over the maximum), when none takes it; null too when `seqIndex`
 * names no séquence (-1: {@link findSequence} found none and raised why).
 *
 * @example
 * const { ctx, raise } = examplePrestationContext();
 * findRequirement(ctx, { id: 'p1', code: 'SEANCE_DIET', date: '2026-06-15', member: 'diet-leroy', status: 'done' }, 0, raise)?.requirements // [0]
 */
export function findRequirement(
  ctx: PrestationContext,
  p: PrestationRecord,
  seqIndex: number,
  raise: Raise,
): Placement | null {
  const w = ctx.timeline.sequences[seqIndex];
  if (w === undefined) return null;
  const seq = w.def;
  const tally = ctx.tallies.get(w.id) as SequenceTally;
  const { windowStarts, windowEnds, done } = tally;
  let candidate = -1;
  // The first requirement that expects the code and is open on its date.
  let inWindow: RequirementDef | undefined;
  let primary = -1;
  // A requirement other than `any` that expects the code, is open on its date and full: the prestation is over max.
  let full: RequirementDef | undefined;
  let totals: number[] | undefined;
  let i = -1;
  for (const r of seq.requirements) {
    i++;
    if (!accepts(r, p.code)) continue;
    if (candidate < 0) candidate = i;
    // Open on its date (its window's days, as text), then not full.
    if (p.date < (windowStarts[i] as IsoDate) || p.date > (windowEnds[i] as IsoDate)) continue;
    inWindow ??= r;
    // Stryker disable next-line ConditionalExpression: a count compared with undefined is false
    if (r.max !== undefined && (done[i] ?? 0) >= r.max) {
      if (r.any !== true) full ??= r;
      continue;
    }
    if (r.any === true) {
      totals ??= [];
      totals.push(i);
    } else if (primary < 0) primary = i;
  }
  if (primary < 0 && full !== undefined) {
    raise('PRESTATION_OVER_MAX', null, {
      max: full.max ?? 0,
      code: p.code,
      sequence: w.id,
    });
    return null;
  }
  const requirements = primary < 0 ? (totals ?? []) : totals === undefined ? [primary] : [primary, ...totals];
  if (requirements.length > 0) return { window: w, tally, requirements };
  if (candidate < 0) raise('PRESTATION_NOT_IN_SEQUENCE', 'code', { code: p.code, sequence: w.id });
  else if (inWindow === undefined)
    raise('PRESTATION_OUT_OF_WINDOW', 'date', {
      date: p.date,
      from: tally.windowStarts[candidate] as IsoDate,
      to: tally.windowEnds[candidate] as IsoDate,
    });
  else
    raise('PRESTATION_OVER_MAX', null, {
      max: inWindow.max ?? 0,
      code: p.code,
      sequence: w.id,
    });
  return null;
}
