import type { DistributionKey, KeyRule } from '../../documents/distribution-key';
import { payClaims } from './claims';
import { payCoordination } from './coordination';
import { fixedClaims } from './fixed-amount';
import type { KeyContext } from './key-context';
import { partClaims } from './part';
import { payLeftToStructure, payRemainder } from './remainder';
import { pricedCodes, unitRateClaims } from './unit-rate';
import { applyWeights } from './weights';

type RulesByKind = { readonly [K in KeyRule['kind']]: Extract<KeyRule, { kind: K }>[] };

/** The key's rules grouped by kind, in one pass, each group in the key's order. */
function rulesByKind(key: DistributionKey): RulesByKind {
  const out = { coordination: [], fixed: [], perPrestation: [], part: [], weights: [], remainder: [] } as {
    [K in KeyRule['kind']]: KeyRule[];
  };
  for (const rule of key) out[rule.kind].push(rule);
  return out as RulesByKind;
}

/**
 * Applies a distribution key to a séquence's forfait, in the canonical order of its rules (`KEY_RULE_RANK`), whatever
 * the order they are written in: coordination (./coordination.ts) → fixed amounts, unit rates and parts, scaled down
 * when they exceed what is left (./fixed-amount.ts, ./unit-rate.ts, ./part.ts, ./claims.ts) → weights on what is left
 * (./weights.ts) → the remainder taker (./remainder.ts). Whatever is still left goes to the structure with a warning:
 * every cent of the forfait ends in the ledger.
 *
 * @example
 * const ctx = exampleKeyContext(53600); applyKey([{ kind: 'coordination', rate: '0.1' }, { kind: 'weights', by: 'member', basis: 'sessions' }], ctx);
 * ctx.ledger.left // 0
 */
export function applyKey(key: DistributionKey, ctx: KeyContext): void {
  const rules = rulesByKind(key);
  payCoordination(rules.coordination, ctx);
  payClaims(
    [...fixedClaims(rules.fixed, ctx), ...unitRateClaims(rules.perPrestation, ctx), ...partClaims(rules.part, ctx)],
    ctx,
  );
  if (ctx.ledger.left > 0) ctx.trace.add('REST', { amount: ctx.ledger.left });
  const priced = pricedCodes(rules.perPrestation);
  for (const rule of rules.weights) if (ctx.ledger.left > 0) applyWeights(rule, priced, ctx);
  for (const rule of rules.remainder) payRemainder(rule, ctx);
  payLeftToStructure(ctx);
}
