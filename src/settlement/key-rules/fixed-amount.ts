import type { FixedRule } from '../../documents/distribution-key';
import { toCents } from '../../money/decimal';
import type { Claim } from './claims';
import type { KeyContext } from './key-context';
import { KEY_RULE_CHECKS } from '../../documents/key-checks';
import { KEY_RULE_RANK } from '../../documents/distribution-key';
import type { KeyRuleDef } from './key-rule-def';

/**
 * The claims of fixed amounts: one per rule naming a member of the team (a stranger to the team claims nothing).
 *
 * @example
 * fixedClaims([{ kind: 'fixed', member: 'dr-martin', amount: '100.00' }], exampleKeyContext(53600)) // [{ member: 'dr-martin', basis: 'fixed', cents: 10000 }]
 */
export function fixedClaims(rules: readonly FixedRule[], ctx: KeyContext): Claim[] {
  const claims: Claim[] = [];
  for (const rule of rules)
    if (ctx.members.has(rule.member)) claims.push({ member: rule.member, basis: 'fixed', cents: toCents(rule.amount) });
  return claims;
}

/** Fixed amounts: rank 1, claimed with unit rates and parts (./claims.ts). */
export const FIXED_RULE: KeyRuleDef<'fixed'> = {
  rank: KEY_RULE_RANK.fixed,
  check: KEY_RULE_CHECKS.fixed,
  claim: fixedClaims,
  examples: [
    {
      title: '100.00 € to med-a out of 536.00 €, the 436.00 € left to the structure',
      key: [{ kind: 'fixed', member: 'med-a', amount: '100.00' }, { kind: 'remainder' }],
      forfait: 53600,
      paid: ['structure remainder 43600', 'med-a fixed 10000'],
    },
    {
      title: '600.00 € claimed of 536.00 € between two members (400.00 + 200.00): scaled down 2 : 1, 357.33 + 178.67',
      key: [
        { kind: 'fixed', member: 'med-a', amount: '400.00' },
        { kind: 'fixed', member: 'diet-a', amount: '200.00' },
      ],
      forfait: 53600,
      paid: ['diet-a fixed 17867', 'med-a fixed 35733'],
    },
  ],
};
