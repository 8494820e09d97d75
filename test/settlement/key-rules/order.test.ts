import { describe, expect, it } from 'vitest';
import type { DistributionKey } from '../../../src/documents/distribution-key';
import { applyKey } from '../../../src/settlement/key-rules/order';
import { keyContext, paid, steps } from '../../helpers/key-context';

describe('the order of a key’s rules', () => {
  // 536.00 €: coordination 10 % = 53.60 → fixed med-a 100.00 → 382.40 left by sessions 1 : 3 : 2
  // (6,373.33…, 19,120 and 12,746.66… cents: 63.73, 191.20, 127.46 + the odd cent to the largest remainder, psy-a).
  const CANONICAL: DistributionKey = [
    { kind: 'coordination', rate: '0.1' },
    { kind: 'fixed', member: 'med-a', amount: '100.00' },
    { kind: 'weights', by: 'member', basis: 'sessions' },
    { kind: 'remainder', member: 'psy-b' },
  ];
  const EXPECTED = [
    'structure coordination:0.1 5360',
    'diet-a weights:member:sessions 19120',
    'med-a fixed 10000',
    'med-a weights:member:sessions 6373',
    'psy-a weights:member:sessions 12747',
  ];

  it('runs coordination, fixed amounts and unit rates, weights, then the remainder', () => {
    const ctx = keyContext(53600);
    applyKey(CANONICAL, ctx);
    expect(paid(ctx)).toEqual(EXPECTED);
    expect(ctx.ledger.left).toBe(0);
    expect(steps(ctx)).toEqual(['COORDINATION_RATE', 'CLAIM_FIXED', 'REST', 'WEIGHTS']);
    // After the claims: 536.00 − 53.60 − 100.00 = 382.40 € left.
    expect(ctx.trace.steps[2]).toEqual({ step: 'REST', params: { amount: '382.40' }, amount: '382.40' });
  });

  it('claims that take the whole forfait leave no rest to trace', () => {
    const ctx = keyContext(53600);
    applyKey([{ kind: 'fixed', member: 'med-a', amount: '536.00' }], ctx);
    expect(paid(ctx)).toEqual(['med-a fixed 53600']);
    expect(steps(ctx)).toEqual(['CLAIM_FIXED']);
  });

  it('a second weights rule finds nothing left and does not run', () => {
    // 60.00 € by sessions 3 : 1 : 2 = 30.00, 10.00, 20.00; the equal-parts rule has 0.00 € left.
    const ctx = keyContext(6000);
    applyKey(
      [
        { kind: 'weights', by: 'member', basis: 'sessions' },
        { kind: 'weights', by: 'member', basis: 'equal' },
      ],
      ctx,
    );
    expect(paid(ctx)).toEqual([
      'diet-a weights:member:sessions 3000',
      'med-a weights:member:sessions 1000',
      'psy-a weights:member:sessions 2000',
    ]);
    // The claiming rank (no claims here) traces the 60.00 € left; one WEIGHTS step only.
    expect(steps(ctx)).toEqual(['REST', 'WEIGHTS']);
  });

  it('whatever the order the rules are written in', () => {
    const ctx = keyContext(53600);
    applyKey([...CANONICAL].reverse(), ctx);
    expect(paid(ctx)).toEqual(EXPECTED);
  });

  it('a key that leaves money gives it to the structure, with a warning', () => {
    const ctx = keyContext(53600);
    applyKey([{ kind: 'coordination', rate: '0.1' }], ctx);
    expect(paid(ctx)).toEqual(['structure coordination:0.1 5360', 'structure remainder 48240']);
    expect(ctx.sink.issues.map((i) => i.code)).toEqual(['KEY_REMAINDER_TO_STRUCTURE']);
    expect(steps(ctx)).toEqual(['COORDINATION_RATE', 'REST', 'REMAINDER']);
  });
});
