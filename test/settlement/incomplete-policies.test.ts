import { describe, expect, it } from 'vitest';
import type { IncompletePolicy, SequenceDef } from '../../src/documents/parcours-type';
import { dueShare, INCOMPLETE_POLICIES } from '../../src/settlement/incomplete-policies';
import { TraceBuilder } from '../../src/settlement/trace';
import type { RequirementReport, SequenceReport } from '../../src/validation/report-types';

/** A séquence definition with one policy (its other fields do not enter the share). */
const def = (incomplete: IncompletePolicy): SequenceDef => ({
  id: 'S1',
  start: 'inclusion',
  months: 6,
  requirements: [],
  forfait: { amount: '0.00' },
  incomplete,
});

/** A requirement line: `codes`, `min`, `done`. */
const req = (codes: string[], min: number, done: number): RequirementReport => ({
  index: 0,
  codes,
  min,
  done,
  missing: Math.max(0, min - done),
  dueBy: '2026-06-30',
  overdue: false,
});

/** The report of a séquence that ended incomplete on 2026-06-30 (or was completed that day). */
const ended = (
  requirements: RequirementReport[],
  status: 'incomplete' | 'completed' = 'incomplete',
): SequenceReport => ({
  id: 'S1',
  status,
  start: '2026-01-01',
  deadline: '2026-06-30',
  ...(status === 'completed' ? { completedOn: '2026-06-30' } : { endedOn: '2026-06-30' }),
  requirements,
  counted: requirements.reduce((n, r) => n + r.done, 0),
  countedIds: [],
});

/** dueShare on an ended séquence whose counted prestations are each requirement's first code, `done` times. */
const due = (d: SequenceDef, seq: SequenceReport, cents: number, trace: TraceBuilder, counted?: { code: string }[]) =>
  dueShare(
    {
      def: d,
      seq,
      counted:
        counted ?? seq.requirements.flatMap((r) => Array.from({ length: r.done }, () => ({ code: r.codes[0] ?? '' }))),
    },
    cents,
    trace,
  );

const TIERS: IncompletePolicy = {
  policy: 'tiers',
  tiers: [
    { minDone: 1, share: '0.25' },
    { minDone: 2, share: '0.5' },
  ],
};

