import { describe, expect, it } from 'vitest';
import type { SequenceDef } from '../../src/documents/parcours-type';
import { dueShare } from '../../src/settlement/incomplete-policies';
import { TraceBuilder } from '../../src/settlement/trace';
import type { SequenceReport } from '../../src/validation/report-types';

/**
 * A report line that says a séquence ended but not on which day: validatePath never writes one (a completed line has
 * its completedOn, an incomplete one its endedOn), but settle takes the report its caller hands over. The share is
 * still due; the trace names no date (an empty one).
 */
const def: SequenceDef = {
  id: 'S1',
  start: 'inclusion',
  months: 6,
  requirements: [],
  forfait: { amount: '0.00' },
  incomplete: { policy: 'full' },
};
const line = (status: 'completed' | 'incomplete'): SequenceReport => ({
  id: 'S1',
  status,
  start: '2026-01-01',
  deadline: '2026-06-30',
  requirements: [],
  counted: 0,
  countedIds: [],
});

describe('an ended séquence whose report line has no end date', () => {
  it('completed without completedOn: all of 300.00 due, traced with an empty date', () => {
    // kills src/settlement/incomplete-policies.ts:104 StringLiteral (seq.completedOn ?? '' → "Stryker was here!")
    const trace = new TraceBuilder();
    expect(dueShare({ def, seq: line('completed'), counted: [] }, 30000, trace)).toEqual({
      share: '1',
      cents: 30000,
      policy: 'completed',
    });
    expect(trace.steps.map((s) => [s.step, s.params])).toEqual([['COMPLETED', { date: '', amount: '300.00' }]]);
  });

  it('incomplete without endedOn under `full`: all of 300.00 due, traced with an empty date', () => {
    // kills src/settlement/incomplete-policies.ts:108 StringLiteral (seq.endedOn ?? '' → "Stryker was here!")
    const trace = new TraceBuilder();
    expect(dueShare({ def, seq: line('incomplete'), counted: [] }, 30000, trace)).toEqual({
      share: '1',
      cents: 30000,
      policy: 'full',
    });
    expect(trace.steps.map((s) => [s.step, s.params])).toEqual([['POLICY_FULL', { date: '', amount: '300.00' }]]);
  });
});
