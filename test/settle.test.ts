import { describe, expect, it } from 'vitest';
import { settle, traceStepText, type Settlement } from '../src/index';
import { mustParse, pathJson, pr, projectJson, typeJson } from './helpers/fixtures';
import { typo } from './helpers/typography';

type Json = Record<string, unknown>;

/** S1 completed on 2026-02-20 by BILAN (med, 60 min) and two DIET (diet, 45 min each). */
const S1_DONE = () => [
  pr('a', 'BILAN', '2026-02-05', 'med'),
  pr('b', 'DIET', '2026-02-10', 'diet', { minutes: 45 }),
  pr('c', 'DIET', '2026-02-20', 'diet', { minutes: 45 }),
];

function run(
  mutate: (t: Json, p: Json, path: Json) => void,
  asOf = '2026-03-15',
  lang: 'fr' | 'en' = 'fr',
): Settlement {
  const t = typeJson();
  const p = projectJson();
  const path = pathJson();
  path.prestations = S1_DONE();
  mutate(t, p, path);
  const d = mustParse(t, p, path);
  return settle(d.type, d.project, d.path, { asOf, lang });
}
const s1 = (s: Settlement) => s.sequences.find((q) => q.sequence === 'S1')!;
const shares = (s: Settlement, seq = 'S1') =>
  Object.fromEntries(
    s.sequences
      .find((q) => q.sequence === seq)!
      .shares.map((x) => [x.beneficiary.kind === 'structure' ? 'structure' : x.beneficiary.id, x.amount]),
  );
const setKey = (p: Json, key: Json[]) => void (p.distribution = { default: key });

