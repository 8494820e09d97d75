import { describe, expect, it } from 'vitest';
import { payClaims } from '../../../src/settlement/key-rules/claims';
import { fixedClaims } from '../../../src/settlement/key-rules/fixed-amount';
import { keyContext, paid } from '../../helpers/key-context';

describe('fixed amounts: one claim per team member named', () => {
  it('a member of the team claims its amount; a stranger to the team claims nothing', () => {
    const claims = fixedClaims(
      [
        { kind: 'fixed', member: 'med-a', amount: '100.00' },
        { kind: 'fixed', member: 'nobody', amount: '50.00' },
      ],
      keyContext(53600),
    );
    expect(claims).toEqual([{ member: 'med-a', basis: 'fixed', cents: 10000 }]);
  });

  it('claims within what is left are paid as they are: 100.00 € + 50.00 € of 536.00 € leave 386.00 €', () => {
    const ctx = keyContext(53600);
    payClaims(
      fixedClaims(
        [
          { kind: 'fixed', member: 'med-a', amount: '100.00' },
          { kind: 'fixed', member: 'diet-a', amount: '50.00' },
        ],
        ctx,
      ),
      ctx,
    );
    expect(paid(ctx)).toEqual(['diet-a fixed 5000', 'med-a fixed 10000']);
    expect(ctx.ledger.left).toBe(38600);
    expect(ctx.sink.issues).toEqual([]);
  });

  it('claims above what is left are scaled down in proportion: 300 + 100 claimed of 200.00 € → 150.00 + 50.00', () => {
    const ctx = keyContext(20000);
    payClaims(
      [
        { member: 'med-a', basis: 'fixed', cents: 30000 },
        { member: 'diet-a', basis: 'fixed', cents: 10000 },
      ],
      ctx,
    );
    expect(paid(ctx)).toEqual(['diet-a fixed 5000', 'med-a fixed 15000']);
    expect(ctx.ledger.left).toBe(0);
    expect(ctx.sink.issues.map((i) => [i.code, i.params])).toEqual([
      ['KEY_SCALED_DOWN', { sequence: 'S1', claimed: '400.00', available: '200.00' }],
    ]);
  });

  it('the cent a scaled split cannot share goes to the earlier member: 100.00 € in three equal claims', () => {
    const ctx = keyContext(10000);
    payClaims(
      [
        { member: 'psy-a', basis: 'fixed', cents: 10000 },
        { member: 'med-a', basis: 'fixed', cents: 10000 },
        { member: 'diet-a', basis: 'fixed', cents: 10000 },
      ],
      ctx,
    );
    // Members in id order: diet-a, med-a, psy-a; 3,333.33… cents each, the one cent left to the first.
    expect(paid(ctx)).toEqual(['diet-a fixed 3334', 'med-a fixed 3333', 'psy-a fixed 3333']);
  });
});
