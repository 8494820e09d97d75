import { describe, expect, it } from 'vitest';
import type { TeamMember } from '../../../src/documents/project';
import type { CountedPrestation, KeyContext } from '../../../src/settlement/key-rules/key-context';
import { applyWeights } from '../../../src/settlement/key-rules/weights';
import { keyContext, paid, steps, TEAM } from '../../helpers/key-context';

const NONE = new Set<string>();

/** A key context over `forfait` cents with another team (and its counted prestations). */
const teamContext = (
  forfait: number,
  team: readonly TeamMember[],
  counted: readonly CountedPrestation[],
): KeyContext => ({
  ...keyContext(forfait, counted),
  team,
  members: new Map(team.map((m) => [m.id, m])),
});

describe('weights: what is left, by member or by profession', () => {
  it('by member on sessions: 1, 3 and 2 sessions share 600.00 € as 100, 300 and 200; no session, nothing', () => {
    const ctx = keyContext(60000);
    applyWeights({ kind: 'weights', by: 'member', basis: 'sessions' }, NONE, ctx);
    expect(paid(ctx)).toEqual([
      'diet-a weights:member:sessions 30000',
      'med-a weights:member:sessions 10000',
      'psy-a weights:member:sessions 20000',
    ]);
    expect(ctx.trace.steps[0]?.params).toEqual({
      by: 'member',
      basis: 'sessions',
      parts: [
        { name: 'diet-a', weight: '3', amount: '300.00' },
        { name: 'med-a', weight: '1', amount: '100.00' },
        { name: 'psy-a', weight: '2', amount: '200.00' },
      ],
      total: '6',
      amount: '600.00',
    });
  });

  it('prestations already paid by a unit rate do not weigh again: without BILAN, 3 : 2 of 100.00 €', () => {
    const ctx = keyContext(10000);
    applyWeights({ kind: 'weights', by: 'member', basis: 'sessions' }, new Set(['BILAN']), ctx);
    expect(paid(ctx)).toEqual(['diet-a weights:member:sessions 6000', 'psy-a weights:member:sessions 4000']);
  });

  it('on minutes: 90, 60 and 90 minutes share 100.00 € as 37.50, 25.00 and 37.50', () => {
    const ctx = keyContext(10000);
    applyWeights({ kind: 'weights', by: 'member', basis: 'minutes' }, NONE, ctx);
    expect(paid(ctx)).toEqual([
      'diet-a weights:member:minutes 3750',
      'med-a weights:member:minutes 2500',
      'psy-a weights:member:minutes 3750',
    ]);
  });

  it('equal parts between the members who did something: 100.00 € in three, the odd cent to the first', () => {
    const ctx = keyContext(10000);
    applyWeights({ kind: 'weights', by: 'member', basis: 'equal' }, NONE, ctx);
    expect(paid(ctx)).toEqual([
      'diet-a weights:member:equal 3334',
      'med-a weights:member:equal 3333',
      'psy-a weights:member:equal 3333',
    ]);
  });

  it('a factor multiplies a member’s sessions: med-a × 2 → 2, 3, 2 of 70.00 € = 20, 30, 20', () => {
    const ctx = keyContext(7000);
    applyWeights({ kind: 'weights', by: 'member', basis: 'sessions', weights: { 'med-a': '2' } }, NONE, ctx);
    expect(paid(ctx)).toEqual([
      'diet-a weights:member:sessions 3000',
      'med-a weights:member:sessions 2000',
      'psy-a weights:member:sessions 2000',
    ]);
  });

  it('by profession, then within the profession by activity: the psychologists’ 200.00 € all to psy-a', () => {
    const ctx = keyContext(60000);
    applyWeights({ kind: 'weights', by: 'profession', basis: 'sessions' }, NONE, ctx);
    expect(paid(ctx)).toEqual([
      'diet-a weights:profession:sessions 30000',
      'med-a weights:profession:sessions 10000',
      'psy-a weights:profession:sessions 20000',
    ]);
    expect(steps(ctx)).toEqual(['WEIGHTS', 'WEIGHTS_WITHIN']);
    expect(ctx.trace.steps[1]?.params).toEqual({
      profession: 'psychologue',
      parts: [
        { name: 'psy-a', weight: '2', amount: '200.00' },
        { name: 'psy-b', weight: '0', amount: '0.00' },
      ],
      amount: '200.00',
    });
  });

  it('when every weight is zero nothing is paid, and KEY_WEIGHTS_EMPTY says so', () => {
    const ctx = keyContext(10000, []);
    applyWeights({ kind: 'weights', by: 'member', basis: 'sessions' }, NONE, ctx);
    expect(paid(ctx)).toEqual([]);
    expect(ctx.ledger.left).toBe(10000);
    expect(steps(ctx)).toEqual(['WEIGHTS_EMPTY']);
    expect(ctx.sink.issues.map((i) => [i.code, i.path, i.document, i.params])).toEqual([
      ['KEY_WEIGHTS_EMPTY', ['distribution'], 'project', { sequence: 'S1' }],
    ]);
  });

  it('by profession too: no prestation at all, nothing paid, KEY_WEIGHTS_EMPTY', () => {
    const ctx = keyContext(10000, []);
    applyWeights({ kind: 'weights', by: 'profession', basis: 'sessions' }, NONE, ctx);
    expect(paid(ctx)).toEqual([]);
    expect(steps(ctx)).toEqual(['WEIGHTS_EMPTY']);
    expect(ctx.sink.issues.map((i) => i.code)).toEqual(['KEY_WEIGHTS_EMPTY']);
  });

  it('decimal factors: diet-a × 0 is left out of the trace, med-a × 0.5 = 0.5, psy-a 2 → 100.00 € as 20.00 + 80.00', () => {
    // Weights in id order: diet-a 0 × 3 = 0, med-a 0.5 × 1 = 0.5, psy-a 2, psy-b 0; total 2.5.
    // 10,000 × 0.5 / 2.5 = 2,000 and 10,000 × 2 / 2.5 = 8,000 cents.
    const ctx = keyContext(10000);
    applyWeights(
      { kind: 'weights', by: 'member', basis: 'sessions', weights: { 'diet-a': '0', 'med-a': '0.5' } },
      NONE,
      ctx,
    );
    expect(paid(ctx)).toEqual(['med-a weights:member:sessions 2000', 'psy-a weights:member:sessions 8000']);
    expect(ctx.trace.steps[0]?.params).toEqual({
      by: 'member',
      basis: 'sessions',
      parts: [
        { name: 'med-a', weight: '0.5', amount: '20.00' },
        { name: 'psy-a', weight: '2', amount: '80.00' },
      ],
      total: '2.5',
      amount: '100.00',
    });
  });

  it('a total of decimal weights only: diet-a 0.5 × 3 = 1.5, med-a 0.5 × 1 = 0.5, psy-a 2 → 4; 100.00 € as 37.50, 12.50, 50.00', () => {
    // 10,000 × 1.5 / 4 = 3,750; 10,000 × 0.5 / 4 = 1,250; 10,000 × 2 / 4 = 5,000 cents.
    const ctx = keyContext(10000);
    applyWeights(
      { kind: 'weights', by: 'member', basis: 'sessions', weights: { 'diet-a': '0.5', 'med-a': '0.5' } },
      NONE,
      ctx,
    );
    expect(paid(ctx)).toEqual([
      'diet-a weights:member:sessions 3750',
      'med-a weights:member:sessions 1250',
      'psy-a weights:member:sessions 5000',
    ]);
    expect(ctx.trace.steps[0]?.params).toMatchObject({ total: '4' });
  });

  it('the trace writes a weight with six decimals at most, rounded: a factor of 0.1234567 → 0.123457', () => {
    // A key's factors have six decimals at most (WEIGHT_PATTERN); the trace rounds whatever it is given.
    // Weights: diet-a 3, med-a 0.1234567 × 1, psy-a 2 → total 5.1234567 → 5.123457.
    const ctx = keyContext(10000);
    applyWeights({ kind: 'weights', by: 'member', basis: 'sessions', weights: { 'med-a': '0.1234567' } }, NONE, ctx);
    expect(ctx.trace.steps[0]?.params).toMatchObject({
      parts: [
        { name: 'diet-a', weight: '3' },
        { name: 'med-a', weight: '0.123457' },
        { name: 'psy-a', weight: '2' },
      ],
      total: '5.123457',
    });
  });

  it('equal parts with listed weights go to the members listed, active or not: med-a 2, psy-b 1 → 60.00 + 30.00', () => {
    // diet-a and psy-a did prestations but are not listed: weight 0. 9,000 × 2 / 3 = 6,000 and 9,000 × 1 / 3 = 3,000.
    const ctx = keyContext(9000);
    applyWeights({ kind: 'weights', by: 'member', basis: 'equal', weights: { 'med-a': '2', 'psy-b': '1' } }, NONE, ctx);
    expect(paid(ctx)).toEqual(['med-a weights:member:equal 6000', 'psy-b weights:member:equal 3000']);
    expect(ctx.ledger.entries().map((e) => e.key)).toEqual([
      { kind: 'member', id: 'med-a' },
      { kind: 'member', id: 'psy-b' },
    ]);
  });

  it('the members are weighed in id order whatever the team’s order: the odd cent of 100.00 € to diet-a', () => {
    const ctx = teamContext(10000, [...TEAM].reverse(), keyContext(0).counted);
    applyWeights({ kind: 'weights', by: 'member', basis: 'equal' }, NONE, ctx);
    // 10,000 / 3 = 3,333.33… each; the cent left to the first by id.
    expect(paid(ctx)).toEqual([
      'diet-a weights:member:equal 3334',
      'med-a weights:member:equal 3333',
      'psy-a weights:member:equal 3333',
    ]);
  });

  it('by profession on sessions: a profession without prestations gets nothing and no split within', () => {
    // dieteticien 1, medecin 1, psychologue 0 → 100.00 € as 50.00 + 50.00; psy-a and psy-b share nothing.
    const ctx = keyContext(10000, [
      { member: 'diet-a', code: 'DIET' },
      { member: 'med-a', code: 'BILAN' },
    ]);
    applyWeights({ kind: 'weights', by: 'profession', basis: 'sessions' }, NONE, ctx);
    expect(paid(ctx)).toEqual(['diet-a weights:profession:sessions 5000', 'med-a weights:profession:sessions 5000']);
    expect(steps(ctx)).toEqual(['WEIGHTS']);
    expect(ctx.trace.steps[0]?.params).toEqual({
      by: 'profession',
      basis: 'sessions',
      parts: [
        { name: 'dieteticien', weight: '1', amount: '50.00' },
        { name: 'medecin', weight: '1', amount: '50.00' },
      ],
      total: '2',
      amount: '100.00',
    });
  });

  it('by profession in equal parts: one part per active profession, however many of its members are active', () => {
    // dieteticien 1, medecin 0 (no prestation), psychologue 1 (psy-a and psy-b both active) → 100.00 € as 50 + 50;
    // the psychologists' 50.00 € within, by activity (1 each on equal parts): 25.00 + 25.00.
    const ctx = keyContext(10000, [
      { member: 'diet-a', code: 'DIET' },
      { member: 'psy-a', code: 'PSY' },
      { member: 'psy-b', code: 'PSY' },
    ]);
    applyWeights({ kind: 'weights', by: 'profession', basis: 'equal' }, NONE, ctx);
    expect(paid(ctx)).toEqual([
      'diet-a weights:profession:equal 5000',
      'psy-a weights:profession:equal 2500',
      'psy-b weights:profession:equal 2500',
    ]);
  });

  it('by profession with listed weights: only those listed, and within a profession of no activity, equal shares', () => {
    // psychologue 2, medecin 1, dieteticien (active but not listed) 0 → 90.00 € as 60.00 + 30.00;
    // neither psychologist did a prestation: their 60.00 € in two equal shares of 30.00.
    const ctx = keyContext(9000, [
      { member: 'diet-a', code: 'DIET' },
      { member: 'med-a', code: 'BILAN' },
    ]);
    applyWeights(
      { kind: 'weights', by: 'profession', basis: 'equal', weights: { psychologue: '2', medecin: '1' } },
      NONE,
      ctx,
    );
    expect(paid(ctx)).toEqual([
      'med-a weights:profession:equal 3000',
      'psy-a weights:profession:equal 3000',
      'psy-b weights:profession:equal 3000',
    ]);
    expect(ctx.ledger.entries().map((e) => e.key.kind)).toEqual(['member', 'member', 'member']);
    expect(ctx.trace.steps[1]?.params).toEqual({
      profession: 'psychologue',
      parts: [
        { name: 'psy-a', weight: '1', amount: '30.00' },
        { name: 'psy-b', weight: '1', amount: '30.00' },
      ],
      amount: '60.00',
    });
  });

  it('professions are weighed in the order of their names, not of their members’ ids: the odd cent to medecin', () => {
    const team: TeamMember[] = [
      { id: 'a-psy', profession: 'psychologue', adeli: '234567891' },
      { id: 'b-med', profession: 'medecin', adeli: '345678916' },
    ];
    const ctx = teamContext(101, team, [
      { member: 'a-psy', code: 'PSY' },
      { member: 'b-med', code: 'BILAN' },
    ]);
    applyWeights({ kind: 'weights', by: 'profession', basis: 'equal' }, NONE, ctx);
    // 101 cents in two equal parts: 50.5 each → 50 + 50, the cent left to the first profession by name.
    expect(paid(ctx)).toEqual(['a-psy weights:profession:equal 50', 'b-med weights:profession:equal 51']);
  });
});
