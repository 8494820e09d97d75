import { describe, expect, it } from 'vitest';
import { TraceBuilder } from '../../src/settlement/trace';

describe('the trace, recorded in cents and written once', () => {
  it('writes each amount and names the one a step produced; a step that produced none has no amount', () => {
    // kills src/settlement/trace.ts:41 ArrayDeclaration (spec.lists ?? [] → ["Stryker was here"]) now that the
    // Array.isArray guard (an unreachable else: every named list is a required array) is gone
    const trace = new TraceBuilder();
    trace.add('REST', { amount: 42240 });
    trace.add('PARTICIPATION_EXEMPT', { exemption: 'ald' });
    trace.add('PAYERS', { amo: 30000, amc: 0, patient: 5, total: 30005, cover: 'none' });
    trace.add('CHECK', { sum: 30005, amount: 30005 });
    expect(trace.steps).toStrictEqual([
      { step: 'REST', params: { amount: '422.40' }, amount: '422.40' },
      // An exemption produces a participation of 0.00.
      { step: 'PARTICIPATION_EXEMPT', params: { exemption: 'ald' }, amount: '0.00' },
      { step: 'PAYERS', params: { amo: '300.00', amc: '0.00', patient: '0.05', total: '300.05', cover: 'none' } },
      { step: 'CHECK', params: { sum: '300.05', amount: '300.05' }, amount: '300.05' },
    ]);
  });

  it('writes the amount of each item of its lists, and only of its lists', () => {
    const trace = new TraceBuilder();
    trace.add('WEIGHTS_WITHIN', {
      profession: 'medecin',
      parts: [
        { name: 'med', weight: '2', amount: 6667 },
        { name: 'med2', weight: '1', amount: 3333 },
      ],
      amount: 10000,
    });
    trace.add('CLAIMS_SCALED', { claimed: 12000, available: 9000, paid: [{ member: 'med', amount: 9000 }] });
    trace.add('COVERAGE', { date: '2027-05-20', complementary: 'none', exemptions: ['ald'], unrelated: [] });
    expect(trace.steps).toStrictEqual([
      {
        step: 'WEIGHTS_WITHIN',
        params: {
          profession: 'medecin',
          parts: [
            { name: 'med', weight: '2', amount: '66.67' },
            { name: 'med2', weight: '1', amount: '33.33' },
          ],
          amount: '100.00',
        },
      },
      {
        step: 'CLAIMS_SCALED',
        params: { claimed: '120.00', available: '90.00', paid: [{ member: 'med', amount: '90.00' }] },
        amount: '90.00',
      },
      {
        step: 'COVERAGE',
        params: { date: '2027-05-20', complementary: 'none', exemptions: ['ald'], unrelated: [] },
      },
    ]);
  });

  it('leaves alone list items that carry no amount in cents (never recorded so: a defect, not rewritten)', () => {
    const trace = new TraceBuilder();
    const items = ['x', null, { name: 'n' }, { name: 'm', amount: '1.00' }];
    trace.add('PARTS_DUE', { parts: items as never, amount: 100 });
    // An amount recorded as a text already is kept as it is.
    trace.add('REST', { amount: '2.00' as never });
    expect(trace.steps).toStrictEqual([
      {
        step: 'PARTS_DUE',
        params: { parts: ['x', null, { name: 'n' }, { name: 'm', amount: '1.00' }], amount: '1.00' },
        amount: '1.00',
      },
      { step: 'REST', params: { amount: '2.00' }, amount: '2.00' },
    ]);
  });
});
