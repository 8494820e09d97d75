import { describe, expect, it } from 'vitest';
import { applyWeights } from '../../../src/settlement/key-rules/weights';
import { keyContext, paid, steps } from '../../helpers/key-context';

const NONE = new Set<string>();

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
    expect(ctx.sink.issues.map((i) => [i.code, i.params])).toEqual([['KEY_WEIGHTS_EMPTY', { sequence: 'S1' }]]);
  });
});