describe('forfait and payer split', () => {
  it('settles a completed séquence: 300.00, participation 30 % to the AMC, coordination 10 %, the rest by sessions', () => {
    const s = run(() => {});
    // forfait A 300.00; participation 300.00 × 0.30 = 90.00 → AMC (contrat responsable); AMO 300.00 − 90.00 = 210.00
    expect(s1(s).forfait).toMatchObject({
      base: '300.00',
      modulated: '300.00',
      share: '1',
      policy: 'completed',
      amount: '300.00',
    });
    expect(s1(s).payers).toEqual({ amo: '210.00', amc: '90.00', patient: '0.00', participation: '90.00' });
    // coordination 300.00 × 0.10 = 30.00; rest 270.00 by sessions med 1, diet 2 → 90.00, 180.00
    expect(shares(s)).toEqual({ structure: '30.00', diet: '180.00', med: '90.00' });
    expect(s1(s).billableOn).toBe('2026-02-20');
    expect(s.excluded.map((x) => [x.sequence, x.reason])).toEqual([['S2', 'NOT_ENDED']]);
  });

  it('applies the overseas coefficient to the profile amount, rounded to the cent', () => {
    const s = run((_t, _p, path) => {
      path.profile = 'B';
      (path.patient as Json).territory = '974';
    });
    // 400.00 × 1.20 = 480.00; participation 144.00; coordination 48.00; rest 432.00 → med 144.00, diet 288.00
    expect(s1(s).forfait).toMatchObject({
      base: '400.00',
      profile: 'B',
      coefficients: [{ id: 'om', factor: '1.2' }],
      modulated: '480.00',
      amount: '480.00',
    });
    expect(s1(s).payers).toMatchObject({ amo: '336.00', amc: '144.00' });
    expect(shares(s)).toEqual({ structure: '48.00', diet: '288.00', med: '144.00' });
  });

  it('rounds half away from zero when a coefficient falls on half a cent', () => {
    const s = run((t, _p, path) => {
      (t.modulations as Json[])[0]!.factor = '1.5';
      ((t.sequences as Json[])[0]!.forfait as Json).byProfile = { A: '100.05', B: '400.00' };
      (path.patient as Json).territory = '971';
    });
    // 10005 cents × 1.5 = 15007.5 cents → half away from zero → 15008 cents = 150.08
    expect(s1(s).forfait).toMatchObject({ base: '100.05', modulated: '150.08', amount: '150.08' });
    // participation 15008 × 0.3 = 4502.4 → 45.02; AMO 150.08 − 45.02 = 105.06
    expect(s1(s).payers).toMatchObject({ amo: '105.06', amc: '45.02' });
  });

  it('sets the participation to zero for an exempted patient (ALD)', () => {
    const s = run((_t, _p, path) => void (path.coverage = { complementary: 'responsable', exemptions: ['ald'] }));
    expect(s1(s).payers).toEqual({
      amo: '300.00',
      amc: '0.00',
      patient: '0.00',
      participation: '0.00',
      exemption: 'ald',
    });
  });

  it('lets the patient pay without complementary, the C2S pay with it, and the AMO pay all under the AME', () => {
    expect(s1(run((_t, _p, path) => void (path.coverage = { complementary: 'none' }))).payers).toMatchObject({
      amo: '210.00',
      amc: '0.00',
      patient: '90.00',
    });
    expect(s1(run((_t, _p, path) => void (path.coverage = { complementary: 'c2s' }))).payers).toMatchObject({
      amo: '210.00',
      amc: '90.00',
      patient: '0.00',
    });
    expect(s1(run((_t, _p, path) => void (path.coverage = { complementary: 'ame' }))).payers).toMatchObject({
      amo: '300.00',
      amc: '0.00',
      patient: '0.00',
      participation: '90.00',
    });
  });

  it('applies a flat participation, capped at the forfait, and honours a restricted exemption list', () => {
    const flat = run((t, _p, path) => {
      t.participation = { kind: 'flat', amount: '25.00', exemptions: ['maternite'] };
      path.coverage = { complementary: 'none', exemptions: ['ald'] };
    });
    // ald is not in this type's list: the flat 25.00 stays due by the patient; AMO 275.00
    expect(s1(flat).payers).toEqual({ amo: '275.00', amc: '0.00', patient: '25.00', participation: '25.00' });
    const capped = run((t) => void (t.participation = { kind: 'flat', amount: '999.00' }));
    expect(s1(capped).payers).toMatchObject({ amo: '0.00', amc: '300.00', participation: '300.00' });
    const none = run((t) => void (t.participation = { kind: 'none' }));
    expect(s1(none).payers).toEqual({ amo: '300.00', amc: '0.00', patient: '0.00', participation: '0.00' });
  });
});

