import type { IssueSink } from '../issues/make-issue';
import { allocateCents } from '../money/allocate';
import { formatCents, timesFactor, toCents, type Cents } from '../money/decimal';
import type { DistributionKey, KeyRule } from '../documents/distribution-key';
import type { TeamMember } from '../documents/project';
import { Ledger } from './ledger';
import type { TraceBuilder } from './trace';
import { applyWeights, type CountedPrestation } from './weights-rule';
import { byText } from '../domain/text-order';

interface Claim {
  readonly member: string;
  readonly basis: string;
  readonly cents: Cents;
  readonly code?: string;
  readonly count?: number;
  readonly rate?: string;
}

/**
 * Applies a distribution key to a séquence's forfait, in the canonical order of its rules: coordination (rate of
 * the forfait, rounded to the cent, or an amount capped at it) → fixed amounts and unit rates per counted
 * prestation (scaled down in proportion, by largest remainder, when they exceed what is left) → weights on what is
 * left, counting only prestations that no unit rate paid → the remainder taker. Whatever is still left goes to the structure with a warning. Every cent of the
 * forfait ends in the ledger.
 *
 * @example
 * const ledger = applyKey(key, 32160, team, counted, 'S1', sink, trace); ledger.left // 0
 */
export function applyKey(
  key: DistributionKey,
  forfait: Cents,
  team: readonly TeamMember[],
  counted: readonly CountedPrestation[],
  sequence: string,
  sink: IssueSink,
  trace: TraceBuilder,
): Ledger {
  const ledger = new Ledger(forfait);
  const byKind = rulesByKind(key);

  for (const rule of byKind.coordination) {
    if (rule.rate !== undefined) {
      const product = timesFactor(forfait, rule.rate);
      const cents = Math.min(product.cents, ledger.left);
      trace.add('COORDINATION_RATE', { rate: trace.num(rule.rate), forfait: trace.eur(forfait), exact: `${trace.num(product.exact)} €`, amount: trace.eur(cents) }, cents);
      ledger.pay({ kind: 'structure' }, `coordination:${rule.rate}`, cents);
    } else if (rule.amount !== undefined) {
      const cents = Math.min(toCents(rule.amount), ledger.left);
      trace.add('COORDINATION_AMOUNT', { amount: trace.eur(cents) }, cents);
      ledger.pay({ kind: 'structure' }, 'coordination', cents);
    }
  }

  payClaims(collectClaims(key, team, counted), ledger, sequence, sink, trace);
  if (ledger.left > 0) trace.add('REST', { amount: trace.eur(ledger.left) }, ledger.left);

  // Prestations already paid by a unit rate do not weigh again in sessions or minutes.
  const priced = (code: string) => byKind.perPrestation.some((r) => Object.prototype.hasOwnProperty.call(r.rates, code));
  const weighed = byKind.perPrestation.length === 0 ? counted : counted.filter((c) => !priced(c.code));
  for (const rule of byKind.weights) {
    if (ledger.left === 0) break;
    if (!applyWeights(rule, team, weighed, ledger, trace)) sink.add('KEY_WEIGHTS_EMPTY', ['distribution'], { sequence }, 'project');
  }
  for (const rule of byKind.remainder) {
    if (ledger.left === 0) break;
    const to = rule.member !== undefined && team.some((m) => m.id === rule.member) ? rule.member : undefined;
    const amount = ledger.left;
    trace.add('REMAINDER', { amount: trace.eur(amount), to: to ?? 'structure' }, amount);
    ledger.pay(to !== undefined ? { kind: 'member', id: to } : { kind: 'structure' }, 'remainder', amount);
  }
  if (ledger.left > 0) {
    const amount = ledger.left;
    sink.add('KEY_REMAINDER_TO_STRUCTURE', ['distribution'], { sequence, amount: formatCents(amount) }, 'project');
    trace.add('REMAINDER', { amount: trace.eur(amount), to: 'structure' }, amount);
    ledger.pay({ kind: 'structure' }, 'remainder', amount);
  }
  return ledger;
}

