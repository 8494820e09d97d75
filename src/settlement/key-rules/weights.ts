import type Decimal from 'decimal.js';
import type { WeightsRule } from '../../documents/distribution-key';
import type { TeamMember } from '../../documents/project';
import { ownValue } from '../../documents/own-value';
import { byText } from '../../domain/text-order';
import { allocateCents, allocateCentsChecked } from '../../money/allocate';
import { Dec, decimalText, type Cents } from '../../money/decimal';
import type { TraceCents } from '../trace';
import type { CountedPrestation, KeyContext } from './key-context';
import { KEY_RULE_CHECKS } from '../../documents/key-checks';
import { KEY_RULE_RANK } from '../../documents/distribution-key';
import type { KeyRuleDef } from './key-rule-def';
import { pricedCodes } from './unit-rate';

/** A weight: a count (sessions, minutes, equal parts), or a decimal when a factor of the key applies. */
type Weight = number | Decimal;

const isZero = (w: Weight): boolean => (typeof w === 'number' ? w === 0 : w.isZero());
/** factor × count; the count itself when there is no factor. */
const times = (factor: string | undefined, count: number): Weight =>
  factor === undefined ? count : new Dec(factor).times(count);
/** The sum of the weights: a count while they are all counts, a decimal from the first decimal on. */
function sum(ws: readonly Weight[]): Weight {
  let count = 0;
  let decimal: Decimal | undefined;
  for (const w of ws) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: a number weight is a whole count (sessions, minutes — whole numbers in a parsed path —, 0 or 1) far below 1e21, whose sum decimal.js writes as String writes the number
    if (decimal === undefined && typeof w === 'number') count += w;
    else decimal = (decimal ?? new Dec(count)).plus(w);
  }
  return decimal ?? count;
}
// Stryker disable next-line ConditionalExpression,StringLiteral: a number weight is a whole count far below 1e21, which decimalText(w, 6) writes as String(w) does (no decimals, no exponent)
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

/** The weighed names, their weights and what they got (those of weight zero left out unless `all`). */
function weighed(
  names: readonly string[],
  weights: readonly Weight[],
  parts: readonly Cents[],
  all = false,
): TraceCents['WEIGHTS']['parts'][number][] {
  const out: TraceCents['WEIGHTS']['parts'][number][] = [];
  names.forEach((name, i) => {
    const w = weights[i] ?? 0;
    if (all || !isZero(w)) out.push({ name, weight: weightText(w), amount: parts[i] ?? 0 });
  });
  return out;
}

function memberWeight(rule: WeightsRule, id: string, counted: readonly CountedPrestation[]): Weight {
  const listed = ownValue(rule.weights, id);
  if (rule.basis === 'equal') {
    if (rule.weights) return listed === undefined ? 0 : new Dec(listed);
    return activity(rule, id, counted);
  }
  return times(listed, activity(rule, id, counted));
}

function byMember(
  rule: WeightsRule,
  members: readonly TeamMember[],
  counted: readonly CountedPrestation[],
  ctx: KeyContext,
): boolean {
  const pot = ctx.ledger.left;
  const weights = members.map((m) => memberWeight(rule, m.id, counted));
  const parts = allocateCents(pot, weights);
  if (typeof parts === 'string') return false;
  for (const [i, m] of members.entries())
    ctx.ledger.pay({ kind: 'member', id: m.id }, `weights:member:${rule.basis}`, parts[i] ?? 0);
  const names = members.map((m) => m.id);
  ctx.trace.add('WEIGHTS', {
    by: 'member',
    basis: rule.basis,
    parts: weighed(names, weights, parts),
    total: weightText(sum(weights)),
    amount: pot,
  });
  return true;
}

function professionWeight(
  rule: WeightsRule,
  of: readonly TeamMember[],
  profession: string,
  counted: readonly CountedPrestation[],
): Weight {
  const listed = ownValue(rule.weights, profession);
  if (rule.basis === 'equal') {
    if (listed !== undefined) return new Dec(listed);
    return rule.weights === undefined && of.some((m) => activity(rule, m.id, counted) > 0) ? 1 : 0;
  }
  return times(
    listed,
    of.reduce((n, m) => n + activity(rule, m.id, counted), 0),
  );
}

