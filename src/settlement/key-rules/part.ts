import type { PartRule } from '../../documents/distribution-key';
import { allocateCentsChecked } from '../../money/allocate';
import { byText } from '../../domain/text-order';
import type { Claim } from './claims';
import type { KeyContext } from './key-context';
import { KEY_RULE_CHECKS } from '../../documents/key-checks';
import { KEY_RULE_RANK } from '../../documents/distribution-key';
import type { KeyRuleDef } from './key-rule-def';

/**
 * The claims of part rules: the part's share of the amount billed (`ctx.parts`, absent from a séquence without it)
 * to the rule's member, or shared by the members of its profession in proportion to their counted prestations
 * (equally when none did any), by largest remainder. A member or profession outside the team claims nothing.
 *
 * @example
 * partClaims([{ kind: 'part', part: 'psy', profession: 'psychologue' }], { ...exampleKeyContext(106140), parts: new Map([['psy', 28980]]) }) // [{ member: 'psy-bernard', basis: 'part:psy', cents: 28980, part: 'psy' }]
 */
export function partClaims(rules: readonly PartRule[], ctx: KeyContext): Claim[] {
  const claims: Claim[] = [];
  for (const rule of rules) {
    const cents = ctx.parts?.get(rule.part);
    if (cents === undefined || cents === 0) continue;
    const basis = `part:${rule.part}`;
    if (rule.member !== undefined) {
      if (ctx.members.has(rule.member)) claims.push({ member: rule.member, basis, cents, part: rule.part });
      continue;
    }
    const of = ctx.team.filter((m) => m.profession === rule.profession).sort((a, b) => byText(a.id, b.id));
    if (of.length === 0) continue;
    let weights = of.map((m) => ctx.counted.filter((c) => c.member === m.id).length);
    if (weights.every((w) => w === 0)) weights = of.map(() => 1);
    const split = allocateCentsChecked(cents, weights);
    of.forEach((m, i) => {
      const share = split[i] ?? 0;
      if (share > 0) claims.push({ member: m.id, basis, cents: share, part: rule.part });
    });
  }
  return claims;
}

/** Parts of the forfait: rank 1, claimed with fixed amounts and unit rates (./claims.ts). */
export const PART_RULE: KeyRuleDef<'part'> = {
  rank: KEY_RULE_RANK.part,
  check: KEY_RULE_CHECKS.part,
  claim: partClaims,
  examples: [
    {
      title:
        'the psy part, 289.80 €, to the psychologists by their prestations (psy-a 2, psy-b 0); the rest to the structure',
      key: [{ kind: 'part', part: 'psy', profession: 'psychologue' }, { kind: 'remainder' }],
      forfait: 106140,
      parts: { psy: 28980 },
      paid: ['structure remainder 77160', 'psy-a part:psy 28980'],
    },
    {
      title: 'a part the séquence does not have (apa) claims nothing; its psy part, 50.00 €, to psy-b; 50.00 € left',
      key: [
        { kind: 'part', part: 'apa', member: 'med-a' },
        { kind: 'part', part: 'psy', member: 'psy-b' },
        { kind: 'remainder' },
      ],
      forfait: 10000,
      parts: { psy: 5000 },
      paid: ['structure remainder 5000', 'psy-b part:psy 5000'],
    },
  ],
};
