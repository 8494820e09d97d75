import type { PerPrestationRule } from '../../documents/distribution-key';
import { toCents } from '../../money/decimal';
import type { Claim } from './claims';
import type { KeyContext } from './key-context';
import { KEY_RULE_CHECKS } from '../../documents/key-checks';
import { KEY_RULE_RANK } from '../../documents/distribution-key';
import type { KeyRuleDef } from './key-rule-def';

/**
 * The claims of unit rates: for each priced code, its rate × the member's counted prestations of that code, one claim
 * per member and code.
 *
 * @example
 * unitRateClaims([{ kind: 'perPrestation', rates: { BILAN_ETAPE: '40.00' } }], exampleKeyContext(106140)) // [{ member: 'dr-martin', basis: 'perPrestation:BILAN_ETAPE', cents: 8000, unit: { code: 'BILAN_ETAPE', count: 2, rate: '40.00' } }]
 */
export function unitRateClaims(rules: readonly PerPrestationRule[], ctx: KeyContext): Claim[] {
  const claims: Claim[] = [];
  for (const rule of rules) {
    for (const [code, rate] of Object.entries(rule.rates)) {
      const perMember = new Map<string, number>();
      for (const c of ctx.counted) if (c.code === code) perMember.set(c.member, (perMember.get(c.member) ?? 0) + 1);
      for (const [member, count] of perMember)
        claims.push({
          member,
          basis: `perPrestation:${code}`,
          cents: toCents(rate) * count,
          unit: { code, count, rate },
        });
    }
  }
  return claims;
}

/**
 * The codes a unit rate pays: their prestations do not weigh again in a weights rule.
 *
 * @example
 * pricedCodes([{ kind: 'perPrestation', rates: { BILAN: '60.00' } }]).has('BILAN') // true
 */
export function pricedCodes(rules: readonly PerPrestationRule[]): ReadonlySet<string> {
  const codes = new Set<string>();
  for (const rule of rules) for (const code of Object.keys(rule.rates)) codes.add(code);
  return codes;
}

/** Unit rates: rank 1, claimed with fixed amounts and parts (./claims.ts); their codes weigh no more. */
export const PER_PRESTATION_RULE: KeyRuleDef<'perPrestation'> = {
  rank: KEY_RULE_RANK.perPrestation,
  check: KEY_RULE_CHECKS.perPrestation,
  claim: unitRateClaims,
  examples: [
    {
      title: 'DIET at 20.00 €: diet-a did 3, 60.00 €; the 476.00 € left to the structure',
      key: [{ kind: 'perPrestation', rates: { DIET: '20.00' } }, { kind: 'remainder' }],
      forfait: 53600,
      paid: ['structure remainder 47600', 'diet-a perPrestation:DIET 6000'],
    },
    {
      title: 'a priced code does not weigh again: DIET at 20.00 €, then 476.00 € by sessions without DIET (1 : 2)',
      key: [
        { kind: 'perPrestation', rates: { DIET: '20.00' } },
        { kind: 'weights', by: 'member', basis: 'sessions' },
      ],
      forfait: 53600,
      paid: [
        'diet-a perPrestation:DIET 6000',
        'med-a weights:member:sessions 15867',
        'psy-a weights:member:sessions 31733',
      ],
    },
  ],
};
