import type { IsoDate } from '../dates/iso-date';
import type { RequirementDef, SequenceDef } from '../documents/parcours-type';
import type { PrestationRecord } from '../documents/patient-path';
import type { PrestationContext, Raise } from './prestation-checks';
import type { SequenceTally } from './sequence-tally';
import type { SequenceWindow } from './timeline';
import { accepts } from './type-index';

/** Where a prestation counts: a séquence and the index of one of its requirements. */
export interface Placement {
  readonly seq: SequenceDef;
  readonly req: number;
}

/** True when one of a séquence's requirements accepts a code. */
function expects(seq: SequenceDef, code: string): boolean {
  for (const r of seq.requirements) if (accepts(r, code)) return true;
  return false;
}

/**
 * The séquence a prestation belongs to: the one its `sequence` field names (it must have started and not ended),
 * else the séquence open on its date that expects its code (séquences may run in parallel), else the first open one.
 * -1, with the reason raised, when there is none.
 *
 * @example
 * const { ctx, raise } = examplePrestationContext();
 * findSequence(ctx, { id: 'p1', code: 'SEANCE_DIET', date: '2026-12-05', member: 'diet-leroy', status: 'done' }, raise) // 1 — S2
 */
export function findSequence(ctx: PrestationContext, p: PrestationRecord, raise: Raise): number {
  const windows = ctx.timeline.sequences;
  if (p.sequence !== undefined) {
    const i = windows.findIndex((w) => w.id === p.sequence);
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
  let i = -1;
  for (let j = 0; j < windows.length; j++) {
    const w = windows[j] as SequenceWindow;
    if (p.date < w.start || p.date > w.deadline) continue;
    if (i < 0) i = j;
    if (expects(ctx.type.sequences[j] as SequenceDef, p.code)) {
      i = j;
      break;
    }
  }
  if (i < 0) {
    const last = windows[windows.length - 1];
    raise('PRESTATION_AFTER_DEADLINE', 'date', {
      date: p.date,
      deadline: last?.deadline ?? ctx.timeline.parcoursEnd,
      scope: 'sequence',
      sequence: last?.id ?? '',
    });
  }
  return i;
}

/**
 * The requirement of a séquence a prestation counts for: the first that takes its code, is still open on its date
 * and is not full. Null, with the reason raised (not expected, out of its window, over the maximum), when none.
 *
 * @example
 * const { ctx, raise } = examplePrestationContext();
 * findRequirement(ctx, { id: 'p1', code: 'SEANCE_DIET', date: '2026-06-15', member: 'diet-leroy', status: 'done' }, 0, raise)?.req // 1
 */
export function findRequirement(
  ctx: PrestationContext,
  p: PrestationRecord,
  seqIndex: number,
  raise: Raise,
): Placement | null {
  const seq = ctx.type.sequences[seqIndex] as SequenceDef;
  const w = ctx.timeline.sequences[seqIndex] as SequenceWindow;
  const tally = ctx.tallies.get(seq.id) as SequenceTally;
  const ends = tally.windowEnds;
  let candidate = -1;
  let inWindow = -1;
  for (let i = 0; i < seq.requirements.length; i++) {
    const r = seq.requirements[i] as RequirementDef;
    if (!accepts(r, p.code)) continue;
    if (candidate < 0) candidate = i;
    if (p.date > (ends[i] as IsoDate)) continue;
    if (inWindow < 0) inWindow = i;
    if (r.max === undefined || (tally.done[i] ?? 0) < r.max) return { seq, req: i };
  }
  if (candidate < 0) raise('PRESTATION_NOT_IN_SEQUENCE', 'code', { code: p.code, sequence: seq.id });
  else if (inWindow < 0)
    raise('PRESTATION_OUT_OF_WINDOW', 'date', { date: p.date, from: w.start, to: ends[candidate] as IsoDate });
  else
    raise('PRESTATION_OVER_MAX', null, {
      max: (seq.requirements[inWindow] as RequirementDef).max ?? 0,
      code: p.code,
      sequence: seq.id,
    });
  return null;
}
