import type Decimal from 'decimal.js';
import { allocateCents } from '../money/allocate';
import { Dec, decimalText, type Cents } from '../money/decimal';
import type { KeyRule } from '../documents/distribution-key';
import type { TeamMember } from '../documents/project';
import type { Ledger } from './ledger';
import type { TraceBuilder } from './trace';
import { byText } from '../domain/text-order';

type WeightsRule = Extract<KeyRule, { kind: 'weights' }>;

/** A counted prestation as the weights see it. */
export interface CountedPrestation {
  readonly member: string;
  readonly code: string;
  /** Minutes, when recorded (0 otherwise for the weights). */
  readonly minutes?: number;
}

/** A weight: a count (sessions, minutes, equal parts) or a decimal when a factor of the key applies. */
type Weight = number | Decimal;

const isZero = (w: Weight): boolean => (typeof w === 'number' ? w === 0 : w.isZero());
/** factor × count, a count when there is no factor. */
const times = (factor: string | undefined, count: number): Weight => (factor === undefined ? count : new Dec(factor).times(count));
const sum = (ws: readonly Weight[]): Weight => (ws.every((w) => typeof w === 'number') ? (ws as number[]).reduce((a, b) => a + b, 0) : ws.reduce<Decimal>((a, b) => a.plus(b), new Dec(0)));
const weightText = (w: Weight): string => (typeof w === 'number' ? String(w) : decimalText(w, 6));

/** A member's activity on the rule's basis: its sessions, its minutes, or 1 when it did anything (equal parts). */
function activity(rule: WeightsRule, member: string, counted: readonly CountedPrestation[]): number {
  let sessions = 0;
  let minutes = 0;
  for (const c of counted) {
    if (c.member !== member) continue;
    sessions++;
    minutes += c.minutes ?? 0;
  }
  if (rule.basis === 'sessions') return sessions;
  if (rule.basis === 'minutes') return minutes;
  return sessions > 0 ? 1 : 0;
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
  const members = [...team].sort((a, b) => byText(a.id, b.id));
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
  const professions = [...new Set(members.map((m) => m.profession))].sort(byText);
  const profWeights = professions.map((p): Weight => {
    const of = members.filter((m) => m.profession === p);
    const listed = rule.weights?.[p];
    if (rule.basis === 'equal') {
      const active = of.some((m) => activity(rule, m.id, counted) > 0);
      if (listed !== undefined) return new Dec(listed);
      return rule.weights === undefined && active ? 1 : 0;
    }
    return times(listed, of.reduce((n, m) => n + activity(rule, m.id, counted), 0));
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
    if (inner.every((w) => w === 0)) inner = of.map(() => 1);
    const parts = allocateCents(amount, inner) as Cents[];
    of.forEach((m, j) => ledger.pay({ kind: 'member', id: m.id }, basisLabel, parts[j] ?? 0));
    if (of.length > 1) {
      trace.add('WEIGHTS_WITHIN', {
        profession: p,
        list: of.map((m, j) => `${m.id} ${trace.num(String(inner[j] ?? 0))}`).join(', '),
        amount: trace.eur(amount),
        result: of.map((m, j) => `${m.id} ${trace.eur(parts[j] ?? 0)}`).join(', '),
      });
    }
  });
  return true;
}

function memberWeight(rule: WeightsRule, id: string, counted: readonly CountedPrestation[]): Weight {
  const listed = rule.weights?.[id];
  if (rule.basis === 'equal') {
    if (rule.weights) return listed === undefined ? 0 : new Dec(listed);
    return activity(rule, id, counted);
  }
  return times(listed, activity(rule, id, counted));
}

function weightsParams(rule: WeightsRule, names: readonly string[], weights: readonly Weight[], parts: readonly Cents[], pot: Cents, trace: TraceBuilder) {
  const shown = names.map((n, i) => ({ n, w: weights[i] ?? 0, c: parts[i] ?? 0 })).filter((x) => !isZero(x.w));
  return {
    by: rule.by,
    basis: rule.basis,
    list: shown.map((x) => `${x.n} ${trace.num(weightText(x.w))}`).join(', '),
    total: trace.num(weightText(sum(weights))),
    amount: trace.eur(pot),
    result: shown.map((x) => `${x.n} ${trace.eur(x.c)}`).join(', '),
  };
}