describe('incomplete policies', () => {
  const exitAfterBilan = (path: Json) => {
    path.exit = { date: '2026-02-08', reason: 'withdrawal' };
    path.prestations = [pr('a', 'BILAN', '2026-02-05', 'med')];
  };

  it('tiers: one prestation reaches the first tier, 25 % of 300.00', () => {
    const s = run((_t, _p, path) => exitAfterBilan(path));
    // 300.00 × 0.25 = 75.00; participation 22.50 (AMC); AMO 52.50; coordination 7.50; rest 67.50 → med (1 session)
    expect(s1(s).forfait).toMatchObject({ policy: 'tiers', share: '0.25', amount: '75.00' });
    expect(s1(s).payers).toMatchObject({ amo: '52.50', amc: '22.50' });
    expect(shares(s)).toEqual({ structure: '7.50', med: '67.50' });
    expect(s1(s)).toMatchObject({ status: 'incomplete', billableOn: '2026-02-08' });
    expect(s.excluded.map((x) => [x.sequence, x.reason])).toEqual([['S2', 'NOT_STARTED']]);
  });

  it('tiers: nothing done, no tier reached, nothing due', () => {
    const s = run((_t, _p, path) => {
      path.exit = { date: '2026-02-08', reason: 'withdrawal' };
      path.prestations = [];
    });
    expect(s.sequences).toEqual([]);
    expect(s.excluded.map((x) => [x.sequence, x.reason])).toEqual([
      ['S1', 'NOTHING_DUE'],
      ['S2', 'NOT_STARTED'],
    ]);
  });

  it('none: an incomplete séquence pays nothing; full: it pays the whole forfait', () => {
    const none = run((t, _p, path) => {
      ((t.sequences as Json[])[0] as Json).incomplete = { policy: 'none' };
      exitAfterBilan(path);
    });
    expect(none.sequences).toEqual([]);
    const full = run((t, _p, path) => {
      ((t.sequences as Json[])[0] as Json).incomplete = { policy: 'full' };
      exitAfterBilan(path);
    });
    expect(s1(full).forfait).toMatchObject({ policy: 'full', share: '1', amount: '300.00' });
  });

  it('prorata: 1 of 3 required prestations met in S2 → 600.00 × 1/3 = 200.00', () => {
    const s = run((_t, _p, path) => {
      path.prestations = [...S1_DONE(), pr('d', 'PSY', '2026-04-01', 'psy')];
      path.exit = { date: '2026-06-01', reason: 'moved' };
    }, '2026-07-01');
    const s2 = s.sequences.find((q) => q.sequence === 'S2')!;
    expect(s2.forfait).toMatchObject({
      policy: 'prorata',
      share: '0.3333333333333333333333333333333333333333',
      amount: '200.00',
    });
    // participation 60.00; coordination 20.00; rest 180.00 → psy (only session)
    expect(s2.payers).toMatchObject({ amo: '140.00', amc: '60.00' });
    expect(shares(s, 'S2')).toEqual({ structure: '20.00', psy: '180.00' });
  });

  it('prorata rounds to the cent: 2 of 3 of 100.00 is 66.67', () => {
    const s = run((t, _p, path) => {
      ((t.sequences as Json[])[1] as Json).forfait = { amount: '100.00' };
      path.prestations = [...S1_DONE(), pr('d', 'PSY', '2026-04-01', 'psy'), pr('e', 'APA', '2026-04-02', 'apa')];
      path.exit = { date: '2026-06-01', reason: 'moved' };
    }, '2026-07-01');
    expect(s.sequences.find((q) => q.sequence === 'S2')!.forfait.amount).toBe('66.67');
  });

  it('prorata lands exactly on a half cent and rounds it up: 0.21 × 3/14 = 0.045 → 0.05', () => {
    const s = run((t, _p, path) => {
      const s2def = (t.sequences as Json[])[1] as Json;
      s2def.forfait = { amount: '0.21' };
      // 13 PSY/APA + 1 FINAL required: 14; 3 met (PSY, APA, PSY).
      s2def.requirements = [
        { anyOf: ['PSY', 'APA'], min: 13, max: 20 },
        { prestation: 'FINAL', min: 1, max: 1 },
      ];
      path.prestations = [
        ...S1_DONE(),
        pr('d', 'PSY', '2026-04-01', 'psy'),
        pr('e', 'APA', '2026-04-02', 'apa'),
        pr('f', 'PSY', '2026-04-03', 'psy'),
      ];
      path.exit = { date: '2026-06-01', reason: 'moved' };
    }, '2026-07-01');
    const s2 = s.sequences.find((q) => q.sequence === 'S2')!;
    expect(s2.forfait).toMatchObject({
      policy: 'prorata',
      amount: '0.05',
      share: '0.2142857142857142857142857142857142857143',
    });
    expect(traceStepText(s2.trace.find((t) => t.step === 'POLICY_PRORATA')!, 'fr')).toBe(
      typo(
        'Séquence incomplète (fin le 2026-06-01), règle « prorata » : 3 exigences satisfaites sur 14 ; 0,21 € × 3/14 = 0,045 €, arrondi : 0,05 €',
      ),
    );
  });
});