type RulesByKind = { readonly [K in KeyRule['kind']]: Extract<KeyRule, { kind: K }>[] };

/** The key's rules grouped by kind, in one pass, each group in the key's order. */
function rulesByKind(key: DistributionKey): RulesByKind {
  const out = { coordination: [], fixed: [], perPrestation: [], weights: [], remainder: [] } as { [K in KeyRule['kind']]: KeyRule[] };
  for (const rule of key) out[rule.kind].push(rule);
  return out as RulesByKind;
}

/** Fixed amounts and unit-rate claims, in a canonical order (member, then basis) so rule order never matters. */
function collectClaims(key: DistributionKey, team: readonly TeamMember[], counted: readonly CountedPrestation[]): Claim[] {
  const known = new Set(team.map((m) => m.id));
  const claims: Claim[] = [];
  for (const rule of key) {
    if (rule.kind === 'fixed' && known.has(rule.member)) claims.push({ member: rule.member, basis: 'fixed', cents: toCents(rule.amount) });
    if (rule.kind === 'perPrestation') {
      for (const [code, rate] of Object.entries(rule.rates)) {
        const perMember = new Map<string, number>();
        for (const c of counted) if (c.code === code) perMember.set(c.member, (perMember.get(c.member) ?? 0) + 1);
        for (const [member, count] of perMember) {
          claims.push({ member, basis: `perPrestation:${code}`, cents: toCents(rate) * count, code, count, rate });
        }
      }
    }
  }
  return claims.sort((a, b) => byText(a.member, b.member) || byText(a.basis, b.basis) || a.cents - b.cents);
}

function payClaims(claims: readonly Claim[], ledger: Ledger, sequence: string, sink: IssueSink, trace: TraceBuilder): void {
  const claimed = claims.reduce((n, c) => n + c.cents, 0);
  if (claimed === 0) return;
  for (const c of claims) {
    if (c.code !== undefined) trace.add('CLAIM_UNIT', { code: c.code, count: c.count ?? 0, rate: trace.eur(toCents(c.rate ?? '0')), amount: trace.eur(c.cents), member: c.member }, c.cents);
    else trace.add('CLAIM_FIXED', { amount: trace.eur(c.cents), member: c.member }, c.cents);
  }
  let paid = claims.map((c) => c.cents);
  if (claimed > ledger.left) {
    const available = ledger.left;
    paid = scaleByMember(claims, available);
    sink.add('KEY_SCALED_DOWN', ['distribution'], { sequence, claimed: formatCents(claimed), available: formatCents(available) }, 'project');
    trace.add('CLAIMS_SCALED', { claimed: trace.eur(claimed), available: trace.eur(available), list: claims.map((c, i) => `${c.member} ${trace.eur(paid[i] ?? 0)}`).join(', ') }, available);
  }
  claims.forEach((c, i) => ledger.pay({ kind: 'member', id: c.member }, c.basis, paid[i] ?? 0));
}

/**
 * Scales claims down to `available`: first between members in proportion to each member's total claim (so a
 * member's share only grows with its claims), then within a member between its claims. Both by largest remainder.
 */
function scaleByMember(claims: readonly Claim[], available: Cents): Cents[] {
  const members = [...new Set(claims.map((c) => c.member))];
  const totals = members.map((m) => claims.filter((c) => c.member === m).reduce((n, c) => n + c.cents, 0));
  const perMember = allocateCents(available, totals) as Cents[];
  const paid = claims.map(() => 0);
  members.forEach((m, i) => {
    const idx = claims.map((c, j) => (c.member === m ? j : -1)).filter((j) => j >= 0);
    const parts = allocateCents(perMember[i] ?? 0, idx.map((j) => (claims[j] as Claim).cents));
    if (typeof parts === 'string') return;
    idx.forEach((j, k) => (paid[j] = parts[k] ?? 0));
  });
  return paid;
}