describe('what an ended séquence pays', () => {
  it('completed: the whole forfait, whatever the policy', () => {
    const trace = new TraceBuilder();
    expect(due(def({ policy: 'none' }), ended([req(['A'], 1, 1)], 'completed'), 53600, trace)).toEqual({
      share: '1',
      cents: 53600,
      policy: 'completed',
    });
    expect(trace.steps).toEqual([
      { step: 'COMPLETED', params: { date: '2026-06-30', amount: '536.00' }, amount: '536.00' },
    ]);
  });

  it('none: nothing, and no step', () => {
    const trace = new TraceBuilder();
    expect(due(def({ policy: 'none' }), ended([req(['A'], 2, 1)]), 53600, trace)).toEqual({
      share: '0',
      cents: 0,
      policy: 'none',
    });
    expect(trace.steps).toEqual([]);
  });

  it('full: the whole forfait', () => {
    const trace = new TraceBuilder();
    expect(due(def({ policy: 'full' }), ended([req(['A'], 2, 0)]), 53600, trace).cents).toBe(53600);
    expect(trace.steps[0]?.step).toBe('POLICY_FULL');
  });

  it('prorata: requirements met over required, 2 of 6 of 536.00 € = 178.666… → 178.67 €', () => {
    const trace = new TraceBuilder();
    const r = due(
      def({ policy: 'prorata' }),
      ended([req(['A'], 1, 1), req(['B'], 2, 1), req(['C'], 3, 0)]),
      53600,
      trace,
    );
    expect(r.cents).toBe(17867);
    expect(r.share).toBe('0.3333333333333333333333333333333333333333');
    expect(trace.steps[0]).toEqual({
      step: 'POLICY_PRORATA',
      params: {
        date: '2026-06-30',
        met: 2,
        required: 6,
        modulated: '536.00',
        exact: '178.666667',
        amount: '178.67',
      },
      amount: '178.67',
    });
  });

  it('full traces the day and the amount; prorata with nothing required pays it all (1/1)', () => {
    const trace = new TraceBuilder();
    due(def({ policy: 'full' }), ended([req(['A'], 2, 0)]), 53600, trace);
    expect(trace.steps).toStrictEqual([
      { step: 'POLICY_FULL', params: { date: '2026-06-30', amount: '536.00' }, amount: '536.00' },
    ]);
    const r = due(def({ policy: 'prorata' }), ended([req(['A'], 0, 0)]), 53600, new TraceBuilder());
    expect([r.share, r.cents]).toEqual(['1', 53600]);
  });

  it('prorata counts a requirement at most to its minimum: 5 done of 2 and 0 of 2 make 2 of 4', () => {
    const r = due(def({ policy: 'prorata' }), ended([req(['A'], 2, 5), req(['B'], 2, 0)]), 30000, new TraceBuilder());
    expect([r.share, r.cents]).toEqual(['0.5', 15000]);
  });

  it('prorata rounds once, half up: 0.21 € × 3 / 14 = 0.045 € → 0.05 €', () => {
    const r = due(def({ policy: 'prorata' }), ended([req(['A'], 14, 3)]), 21, new TraceBuilder());
    expect(r.cents).toBe(5);
  });

  it('tiers: the highest tier reached; 3 counted reach ≥ 2, half of 300.00 € = 150.00 €', () => {
    const trace = new TraceBuilder();
    expect(due(def(TIERS), ended([req(['A'], 5, 3)]), 30000, trace)).toEqual({
      share: '0.5',
      cents: 15000,
      policy: 'tiers',
    });
    expect(trace.steps[0]?.params).toEqual({
      date: '2026-06-30',
      done: 3,
      share: '0.5',
      modulated: '300.00',
      amount: '150.00',
      minDone: 2,
    });
  });

  it('tiers: no tier reached pays nothing, and the step has no minDone', () => {
    const trace = new TraceBuilder();
    expect(due(def(TIERS), ended([req(['A'], 5, 0)]), 30000, trace).cents).toBe(0);
    expect(trace.steps[0]?.params).toEqual({
      date: '2026-06-30',
      done: 0,
      share: '0',
      modulated: '300.00',
      amount: '0.00',
    });
  });

  it('tiers: a tier with `of` counts only those codes; the share is rounded half up (333.35 € × 0.25 = 83.3375 → 83.34)', () => {
    const policy: IncompletePolicy = {
      policy: 'tiers',
      tiers: [
        { minDone: 1, share: '0.25' },
        { minDone: 2, share: '0.6', of: ['PSY'] },
      ],
    };
    // Three prestations counted, one of them PSY: the second tier (2 PSY) is not reached.
    const r = due(def(policy), ended([req(['PSY'], 4, 1), req(['DIET'], 4, 2)]), 33335, new TraceBuilder());
    expect([r.share, r.cents]).toEqual(['0.25', 8334]);
  });

  it('tiers: `of` counts the prestations of its codes, not every prestation of a requirement holding one', () => {
    // anyOf [ENTRETIEN, VISITE]: 3 VISITE and 1 ENTRETIEN counted; a tier of 3 ENTRETIEN is not reached.
    const policy: IncompletePolicy = { policy: 'tiers', tiers: [{ minDone: 3, share: '0.5', of: ['ENTRETIEN'] }] };
    const seq = ended([req(['ENTRETIEN', 'VISITE'], 6, 4)]);
    const counted = [{ code: 'VISITE' }, { code: 'VISITE' }, { code: 'ENTRETIEN' }, { code: 'VISITE' }];
    const trace = new TraceBuilder();
    expect(due(def(policy), seq, 30000, trace, counted)).toEqual({ share: '0', cents: 0, policy: 'tiers' });
    expect(trace.steps[0]?.params).toMatchObject({ done: 4, share: '0' });
  });
});

describe('the incomplete policies, one table', () => {
  it('holds each policy of the rule-file format, once', () => {
    expect(Object.keys(INCOMPLETE_POLICIES)).toEqual(['none', 'full', 'prorata', 'tiers']);
  });
});
