import type { RemainderRule } from '../../documents/distribution-key';
import { formatCents } from '../../money/decimal';
import type { KeyContext } from './key-context';
import { KEY_RULE_CHECKS } from '../../documents/key-checks';
import { KEY_RULE_RANK } from '../../documents/distribution-key';
import type { KeyRuleDef } from './key-rule-def';

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
  // Stryker disable next-line ConditionalExpression: members.has(undefined) is false, the map's keys being ids
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

/** The remainder taker: rank 3, what is left after every other rule. */
export const REMAINDER_RULE: KeyRuleDef<'remainder'> = {
  rank: KEY_RULE_RANK.remainder,
  check: KEY_RULE_CHECKS.remainder,
  pay: (rules, ctx) => {
    for (const rule of rules) payRemainder(rule, ctx);
  },
  examples: [
    {
      title: '100.00 € fixed to med-a, the 436.00 € left to psy-b',
      key: [
        { kind: 'fixed', member: 'med-a', amount: '100.00' },
        { kind: 'remainder', member: 'psy-b' },
      ],
      forfait: 53600,
      paid: ['med-a fixed 10000', 'psy-b remainder 43600'],
    },
    {
      title: 'without a member, to the structure',
      key: [{ kind: 'remainder' }],
      forfait: 100,
      paid: ['structure remainder 100'],
    },
  ],
};
