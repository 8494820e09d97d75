import { allocateCents } from '../money/allocate';
import type { Cents } from '../money/decimal';
import { RATIO_ONE, RATIO_ZERO, compare, isZero, plus, ratio, ratioOf, ratioText, times, type Ratio } from '../money/ratio';
import type { KeyRule } from '../schema/distribution-key';
import type { TeamMember } from '../schema/project';
import type { Ledger } from './ledger';
import type { TraceBuilder } from './trace';
import { byText, sortInPlace } from '../domain/sort-in-place';

type WeightsRule = Extract<KeyRule, { kind: 'weights' }>;

/** A counted prestation as the weights see it. */
export interface CountedPrestation {
  readonly member: string;
  readonly code: string;
  /** Minutes, when recorded (0 otherwise for the weights). */
  readonly minutes?: number;
}

/** A member's activity on the rule's basis: its sessions, its minutes, or 1 when it did anything (equal parts). */
function activity(rule: WeightsRule, member: string, counted: readonly CountedPrestation[]): Ratio {
  let sessions = 0;
  let minutes = 0;
  for (const c of counted) {
    if (c.member !== member) continue;
    sessions++;
    minutes += c.minutes ?? 0;
  }
  if (rule.basis === 'sessions') return ratioOf(sessions);
  if (rule.basis === 'minutes') return ratioOf(minutes);
  return sessions > 0 ? RATIO_ONE : RATIO_ZERO;
}

const sum = (ws: readonly Ratio[]): Ratio => ws.reduce(plus, RATIO_ZERO);

/**
 * Shares what is left by weights. By member: each member's weight is its factor (default 1) × its sessions,
 * minutes, or 1 for equal parts (equal parts go to the members listed in `weights`, else to the members who did
 * at least one counted prestation). By profession: the same at the level of professions, then within each
 * profession by its members' activity. Members who did nothing get nothing on sessions or minutes. Returns false
 * when every weight is zero (nothing paid).
 *
 * @example
 * applyWeights(rule, team, counted, ledger, trace) // true
 */
export function applyWeights(rule: WeightsRule, team: readonly TeamMember[], counted: readonly CountedPrestation[], ledger: Ledger, trace: TraceBuilder): boolean {
  const members = sortInPlace([...team], (a, b) => byText(a.id, b.id));
  const pot = ledger.left;
  const basisLabel = `weights:${rule.by}:${rule.basis}`;
  if (rule.by === 'member') {
    const weights = members.map((m) => memberWeight(rule, m.id, counted));
    const parts = allocateCents(pot, weights);
    if (typeof parts === 'string') {
      trace.add('WEIGHTS_EMPTY', {});
      return false;
    }
    members.forEach((m, i) => ledger.pay({ kind: 'member', id: m.id }, basisLabel, parts[i] ?? 0));
    trace.add('WEIGHTS', weightsParams(rule, members.map((m) => m.id), weights, parts, pot, trace), pot);
    return true;
  }
  const professions = sortInPlace([...new Set(members.map((m) => m.profession))], byText);
  const profWeights = professions.map((p) => {
    const of = members.filter((m) => m.profession === p);
    const factor = ratio(rule.weights?.[p] ?? (rule.weights && rule.basis === 'equal' ? 0 : 1));
    if (rule.basis === 'equal') {
      const listed = rule.weights !== undefined && rule.weights[p] !== undefined;
      const active = of.some((m) => compare(activity(rule, m.id, counted), RATIO_ZERO) > 0);
      return listed || active ? factor : RATIO_ZERO;
    }
    return times(factor, sum(of.map((m) => activity(rule, m.id, counted))));
  });
  const profParts = allocateCents(pot, profWeights);
  if (typeof profParts === 'string') {
    trace.add('WEIGHTS_EMPTY', {});
    return false;
  }
  trace.add('WEIGHTS', weightsParams(rule, professions, profWeights, profParts, pot, trace), pot);
  professions.forEach((p, i) => {
    const amount = profParts[i] ?? 0;
    if (amount === 0) return;
    const of = members.filter((m) => m.profession === p);
    let inner = of.map((m) => activity(rule, m.id, counted));
    if (inner.every(isZero)) inner = of.map(() => RATIO_ONE);
    const parts = allocateCents(amount, inner) as Cents[];
    of.forEach((m, j) => ledger.pay({ kind: 'member', id: m.id }, basisLabel, parts[j] ?? 0));
    if (of.length > 1) {
      trace.add('WEIGHTS_WITHIN', {
        profession: p,
        list: of.map((m, j) => `${m.id} ${trace.num(ratioText(inner[j] ?? RATIO_ZERO, 6))}`).join(', '),
        amount: trace.eur(amount),
        result: of.map((m, j) => `${m.id} ${trace.eur(parts[j] ?? 0)}`).join(', '),
      });
    }
  });
  return true;
}

function memberWeight(rule: WeightsRule, id: string, counted: readonly CountedPrestation[]): Ratio {
  const listed = rule.weights?.[id];
  if (rule.basis === 'equal') {
    if (rule.weights) return listed === undefined ? RATIO_ZERO : ratio(listed);
    return activity(rule, id, counted);
  }
  return times(listed === undefined ? RATIO_ONE : ratio(listed), activity(rule, id, counted));
}

function weightsParams(rule: WeightsRule, names: readonly string[], weights: readonly Ratio[], parts: readonly Cents[], pot: Cents, trace: TraceBuilder) {
  const shown = names.map((n, i) => ({ n, w: weights[i] ?? RATIO_ZERO, c: parts[i] ?? 0 })).filter((x) => !isZero(x.w));
  return {
    by: rule.by,
    basis: rule.basis,
    list: shown.map((x) => `${x.n} ${trace.num(ratioText(x.w, 6))}`).join(', '),
    total: trace.num(ratioText(sum(weights), 6)),
    amount: trace.eur(pot),
    result: shown.map((x) => `${x.n} ${trace.eur(x.c)}`).join(', '),
  };
}
