import type { DistributionKey } from '../../documents/distribution-key';
import type { KeyRuleKind, KeyRuleOf } from '../../documents/key-checks';
import { payClaims, type Claim } from './claims';
import { COORDINATION_RULE } from './coordination';
import { FIXED_RULE } from './fixed-amount';
import type { KeyContext } from './key-context';
import type { KeyRuleDef, RulesByKind } from './key-rule-def';
import { PART_RULE } from './part';
import { payLeftToStructure, REMAINDER_RULE } from './remainder';
import { PER_PRESTATION_RULE } from './unit-rate';
import { WEIGHTS_RULE } from './weights';

/**
 * Every kind of key rule, with its rank, check, application and worked examples (./key-rule-def.ts). A kind of the
 * `KeyRule` union missing here is a compile error.
 */
export const KEY_RULES: { readonly [K in KeyRuleKind]: KeyRuleDef<K> } = {
  coordination: COORDINATION_RULE,
  fixed: FIXED_RULE,
  perPrestation: PER_PRESTATION_RULE,
  part: PART_RULE,
  weights: WEIGHTS_RULE,
  remainder: REMAINDER_RULE,
};

/** The kinds of rule by rank (the registry's order within a rank). */
const KINDS_BY_RANK: readonly (readonly KeyRuleKind[])[] = (() => {
  // Stryker disable next-line MethodExpression: Object.keys lists own keys only; the filter is there as a type guard
  const kinds = Object.keys(KEY_RULES).filter((k): k is KeyRuleKind => Object.hasOwn(KEY_RULES, k));
  // Stryker disable next-line MethodExpression,ArithmeticOperator: KEY_RULES is declared in rank order, ranks come sorted
  const ranks = [...new Set(kinds.map((k) => KEY_RULES[k].rank))].sort((a, b) => a - b);
  return ranks.map((r) => kinds.filter((k) => KEY_RULES[k].rank === r));
})();

/** The key's rules grouped by kind, in one pass, each group in the key's order. */
function rulesByKind(key: DistributionKey): RulesByKind {
  const out: { [K in KeyRuleKind]: KeyRuleOf<K>[] } = {
    // Stryker disable next-line ArrayDeclaration: a stray non-rule entry has neither rate nor amount and pays nothing
    coordination: [],
    // Stryker disable next-line ArrayDeclaration: a stray non-rule entry names no member of the team: no claim
    fixed: [],
    perPrestation: [],
    // Stryker disable next-line ArrayDeclaration: a stray non-rule entry names no part of the séquence: no claim
    part: [],
    weights: [],
    remainder: [],
  };
  for (const rule of key) group(out, rule.kind, rule);
  return out;
}

function group<K extends KeyRuleKind>(out: { [J in KeyRuleKind]: KeyRuleOf<J>[] }, kind: K, rule: KeyRuleOf<K>): void {
  out[kind].push(rule);
}

/** Runs one kind's rules: a paying kind pays now, a claiming kind adds its claims to `claims`. */
function run<K extends KeyRuleKind>(kind: K, rules: RulesByKind, ctx: KeyContext, claims: Claim[]): void {
  const def: KeyRuleDef<K> = KEY_RULES[kind];
  const own: readonly KeyRuleOf<K>[] = rules[kind];
  if ('claim' in def) claims.push(...def.claim(own, ctx));
  else def.pay(own, ctx, rules);
}

/**
 * Applies a distribution key to a séquence's forfait, rank by rank (`KEY_RULES`), whatever the order its rules are
 * written in: coordination (./coordination.ts) → fixed amounts, unit rates and parts, claimed together and scaled
 * down when they exceed what is left (./fixed-amount.ts, ./unit-rate.ts, ./part.ts, ./claims.ts) → weights on what is
 * left (./weights.ts) → the remainder taker (./remainder.ts). Whatever is still left goes to the structure with a
 * warning: every cent of the forfait ends in the ledger.
 *
 * @example
 * const ctx = exampleKeyContext(53600); applyKey([{ kind: 'coordination', rate: '0.1' }, { kind: 'weights', by: 'member', basis: 'sessions' }], ctx);
 * ctx.ledger.left // 0
 */
export function applyKey(key: DistributionKey, ctx: KeyContext): void {
  const rules = rulesByKind(key);
  for (const kinds of KINDS_BY_RANK) {
    const claims: Claim[] = [];
    for (const kind of kinds) run(kind, rules, ctx, claims);
    // Stryker disable next-line MethodExpression: the kinds of one rank either all claim or all pay (KEY_RULE_RANK)
    if (!kinds.some((k) => 'claim' in KEY_RULES[k])) continue;
    // The claiming rank: its claims are paid together, then what is left is traced.
    payClaims(claims, ctx);
    if (ctx.ledger.left > 0) ctx.trace.add('REST', { amount: ctx.ledger.left });
  }
  payLeftToStructure(ctx);
}
