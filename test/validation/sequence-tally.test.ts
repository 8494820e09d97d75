import { describe, expect, it } from 'vitest';
import { emptyTally, requirementWindowEnd, requirementWindowStart } from '../../src/validation/sequence-tally';

describe('a séquence tally: its requirement windows and its counts', () => {
  it('caps a requirement window at the séquence deadline', () => {
    // withinDays 60 from 2026-01-31 is 2026-04-01 (31 − 31 = 0 left in January, 28 in February, 31 in March, 1 in
    // April): after the deadline 2026-02-28, so the deadline ends the window.
    expect(requirementWindowEnd({ prestation: 'B', min: 1, withinDays: 60 }, '2026-01-31', '2026-02-28')).toBe(
      '2026-02-28',
    );
    // withinDays 15: 2026-02-15, before the deadline, ends it.
    expect(requirementWindowEnd({ prestation: 'B', min: 1, withinDays: 15 }, '2026-01-31', '2026-02-28')).toBe(
      '2026-02-15',
    );
    // A month window of 5 to 7 months from 2026-01-31: 2026-06-30 to 2026-08-31, inside a deadline of 2027-01-31.
    const r = { prestation: 'B', min: 1, window: { fromMonths: 5, toMonths: 7 } };
    expect(requirementWindowStart(r, '2026-01-31')).toBe('2026-06-30');
    expect(requirementWindowEnd(r, '2026-01-31', '2027-01-31')).toBe('2026-08-31');
  });

  it('starts every requirement at zero, with its window bounds', () => {
    const def = {
      requirements: [
        { prestation: 'A', min: 2 },
        { prestation: 'B', min: 1, withinDays: 10 },
      ],
    };
    const tally = emptyTally(def, {
      id: 'S1',
      def: { id: 'S1', ...def } as never,
      start: '2026-03-01',
      deadline: '2026-08-31',
      nominalDeadline: '2026-08-31',
    });
    expect(tally.done).toEqual([0, 0]);
    expect(tally.countedIds).toEqual([]);
    expect(tally.windowStarts).toEqual(['2026-03-01', '2026-03-01']);
    // 2026-03-01 + 10 days = 2026-03-11; the first requirement runs to the deadline.
    expect(tally.windowEnds).toEqual(['2026-08-31', '2026-03-11']);
    expect(tally.completedOn).toBeUndefined();
  });
});
