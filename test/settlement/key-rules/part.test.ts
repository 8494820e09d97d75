import { describe, expect, it } from 'vitest';
import type { TeamMember } from '../../../src/documents/project';
import type { CountedPrestation, KeyContext } from '../../../src/settlement/key-rules/key-context';
import { partClaims } from '../../../src/settlement/key-rules/part';
import { keyContext } from '../../helpers/key-context';

/** The example team's context with the séquence's parts (cents by part id). */
const withParts = (parts: Record<string, number>, counted?: readonly CountedPrestation[]): KeyContext => ({
  ...keyContext(106140, counted),
  parts: new Map(Object.entries(parts)),
});

describe('parts of the forfait: the part billed, to a member or to a profession', () => {
  it('a part named to a member of the team: the whole part, 289.80 €, to that member', () => {
    expect(partClaims([{ kind: 'part', part: 'psy', member: 'psy-b' }], withParts({ psy: 28980 }))).toEqual([
      { member: 'psy-b', basis: 'part:psy', cents: 28980, part: 'psy' },
    ]);
  });

  it('a member outside the team, a part the séquence does not have, a part of 0.00 €: no claim', () => {
    const ctx = withParts({ psy: 28980, apa: 0 });
    expect(partClaims([{ kind: 'part', part: 'psy', member: 'nobody' }], ctx)).toEqual([]);
    expect(partClaims([{ kind: 'part', part: 'diet', member: 'diet-a' }], ctx)).toEqual([]);
    expect(partClaims([{ kind: 'part', part: 'apa', member: 'diet-a' }], ctx)).toEqual([]);
    expect(partClaims([{ kind: 'part', part: 'apa', profession: 'psychologue' }], ctx)).toEqual([]);
    // A séquence whose forfait has no parts at all.
    expect(partClaims([{ kind: 'part', part: 'psy', member: 'psy-a' }], keyContext(106140))).toEqual([]);
    expect(partClaims([{ kind: 'part', part: 'psy', profession: 'psychologue' }], keyContext(106140))).toEqual([]);
  });

  it('a profession nobody of the team practises claims nothing', () => {
    expect(partClaims([{ kind: 'part', part: 'psy', profession: 'infirmier' }], withParts({ psy: 28980 }))).toEqual([]);
  });

  it('shared by the profession’s members by counted prestations: psy-a 1, psy-b 3 → 100.00 € as 25.00 + 75.00', () => {
    const counted = [
      { member: 'psy-a', code: 'PSY' },
      { member: 'psy-b', code: 'PSY' },
      { member: 'psy-b', code: 'PSY' },
      { member: 'psy-b', code: 'PSY' },
      { member: 'med-a', code: 'BILAN' },
    ];
    // 10,000 × 1 / 4 = 2,500 and 10,000 × 3 / 4 = 7,500 cents; med-a, not a psychologist, weighs nothing here.
    expect(
      partClaims([{ kind: 'part', part: 'psy', profession: 'psychologue' }], withParts({ psy: 10000 }, counted)),
    ).toEqual([
      { member: 'psy-a', basis: 'part:psy', cents: 2500, part: 'psy' },
      { member: 'psy-b', basis: 'part:psy', cents: 7500, part: 'psy' },
    ]);
  });

  it('a member of the profession with no prestation gets nothing, and no claim: psy-a 2, psy-b 0 → all to psy-a', () => {
    expect(partClaims([{ kind: 'part', part: 'psy', profession: 'psychologue' }], withParts({ psy: 28980 }))).toEqual([
      { member: 'psy-a', basis: 'part:psy', cents: 28980, part: 'psy' },
    ]);
  });

  it('equal shares when no member of the profession did a prestation: 289.81 € → 144.91 + 144.90', () => {
    // 28,981 / 2 = 14,490.5 each: 14,490 and 14,490, the cent left to the earlier by id (psy-a).
    expect(
      partClaims([{ kind: 'part', part: 'psy', profession: 'psychologue' }], withParts({ psy: 28981 }, [])),
    ).toEqual([
      { member: 'psy-a', basis: 'part:psy', cents: 14491, part: 'psy' },
      { member: 'psy-b', basis: 'part:psy', cents: 14490, part: 'psy' },
    ]);
  });

  it('the members are taken in id order whatever the team’s order: the odd cent to psy-a', () => {
    const team: TeamMember[] = [
      { id: 'psy-b', profession: 'psychologue', adeli: '345678916' },
      { id: 'psy-a', profession: 'psychologue', adeli: '234567891' },
    ];
    const counted = [
      { member: 'psy-b', code: 'PSY' },
      { member: 'psy-a', code: 'PSY' },
    ];
    // 101 cents, 1 : 1 → 50.5 each: 50 and 50, the cent left to the earlier by id.
    const ctx: KeyContext = {
      ...withParts({ psy: 101 }, counted),
      team,
      members: new Map(team.map((m) => [m.id, m])),
    };
    expect(partClaims([{ kind: 'part', part: 'psy', profession: 'psychologue' }], ctx)).toEqual([
      { member: 'psy-a', basis: 'part:psy', cents: 51, part: 'psy' },
      { member: 'psy-b', basis: 'part:psy', cents: 50, part: 'psy' },
    ]);
  });
});