describe('distribution keys', () => {
  it('coordination amount, fixed amount and an explicit remainder taker', () => {
    const s = run((_t, p) =>
      setKey(p, [
        { kind: 'coordination', amount: '50.00' },
        { kind: 'fixed', member: 'med', amount: '100.00' },
        { kind: 'remainder', member: 'diet' },
      ]),
    );
    // 300.00 − 50.00 − 100.00 = 150.00 → diet
    expect(shares(s)).toEqual({ structure: '50.00', diet: '150.00', med: '100.00' });
  });

  it('unit rates per counted prestation go to their performers, and are not weighed again by sessions', () => {
    const s = run((_t, p) =>
      setKey(p, [
        { kind: 'coordination', rate: '0.10' },
        { kind: 'perPrestation', rates: { BILAN: '60.00' } },
        { kind: 'weights', by: 'member', basis: 'sessions' },
      ]),
    );
    // 30.00 coordination; BILAN 1 × 60.00 → med; rest 210.00 by unpriced sessions: diet 2 → 210.00
    expect(shares(s)).toEqual({ structure: '30.00', diet: '210.00', med: '60.00' });
    expect(s1(s).shares.find((x) => x.beneficiary.kind === 'member' && x.beneficiary.id === 'med')!.parts).toEqual([
      { basis: 'perPrestation:BILAN', amount: '60.00' },
    ]);
  });

  it('scales fixed amounts and unit rates down in proportion when they exceed the forfait, with a warning', () => {
    const s = run((_t, p) =>
      setKey(p, [
        { kind: 'coordination', rate: '0.10' },
        { kind: 'fixed', member: 'med', amount: '100.00' },
        { kind: 'perPrestation', rates: { DIET: '100.00' } },
      ]),
    );
    // claims: diet 2 × 100.00 = 200.00, med 100.00 → 300.00 for 270.00 available → ×0.9 → diet 180.00, med 90.00
    expect(shares(s)).toEqual({ structure: '30.00', diet: '180.00', med: '90.00' });
    expect(s.issues.map((i) => [i.code, i.params])).toEqual([
      ['KEY_SCALED_DOWN', { sequence: 'S1', claimed: '300.00', available: '270.00' }],
    ]);
  });

  it('scales with the largest remainder when the ratio does not fall on cents', () => {
    const s = run((_t, p) =>
      setKey(p, [
        { kind: 'fixed', member: 'med', amount: '200.00' },
        { kind: 'fixed', member: 'diet', amount: '100.00' },
        { kind: 'fixed', member: 'psy', amount: '50.00' },
      ]),
    );
    // 30000 cents by 100:200:50 (diet, med, psy) → 8571.43, 17142.86, 4285.71 → floors 29998 → +1 med (.86), +1 psy (.71)
    expect(shares(s)).toEqual({ diet: '85.71', med: '171.43', psy: '42.86' });
  });

  it('scales per member first, so a member with two claims is not cut twice by rounding', () => {
    const s = run((t, p, path) => {
      ((t.sequences as Json[])[1] as Json).forfait = { amount: '0.02' };
      ((t.sequences as Json[])[1] as Json).incomplete = { policy: 'full' };
      path.prestations = [...S1_DONE(), pr('d', 'PSY', '2026-03-01', 'psy'), pr('e', 'APA', '2026-03-01', 'apa')];
      path.exit = { date: '2026-03-02', reason: 'other' };
      p.distribution = {
        bySequence: {
          S1: [{ kind: 'remainder' }],
          S2: [
            { kind: 'fixed', member: 'apa', amount: '120.00' },
            { kind: 'perPrestation', rates: { PSY: '40.00', APA: '20.00' } },
          ],
        },
      };
    });
    // 2 cents for claims apa 120.00 + 20.00 = 140.00 and psy 40.00: quotas 1.56 and 0.44 → apa 2 cents, psy 0
    // (scaling each claim line apart would give apa 1.33 + 0.22 → 1 cent and psy 0.44 → 1 cent)
    expect(shares(s, 'S2')).toEqual({ apa: '0.02' });
    expect(s.sequences[1]!.shares[0]!.parts).toEqual([{ basis: 'fixed', amount: '0.02' }]);
  });

  it('weights by profession on minutes, then within the profession', () => {
    const s = run((_t, p) =>
      setKey(p, [
        { kind: 'coordination', rate: '0.10' },
        { kind: 'weights', by: 'profession', basis: 'minutes' },
      ]),
    );
    // rest 270.00 by minutes: dieteticien 90, medecin 60 (total 150) → 162.00, 108.00
    expect(shares(s)).toEqual({ structure: '30.00', diet: '162.00', med: '108.00' });
  });

  it('weights by member in equal parts with explicit factors', () => {
    const s = run((_t, p) =>
      setKey(p, [{ kind: 'weights', by: 'member', basis: 'equal', weights: { med: '1', diet: '2', psy: '3' } }]),
    );
    // 300.00 by 2:1:3 (diet, med, psy) → 100.00, 50.00, 150.00 — psy did nothing but is listed for equal parts
    expect(shares(s)).toEqual({ diet: '100.00', med: '50.00', psy: '150.00' });
  });

  it('gives members who did nothing nothing on sessions, and an odd cent to the largest remainder', () => {
    const s = run((t, p, path) => {
      ((t.sequences as Json[])[0]!.forfait as Json).byProfile = { A: '100.00', B: '100.00' };
      (t.prestations as Json[])[2] = { code: 'PSY', professions: ['psychologue'] };
      ((t.sequences as Json[])[0] as Json).requirements = [{ anyOf: ['BILAN', 'DIET', 'PSY'], min: 3 }];
      path.prestations = [
        pr('a', 'BILAN', '2026-02-05', 'med'),
        pr('b', 'DIET', '2026-02-10', 'diet'),
        pr('c', 'PSY', '2026-02-20', 'psy'),
      ];
      setKey(p, [{ kind: 'weights', by: 'member', basis: 'sessions' }]);
    });
    // 10000 cents by 1:1:1 (diet, med, psy) → 3333.33 each → the extra cent to the first: diet
    expect(shares(s)).toEqual({ diet: '33.34', med: '33.33', psy: '33.33' });
    expect(Object.keys(shares(s))).not.toContain('apa');
  });

  it('sends what a key leaves to the structure with a warning, and an unusable weights rule on to the next rule', () => {
    const s = run((_t, p) =>
      setKey(p, [
        { kind: 'coordination', rate: '0.10' },
        { kind: 'perPrestation', rates: { BILAN: '60.00', DIET: '10.00' } },
        { kind: 'weights', by: 'member', basis: 'sessions' },
      ]),
    );
    // 30.00 + med 60.00 + diet 20.00 = 110.00; rest 190.00; every counted prestation is priced → weights empty → structure
    expect(shares(s)).toEqual({ structure: '220.00', diet: '20.00', med: '60.00' });
    expect(s.issues.map((i) => i.code)).toEqual(['KEY_WEIGHTS_EMPTY', 'KEY_REMAINDER_TO_STRUCTURE']);
    expect(s.issues[1]!.params).toMatchObject({ amount: '190.00' });
  });

  it('weighs only the prestations counted: a fourth DIET over the maximum of 3 is not a session', () => {
    const s = run((_t, _p, path) => {
      path.prestations = [
        ...S1_DONE(),
        pr('d', 'DIET', '2026-02-24', 'diet', { minutes: 45 }),
        pr('e', 'DIET', '2026-02-25', 'diet', { minutes: 45 }),
      ];
    });
    // DIET counted 3 times at most: med 1, diet 3 sessions; 270.00 × 1/4 = 67.50, × 3/4 = 202.50.
    expect(shares(s)).toEqual({ structure: '30.00', diet: '202.50', med: '67.50' });
  });

  it('uses the projet key for a séquence before its default, and pays employers for their employees', () => {
    const s = run((_t, p) => {
      p.distribution = {
        default: [{ kind: 'remainder' }],
        bySequence: { S1: [{ kind: 'fixed', member: 'apa', amount: '10.00' }, { kind: 'remainder' }] },
      };
    });
    const apa = s1(s).shares.find((x) => x.beneficiary.kind === 'member')!;
    expect(apa.payee).toEqual({ kind: 'employer', name: 'Asso', idType: 'SIRET', id: '90000000200015' });
    expect(s1(s).shares.find((x) => x.beneficiary.kind === 'structure')!.payee).toEqual({
      kind: 'structure',
      name: 'MSP test',
      idType: 'SIRET',
      id: '90000000100017',
    });
    expect(shares(s)).toEqual({ structure: '290.00', apa: '10.00' });
  });
});

