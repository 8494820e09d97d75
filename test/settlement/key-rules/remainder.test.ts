import { describe, expect, it } from 'vitest';
import { payLeftToStructure, payRemainder } from '../../../src/settlement/key-rules/remainder';
import { keyContext, paid, steps } from '../../helpers/key-context';

describe('remainder: whatever is left, to one taker', () => {
  it('to the rule’s member', () => {
    const ctx = keyContext(10000);
    payRemainder({ kind: 'remainder', member: 'med-a' }, ctx);
    expect(paid(ctx)).toEqual(['med-a remainder 10000']);
    expect(ctx.ledger.entries().map((e) => e.key)).toEqual([{ kind: 'member', id: 'med-a' }]);
    expect(ctx.trace.steps).toEqual([
      { step: 'REMAINDER', params: { amount: '100.00', member: 'med-a' }, amount: '100.00' },
    ]);
  });

  it('to the structure when the rule names no member, or one outside the team', () => {
    const none = keyContext(2500);
    payRemainder({ kind: 'remainder' }, none);
    expect(paid(none)).toEqual(['structure remainder 2500']);
    // The trace names no member (not even an undefined one).
    expect(none.trace.steps).toStrictEqual([{ step: 'REMAINDER', params: { amount: '25.00' }, amount: '25.00' }]);
    const stranger = keyContext(2500);
    payRemainder({ kind: 'remainder', member: 'nobody' }, stranger);
    expect(paid(stranger)).toEqual(['structure remainder 2500']);
  });

  it('nothing left, nothing paid and no step', () => {
    const ctx = keyContext(0);
    payRemainder({ kind: 'remainder', member: 'med-a' }, ctx);
    expect(paid(ctx)).toEqual([]);
    expect(steps(ctx)).toEqual([]);
  });

  it('what a key leaves goes to the structure with KEY_REMAINDER_TO_STRUCTURE', () => {
    const ctx = keyContext(1);
    payLeftToStructure(ctx);
    expect(paid(ctx)).toEqual(['structure remainder 1']);
    expect(ctx.sink.issues.map((i) => [i.code, i.document, i.params])).toEqual([
      ['KEY_REMAINDER_TO_STRUCTURE', 'project', { sequence: 'S1', amount: '0.01' }],
    ]);
    expect(ctx.sink.issues[0]?.path).toEqual(['distribution']);
    expect(ctx.trace.steps).toEqual([{ step: 'REMAINDER', params: { amount: '0.01' }, amount: '0.01' }]);
  });
});