function byProfession(
  rule: WeightsRule,
  members: readonly TeamMember[],
  counted: readonly CountedPrestation[],
  ctx: KeyContext,
): boolean {
  const pot = ctx.ledger.left;
  const professions = [...new Set(members.map((m) => m.profession))].sort(byText);
  const ofProfession = professions.map((p) => members.filter((m) => m.profession === p));
  // Stryker disable next-line ArrayDeclaration: ofProfession holds one list per profession (the ?? is for the type)
  const weights = professions.map((p, i) => professionWeight(rule, ofProfession[i] ?? [], p, counted));
  const parts = allocateCents(pot, weights);
  if (typeof parts === 'string') return false;
  ctx.trace.add('WEIGHTS', {
    by: 'profession',
    basis: rule.basis,
    parts: weighed(professions, weights, parts),
    total: weightText(sum(weights)),
    amount: pot,
  });
  professions.forEach((p, i) => {
    const amount = parts[i] ?? 0;
    // Stryker disable next-line ArrayDeclaration: ofProfession holds one list per profession (the ?? is for the type)
    const of = ofProfession[i] ?? [];
    if (amount === 0) return;
    let inner = of.map((m) => activity(rule, m.id, counted));
    if (inner.every((w) => w === 0)) inner = of.map(() => 1);
    const split = allocateCentsChecked(amount, inner);
    for (const [j, m] of of.entries())
      ctx.ledger.pay({ kind: 'member', id: m.id }, `weights:profession:${rule.basis}`, split[j] ?? 0);
    if (of.length > 1)
      ctx.trace.add('WEIGHTS_WITHIN', {
        profession: p,
        parts: weighed(
          of.map((m) => m.id),
          inner,
          split,
          true,
        ),
        amount,
      });
  });
  return true;
}

/**
 * Shares what is left by weights. By member: each member's weight is its factor (default 1) × its sessions,
 * minutes, or 1 for equal parts (equal parts go to the members listed in `weights`, else to the members who did
 * at least one counted prestation). By profession: the same at the level of professions, then within each
 * profession by its members' activity. Members who did nothing get nothing on sessions or minutes. Prestations
 * already paid by a unit rate (`priced`) are not weighed again. When every weight is zero nothing is paid, the trace
 * and KEY_WEIGHTS_EMPTY say so, and the rest goes to the next rule.
 *
 * @example
 * const ctx = exampleKeyContext(42240); applyWeights({ kind: 'weights', by: 'member', basis: 'sessions' }, new Set(['BILAN_ETAPE']), ctx);
 * ctx.trace.steps[0].params.parts.map((x) => `${x.name} ${x.amount}`) // ['apa-petit 76.80', 'diet-leroy 115.20', 'dr-martin 38.40', 'ide-roux 76.80', 'psy-bernard 115.20']
 */
export function applyWeights(rule: WeightsRule, priced: ReadonlySet<string>, ctx: KeyContext): void {
  const members = [...ctx.team].sort((a, b) => byText(a.id, b.id));
  // Stryker disable next-line ConditionalExpression: filtering by an empty set keeps every line in order; the shortcut only spares the copy
  const counted = priced.size === 0 ? ctx.counted : ctx.counted.filter((c) => !priced.has(c.code));
  const paid = rule.by === 'member' ? byMember(rule, members, counted, ctx) : byProfession(rule, members, counted, ctx);
  if (paid) return;
  ctx.trace.add('WEIGHTS_EMPTY', {});
  ctx.sink.add('KEY_WEIGHTS_EMPTY', ['distribution'], { sequence: ctx.sequence }, 'project');
}

/** Weights: rank 2, on what is left after coordination and claims. */
export const WEIGHTS_RULE: KeyRuleDef<'weights'> = {
  rank: KEY_RULE_RANK.weights,
  check: KEY_RULE_CHECKS.weights,
  pay: (rules, ctx, key) => {
    const priced = pricedCodes(key.perPrestation);
    for (const rule of rules) if (ctx.ledger.left > 0) applyWeights(rule, priced, ctx);
  },
  examples: [
    {
      title:
        '536.00 € by sessions 3 : 1 : 2 (diet-a, med-a, psy-a): 268.00, 89.33, 178.67 (the odd cent to the largest remainder)',
      key: [{ kind: 'weights', by: 'member', basis: 'sessions' }],
      forfait: 53600,
      paid: [
        'diet-a weights:member:sessions 26800',
        'med-a weights:member:sessions 8933',
        'psy-a weights:member:sessions 17867',
      ],
    },
    {
      title: '90.00 € by profession, equal parts between those active (3), then psy-a alone among the psychologists',
      key: [{ kind: 'weights', by: 'profession', basis: 'equal' }],
      forfait: 9000,
      paid: [
        'diet-a weights:profession:equal 3000',
        'med-a weights:profession:equal 3000',
        'psy-a weights:profession:equal 3000',
      ],
    },
  ],
};
