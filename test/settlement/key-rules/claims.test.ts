import { describe, expect, it } from 'vitest';
import { payClaims } from '../../../src/settlement/key-rules/claims';
import { keyContext, paid, steps } from '../../helpers/key-context';

describe('claims: fixed amounts, unit rates and parts, paid together', () => {
  it('each claim has its trace line and is paid to the member: a fixed 10.00 € and a part of 50.00 €', () => {
    const ctx = keyContext(10000);
    payClaims(
      [
        { member: 'psy-a', basis: 'part:psy', cents: 5000, part: 'psy' },
        { member: 'med-a', basis: 'fixed', cents: 1000 },
      ],
      ctx,
    );
    // In member order (med-a, psy-a); 100.00 − 10.00 − 50.00 = 40.00 € left.
    expect(ctx.trace.steps.map((s) => [s.step, s.params])).toEqual([
      ['CLAIM_FIXED', { amount: '10.00', member: 'med-a' }],
      ['CLAIM_PART', { part: 'psy', amount: '50.00', member: 'psy-a' }],
    ]);
    expect(ctx.ledger.entries().map((e) => e.key)).toEqual([
      { kind: 'member', id: 'med-a' },
      { kind: 'member', id: 'psy-a' },
    ]);
    expect(ctx.ledger.left).toBe(4000);
  });

  it('claims of exactly what is left are paid as they are, without scaling: 60.00 + 40.00 of 100.00 €', () => {
    const ctx = keyContext(10000);
    payClaims(
      [
        { member: 'med-a', basis: 'fixed', cents: 6000 },
        { member: 'diet-a', basis: 'fixed', cents: 4000 },
      ],
      ctx,
    );
    expect(paid(ctx)).toEqual(['diet-a fixed 4000', 'med-a fixed 6000']);
    expect(ctx.ledger.left).toBe(0);
    expect(ctx.sink.issues).toEqual([]);
    expect(steps(ctx)).toEqual(['CLAIM_FIXED', 'CLAIM_FIXED']);
  });

  it('scaled down: KEY_SCALED_DOWN on the distribution of the projet, and the trace of what each member got', () => {
    // 300.00 + 100.00 claimed of 200.00 €: 20,000 × 3 / 4 = 15,000 and 20,000 × 1 / 4 = 5,000 cents.
    const ctx = keyContext(20000);
    payClaims(
      [
        { member: 'med-a', basis: 'fixed', cents: 30000 },
        { member: 'diet-a', basis: 'fixed', cents: 10000 },
      ],
      ctx,
    );
    expect(ctx.sink.issues.map((i) => [i.code, i.path, i.document, i.params])).toEqual([
      ['KEY_SCALED_DOWN', ['distribution'], 'project', { sequence: 'S1', claimed: '400.00', available: '200.00' }],
    ]);
    expect(ctx.trace.steps[2]).toEqual({
      step: 'CLAIMS_SCALED',
      params: {
        claimed: '400.00',
        available: '200.00',
        paid: [
          { member: 'diet-a', amount: '50.00' },
          { member: 'med-a', amount: '150.00' },
        ],
      },
      amount: '200.00',
    });
  });

  it('scaled down with a member who claims 0.00 €: that member gets nothing, the other all that is left', () => {
    // Members' totals 0 and 300.00 €: the 200.00 € left all go to med-a; diet-a's own line has nothing to share.
    const ctx = keyContext(20000);
    payClaims(
      [
        { member: 'med-a', basis: 'fixed', cents: 30000 },
        { member: 'diet-a', basis: 'fixed', cents: 0 },
      ],
      ctx,
    );
    expect(paid(ctx)).toEqual(['med-a fixed 20000']);
    expect(ctx.ledger.left).toBe(0);
    expect(ctx.trace.steps[2]?.params).toEqual({
      claimed: '300.00',
      available: '200.00',
      paid: [
        { member: 'diet-a', amount: '0.00' },
        { member: 'med-a', amount: '200.00' },
      ],
    });
  });

  it('claims of 0.00 € in all: nothing paid and no trace line', () => {
    const ctx = keyContext(10000);
    payClaims([{ member: 'med-a', basis: 'fixed', cents: 0 }], ctx);
    expect(paid(ctx)).toEqual([]);
    expect(steps(ctx)).toEqual([]);
  });

  it('two claims of one member on one basis are paid smaller first, whatever their order: 1.00 then 2.00 €', () => {
    const ctx = keyContext(10000);
    payClaims(
      [
        { member: 'med-a', basis: 'fixed', cents: 200 },
        { member: 'med-a', basis: 'fixed', cents: 100 },
      ],
      ctx,
    );
    expect(paid(ctx)).toEqual(['med-a fixed 100', 'med-a fixed 200']);
  });
});
