import { allocateCents } from '../money/allocate';
import { Decimal, type Cents } from '../money/decimal';
import type { KeyRule } from '../schema/distribution-key';
import type { TeamMember } from '../schema/project';
import type { Ledger } from './ledger';
import type { TraceBuilder } from './trace';

type WeightsRule = Extract<KeyRule, { kind: 'weights' }>;

/** A counted prestation as the weights see it. */
export interface CountedPrestation {
  readonly member: string;
  readonly code: string;
  readonly minutes: number;
}

function activity(rule: WeightsRule, member: string, counted: readonly CountedPrestation[]): Decimal {
  const mine = counted.filter((c) => c.member === member);
  if (rule.basis === 'sessions') return new Decimal(mine.length);
  if (rule.basis === 'minutes') return new Decimal(mine.reduce((n, c) => n + c.minutes, 0));
  return new Decimal(mine.length > 0 ? 1 : 0);
}

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
  const members = [...team].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
  const professions = [...new Set(members.map((m) => m.profession))].sort();
  const profWeights = professions.map((p) => {
    const of = members.filter((m) => m.profession === p);
    const factor = new Decimal(rule.weights?.[p] ?? (rule.weights && rule.basis === 'equal' ? 0 : 1));
    if (rule.basis === 'equal') {
      const listed = rule.weights !== undefined && rule.weights[p] !== undefined;
      const active = of.some((m) => activity(rule, m.id, counted).gt(0));
      return listed || active ? factor : new Decimal(0);
    }
    return factor.times(of.reduce((s, m) => s.plus(activity(rule, m.id, counted)), new Decimal(0)));
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
    if (inner.every((w) => w.isZero())) inner = of.map(() => new Decimal(1));
    const parts = allocateCents(amount, inner) as Cents[];
    of.forEach((m, j) => ledger.pay({ kind: 'member', id: m.id }, basisLabel, parts[j] ?? 0));
    if (of.length > 1) {
      trace.add('WEIGHTS_WITHIN', {
        profession: p,
        list: of.map((m, j) => `${m.id} ${trace.num(inner[j]?.toString() ?? '0')}`).join(', '),
        amount: trace.eur(amount),
        result: of.map((m, j) => `${m.id} ${trace.eur(parts[j] ?? 0)}`).join(', '),
      });
    }
  });
  return true;
}

function memberWeight(rule: WeightsRule, id: string, counted: readonly CountedPrestation[]): Decimal {
  const listed = rule.weights?.[id];
  if (rule.basis === 'equal') {
    if (rule.weights) return new Decimal(listed ?? 0);
    return activity(rule, id, counted);
  }
  return new Decimal(listed ?? 1).times(activity(rule, id, counted));
}

function weightsParams(rule: WeightsRule, names: readonly string[], weights: readonly Decimal[], parts: readonly Cents[], pot: Cents, trace: TraceBuilder) {
  const shown = names.map((n, i) => ({ n, w: weights[i] ?? new Decimal(0), c: parts[i] ?? 0 })).filter((x) => !x.w.isZero());
  return {
    by: rule.by,
    basis: rule.basis,
    list: shown.map((x) => `${x.n} ${trace.num(x.w.toString())}`).join(', '),
    total: trace.num(weights.reduce((s, w) => s.plus(w), new Decimal(0)).toString()),
    amount: trace.eur(pot),
    result: shown.map((x) => `${x.n} ${trace.eur(x.c)}`).join(', '),
  };
}
