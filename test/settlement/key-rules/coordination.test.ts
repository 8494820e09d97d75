import { describe, expect, it } from 'vitest';
import { payCoordination } from '../../../src/settlement/key-rules/coordination';
import { keyContext, paid } from '../../helpers/key-context';

describe('coordination: paid to the structure first', () => {
  it('a rate of the forfait: 10 % of 536.00 € is 53.60 €', () => {
    const ctx = keyContext(53600);
    payCoordination([{ kind: 'coordination', rate: '0.1' }], ctx);
    expect(paid(ctx)).toEqual(['structure coordination:0.1 5360']);
    expect(ctx.ledger.left).toBe(48240);
    expect(ctx.trace.steps).toEqual([
      {
        step: 'COORDINATION_RATE',
        params: { rate: '0.1', forfait: '536.00', exact: '53.6', amount: '53.60' },
        amount: '53.60',
      },
    ]);
  });

  it('the rate is rounded to the cent half up: 10 % of 100.05 € = 10.005 € → 10.01 €', () => {
    const ctx = keyContext(10005);
    payCoordination([{ kind: 'coordination', rate: '0.1' }], ctx);
    expect(paid(ctx)).toEqual(['structure coordination:0.1 1001']);
    expect(ctx.ledger.left).toBe(9004);
  });

  it('an amount is capped at what is left: 50.00 € asked of a 40.00 € forfait pays 40.00 €', () => {
    const ctx = keyContext(4000);
    payCoordination([{ kind: 'coordination', amount: '50.00' }], ctx);
    expect(paid(ctx)).toEqual(['structure coordination 4000']);
    expect(ctx.ledger.left).toBe(0);
    expect(ctx.trace.steps).toEqual([{ step: 'COORDINATION_AMOUNT', params: { amount: '40.00' }, amount: '40.00' }]);
  });

  it('several coordination rules add up, each on the forfait: 10 % of 200.00 € then 10.00 €', () => {
    const ctx = keyContext(20000);
    payCoordination(
      [
        { kind: 'coordination', rate: '0.1' },
        { kind: 'coordination', amount: '10.00' },
      ],
      ctx,
    );
    expect(paid(ctx)).toEqual(['structure coordination:0.1 2000', 'structure coordination 1000']);
    expect(ctx.ledger.left).toBe(17000);
  });

  it('a rule with neither a rate nor an amount (the schema refuses it) pays nothing and traces nothing', () => {
    const ctx = keyContext(20000);
    payCoordination([{ kind: 'coordination' } as Parameters<typeof payCoordination>[0][number]], ctx);
    expect(paid(ctx)).toEqual([]);
    expect(ctx.trace.steps).toEqual([]);
    expect(ctx.ledger.left).toBe(20000);
  });
});
