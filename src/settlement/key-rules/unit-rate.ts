import type { PerPrestationRule } from '../../documents/distribution-key';
import { toCents } from '../../money/decimal';
import type { Claim } from './claims';
import type { KeyContext } from './key-context';

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
