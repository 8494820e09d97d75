import type { RemainderRule } from '../../documents/distribution-key';
import { formatCents } from '../../money/decimal';
import type { KeyContext } from './key-context';

/**
 * The remainder taker: what is left goes to the rule's member (a member of the team), or to the structure.
 *
 * @example
 * const ctx = exampleKeyContext(53600); payRemainder({ kind: 'remainder', member: 'diet-leroy' }, ctx);
 * ctx.ledger.entries().map((e) => e.key) // [{ kind: 'member', id: 'diet-leroy' }]
 */
export function payRemainder(rule: RemainderRule, ctx: KeyContext): void {
  const amount = ctx.ledger.left;
  if (amount === 0) return;
  const member = rule.member !== undefined && ctx.members.has(rule.member) ? rule.member : undefined;
  ctx.trace.add('REMAINDER', member !== undefined ? { amount, member } : { amount });
  ctx.ledger.pay(member !== undefined ? { kind: 'member', id: member } : { kind: 'structure' }, 'remainder', amount);
}

/**
 * Whatever a key leaves goes to the structure, with KEY_REMAINDER_TO_STRUCTURE: every cent of the forfait is paid.
 *
 * @example
 * const ctx = exampleKeyContext(1); payLeftToStructure(ctx);
 * ctx.sink.issues.map((i) => i.code) // ['KEY_REMAINDER_TO_STRUCTURE']
 */
export function payLeftToStructure(ctx: KeyContext): void {
  const amount = ctx.ledger.left;
  if (amount === 0) return;
  ctx.sink.add(
    'KEY_REMAINDER_TO_STRUCTURE',
    ['distribution'],
    { sequence: ctx.sequence, amount: formatCents(amount) },
    'project',
  );
  ctx.trace.add('REMAINDER', { amount });
  ctx.ledger.pay({ kind: 'structure' }, 'remainder', amount);
}