describe('trace, totals and bad paths', () => {
  it('writes the trace as data that a person can redo by hand, in French with French typography', () => {
    const s = run(() => {});
    expect(s1(s).trace.map((t) => t.step)).toEqual([
      'BASE',
      'COMPLETED',
      'PARTICIPATION_RATE',
      'PAYERS',
      'KEY_SOURCE',
      'COORDINATION_RATE',
      'REST',
      'WEIGHTS',
      'CHECK',
    ]);
    expect(s1(s).trace[2]).toEqual({
      step: 'PARTICIPATION_RATE',
      params: { forfait: '300.00', rate: '0.3', exact: '90', amount: '90.00' },
      amount: '90.00',
    });
    const text = (i: number) => traceStepText(s1(s).trace[i]!, 'fr');
    expect(text(2)).toBe(typo('Participation du patient : 300,00 € × 0,3 = 90,00 €, arrondi : 90,00 €'));
    expect(text(2)).toBe(
      'Participation du patient\u00a0: 300,00\u00a0€ × 0,3 = 90,00\u00a0€, arrondi\u00a0: 90,00\u00a0€',
    );
    expect(text(7)).toBe(
      typo(
        'Pondération par membre sur les séances : diet 2, med 1 (total 3) ; 270,00 € réparti au plus fort reste : diet 180,00 €, med 90,00 €',
      ),
    );
    expect(text(8)).toBe(typo('Contrôle : somme des parts 300,00 € = forfait 300,00 €'));
  });

  it('renders the same trace in English without settling again', () => {
    const s = run(() => {});
    expect(traceStepText(s1(s).trace[0]!, 'en')).toBe('Base payment (profile A): €300.00');
    expect(traceStepText(s1(s).trace[4]!, 'en')).toBe("Distribution key: the project's, default key");
    expect(traceStepText(s1(s).trace[4]!, 'fr')).toBe(typo('Clé de répartition : projet, clé par défaut'));
  });

  it('totals the path by payer, beneficiary and payee', () => {
    const s = run((_t, _p, path) => {
      path.prestations = [...S1_DONE(), pr('d', 'PSY', '2026-04-01', 'psy')];
      path.exit = { date: '2026-06-01', reason: 'moved' };
    }, '2026-07-01');
    // S1 300.00 + S2 200.00 = 500.00; AMO 210.00 + 140.00; AMC 90.00 + 60.00
    expect(s.totals).toMatchObject({ forfait: '500.00', amo: '350.00', amc: '150.00', patient: '0.00' });
    expect(s.totals.byBeneficiary.map((l) => [l.who.kind === 'structure' ? 'structure' : l.who.id, l.amount])).toEqual([
      ['structure', '50.00'],
      ['diet', '180.00'],
      ['med', '90.00'],
      ['psy', '180.00'],
    ]);
    expect(s.totals.byPayee.map((l) => `${l.who.idType}:${l.amount}`)).toEqual([
      'ADELI:180.00',
      'ADELI:180.00',
      'RPPS:90.00',
      'SIRET:50.00',
    ]);
  });

  it('settles what is valid and says what was left out', () => {
    const s = run((_t, _p, path) => {
      path.prestations = [...S1_DONE(), pr('x', 'DIET', '2026-02-11', 'diet', { minutes: 10 })];
    });
    expect(s.issues.map((i) => i.code)).toEqual(['PRESTATION_TOO_SHORT']);
    expect(shares(s)).toEqual({ structure: '30.00', diet: '180.00', med: '90.00' });
  });

  it('a type that is not official: TYPE_NOT_OFFICIAL on its status, and its séquences still settled', () => {
    const s = run((t) => void (t.status = 'draft'));
    expect(s.issues.map((i) => [i.code, i.document, i.path, i.params])).toEqual([
      ['TYPE_NOT_OFFICIAL', 'type', ['status'], { type: 't-test', version: 'v1', status: 'draft' }],
    ]);
    expect(s1(s).forfait.amount).toBe('300.00');
  });

  it('why each ended séquence is not billed: not started, no key, awaiting its attestation, nothing due', () => {
    // kills src/settlement/settle.ts ConditionalExpression (chosen === undefined → false): settling without a key
    // The patient left on 2026-02-12 after the BILAN alone: S1 ended incomplete (1 done → tier 0.25: 300.00 × 0.25
    // = 75.00), S2 never started.
    const left = run((_t, _p, path) => {
      path.prestations = [pr('a', 'BILAN', '2026-02-05', 'med')];
      path.exit = { date: '2026-02-12', reason: 'moved' };
    });
    expect(s1(left).forfait.amount).toBe('75.00');
    expect(left.excluded).toEqual([{ sequence: 'S2', status: 'not-started', reason: 'NOT_STARTED' }]);
    // No key for S1 (the projet names one for S2 only, the type none).
    const noKey = run((_t, p) => void (p.distribution = { bySequence: { S2: [{ kind: 'remainder' }] } }));
    expect(noKey.sequences).toEqual([]);
    expect(noKey.excluded.map((x) => [x.sequence, x.status, x.reason])).toEqual([
      ['S1', 'completed', 'NO_KEY'],
      ['S2', 'in-progress', 'NOT_ENDED'],
    ]);
    // S1 requires an attestation not signed yet: not billed, and its coverage gap is not said before it is.
    const awaiting = run((t, _p, path) => {
      ((t.sequences as Json[])[0] as Json).requiresAttestation = true;
      path.coverage = { complementary: [{ kind: 'responsable', from: '2026-01-01', to: '2026-02-19' }] };
    });
    expect(awaiting.sequences).toEqual([]);
    expect(awaiting.excluded.map((x) => [x.sequence, x.reason])).toEqual([
      ['S1', 'AWAITING_ATTESTATION'],
      ['S2', 'NOT_ENDED'],
    ]);
    expect(awaiting.issues).toEqual([]);
    // Signed on 2026-03-01: billable that day, after the complementary's last day (2026-02-19): a gap, the patient
    // pays 90.00.
    const signed = run((t, _p, path) => {
      ((t.sequences as Json[])[0] as Json).requiresAttestation = true;
      path.coverage = { complementary: [{ kind: 'responsable', from: '2026-01-01', to: '2026-02-19' }] };
      path.attestations = [{ sequence: 'S1', date: '2026-03-01' }];
    });
    expect(s1(signed)).toMatchObject({ billableOn: '2026-03-01', payers: { patient: '90.00', amc: '0.00' } });
    expect(signed.issues.map((i) => [i.code, i.document, i.path, i.params])).toEqual([
      ['COVERAGE_GAP', 'path', ['coverage', 'complementary'], { sequence: 'S1', date: '2026-03-01' }],
    ]);
  });

  it('bills nothing on a blocked path and says why', () => {
    const s = run((_t, _p, path) => void ((path.patient as Json).birthDate = '2010-01-01'));
    expect(s.sequences).toEqual([]);
    expect(s.issues.map((i) => i.code)).toEqual(['PATIENT_TOO_YOUNG', 'SETTLEMENT_BLOCKED']);
    expect(s.excluded).toEqual([
      { sequence: 'S1', status: 'completed', reason: 'BLOCKED' },
      { sequence: 'S2', status: 'in-progress', reason: 'BLOCKED' },
    ]);
    expect(s.issues[1]).toMatchObject({ code: 'SETTLEMENT_BLOCKED', document: 'path', path: [], params: {} });
    expect(s.totals.forfait).toBe('0.00');
  });
});
