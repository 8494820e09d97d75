import type { CoordinationRule } from '../../documents/distribution-key';
import { timesFactor, toCents } from '../../money/decimal';
import type { KeyContext } from './key-context';
import { KEY_RULE_CHECKS } from '../../documents/key-checks';
import { KEY_RULE_RANK } from '../../documents/distribution-key';
import type { KeyRuleDef } from './key-rule-def';

/**
 * Coordination shares, paid to the structure first: a rate of the forfait rounded to the cent (half up), or an
 * amount; either is capped at what is left.
 *
 * @example
 * const ctx = exampleKeyContext(53600); payCoordination([{ kind: 'coordination', rate: '0.1' }], ctx);
 * ctx.ledger.left // 48240 — 53.60 € to the structure
 */
export function payCoordination(rules: readonly CoordinationRule[], ctx: KeyContext): void {
  const { forfait, ledger, trace } = ctx;
  for (const rule of rules) {
    if (rule.rate !== undefined) {
      const product = timesFactor(forfait, rule.rate);
      const cents = Math.min(product.cents, ledger.left);
      trace.add('COORDINATION_RATE', { rate: rule.rate, forfait, exact: product.exact, amount: cents });
      ledger.pay({ kind: 'structure' }, `coordination:${rule.rate}`, cents);
    } else if (rule.amount !== undefined) {
      const cents = Math.min(toCents(rule.amount), ledger.left);
      trace.add('COORDINATION_AMOUNT', { amount: cents });
      ledger.pay({ kind: 'structure' }, 'coordination', cents);
    }
  }
}

/** Coordination: rank 0, paid to the structure before anything else. */
export const COORDINATION_RULE: KeyRuleDef<'coordination'> = {
  rank: KEY_RULE_RANK.coordination,
  check: KEY_RULE_CHECKS.coordination,
  pay: payCoordination,
  examples: [
    {
      title: '10 % of 536.00 € is 53.60 € to the structure; the remainder taker gets the 482.40 € left',
      key: [
        { kind: 'coordination', rate: '0.1' },
        { kind: 'remainder', member: 'med-a' },
      ],
      forfait: 53600,
      paid: ['structure coordination:0.1 5360', 'med-a remainder 48240'],
    },
    {
      title: 'an amount is capped at what is left: 50.00 € asked of a 40.00 € forfait pays 40.00 €',
      key: [{ kind: 'coordination', amount: '50.00' }],
      forfait: 4000,
      paid: ['structure coordination 4000'],
    },
  ],
};
