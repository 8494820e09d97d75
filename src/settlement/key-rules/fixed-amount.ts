import type { FixedRule } from '../../documents/distribution-key';
import { toCents } from '../../money/decimal';
import type { Claim } from './claims';
import type { KeyContext } from './key-context';

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
