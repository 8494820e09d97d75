import type { CoordinationRule } from '../../documents/distribution-key';
import { timesFactor, toCents } from '../../money/decimal';
import type { KeyContext } from './key-context';

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
