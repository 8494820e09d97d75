import { describe, expect, it } from 'vitest';
import { payClaims } from '../../../src/settlement/key-rules/claims';
import { fixedClaims } from '../../../src/settlement/key-rules/fixed-amount';
import { pricedCodes, unitRateClaims } from '../../../src/settlement/key-rules/unit-rate';
import { keyContext, paid } from '../../helpers/key-context';

const RATES = { kind: 'perPrestation', rates: { BILAN: '60.00', DIET: '25.00' } } as const;

describe('unit rates: a rate per counted prestation, to its performer', () => {
  it('rate × the member’s counted prestations of the code: 1 × 60.00 € and 3 × 25.00 €', () => {
    expect(unitRateClaims([RATES], keyContext(53600))).toEqual([
      { member: 'med-a', basis: 'perPrestation:BILAN', cents: 6000, unit: { code: 'BILAN', count: 1, rate: '60.00' } },
      { member: 'diet-a', basis: 'perPrestation:DIET', cents: 7500, unit: { code: 'DIET', count: 3, rate: '25.00' } },
    ]);
  });

  it('each counted prestation of the code counts: psy-a’s 2 × PSY at 30.00 € = 60.00 €', () => {
    expect(unitRateClaims([{ kind: 'perPrestation', rates: { PSY: '30.00' } }], keyContext(53600))).toEqual([
      { member: 'psy-a', basis: 'perPrestation:PSY', cents: 6000, unit: { code: 'PSY', count: 2, rate: '30.00' } },
    ]);
  });

  it('a priced code is not weighed again', () => {
    expect([...pricedCodes([RATES])]).toEqual(['BILAN', 'DIET']);
  });

  it('paid with their trace lines: 60.00 € + 75.00 € of 536.00 € leave 401.00 €', () => {
    const ctx = keyContext(53600);
    payClaims(unitRateClaims([RATES], ctx), ctx);
    expect(paid(ctx)).toEqual(['diet-a perPrestation:DIET 7500', 'med-a perPrestation:BILAN 6000']);
    expect(ctx.ledger.left).toBe(40100);
    expect(ctx.trace.steps[0]).toEqual({
      step: 'CLAIM_UNIT',
      params: { code: 'DIET', count: 3, rate: '25.00', amount: '75.00', member: 'diet-a' },
      amount: '75.00',
    });
  });

  it('scaled down first between members, then between a member’s lines', () => {
    // diet-a claims 50.00 fixed + 75.00 by rate = 125.00, med-a 60.00: 185.00 for 100.00 €.
    // Members: 100 × 125 / 185 = 67.567… → 67.57 and 100 × 60 / 185 = 32.432… → 32.43 (largest remainder).
    // diet-a's lines: 67.57 × 50 / 125 = 27.028 → 27.03 and 67.57 × 75 / 125 = 40.542 → 40.54.
    const ctx = keyContext(10000);
    payClaims(
      [...fixedClaims([{ kind: 'fixed', member: 'diet-a', amount: '50.00' }], ctx), ...unitRateClaims([RATES], ctx)],
      ctx,
    );
    expect(paid(ctx)).toEqual([
      'diet-a fixed 2703',
      'diet-a perPrestation:DIET 4054',
      'med-a perPrestation:BILAN 3243',
    ]);
    expect(ctx.ledger.left).toBe(0);
  });
});
