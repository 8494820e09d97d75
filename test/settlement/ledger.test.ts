import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/settlement/ledger';

describe('the ledger of one séquence', () => {
  it('pays out of what is left, part by part, the structure first and then members by id', () => {
    // kills src/settlement/ledger.ts:14 EqualityOperator (cents < 0 → cents <= 0): the zero payment below is checked
    // now, before it is left out
    const ledger = new Ledger(30000);
    ledger.pay({ kind: 'member', id: 'med' }, 'fixed', 1000);
    ledger.pay({ kind: 'structure' }, 'coordination', 3000);
    ledger.pay({ kind: 'member', id: 'diet' }, 'weights', 0); // zero: not recorded
    ledger.pay({ kind: 'member', id: 'apa' }, 'part:apa', 6000);
    ledger.pay({ kind: 'member', id: 'med' }, 'weights', 20000);
    // 300.00 − 10.00 − 30.00 − 60.00 − 200.00 = 0.00: the last payment takes exactly what is left.
    expect(ledger.left).toBe(0);
    expect(ledger.entries()).toEqual([
      { key: { kind: 'structure' }, parts: [{ basis: 'coordination', cents: 3000 }] },
      { key: { kind: 'member', id: 'apa' }, parts: [{ basis: 'part:apa', cents: 6000 }] },
      {
        key: { kind: 'member', id: 'med' },
        parts: [
          { basis: 'fixed', cents: 1000 },
          { basis: 'weights', cents: 20000 },
        ],
      },
    ]);
  });

  it('refuses a payment below zero or above what is left (a defect of a key rule)', () => {
    const ledger = new Ledger(500);
    expect(() => ledger.pay({ kind: 'structure' }, 'x', -1)).toThrow(
      new RangeError('ledger: payment outside what is left'),
    );
    expect(() => ledger.pay({ kind: 'structure' }, 'x', 501)).toThrow(
      new RangeError('ledger: payment outside what is left'),
    );
    expect(ledger.left).toBe(500);
    expect(ledger.entries()).toEqual([]);
  });
});
