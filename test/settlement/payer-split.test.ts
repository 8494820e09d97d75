import { describe, expect, it } from 'vitest';
import type { CoverageOnDate } from '../../src/settlement/coverage-on';
import { splitPayers } from '../../src/settlement/payer-split';
import { TraceBuilder } from '../../src/settlement/trace';

/** A coverage on 2027-05-20, plain (not dated) unless told. */
const cover = (over: Partial<CoverageOnDate>): CoverageOnDate => ({
  date: '2027-05-20',
  complementary: 'responsable',
  exemptions: [],
  unrelated: [],
  dated: false,
  gap: false,
  ...over,
});

const split = (forfait: number, participation: Parameters<typeof splitPayers>[1], coverage: CoverageOnDate) => {
  const trace = new TraceBuilder();
  const payers = splitPayers(forfait, participation, coverage, trace);
  return { payers, steps: trace.steps.map((s) => [s.step, s.params]) };
};

describe('the payer split of one séquence', () => {
  it('a rate of the forfait to the contrat responsable: 300.00 × 0.3 = 90.00, AMO 300.00 − 90.00 = 210.00', () => {
    expect(split(30000, { kind: 'rate', rate: '0.3' }, cover({}))).toStrictEqual({
      payers: { amo: 21000, amc: 9000, patient: 0, participation: 9000 },
      steps: [
        ['PARTICIPATION_RATE', { forfait: '300.00', rate: '0.3', exact: '90', amount: '90.00' }],
        ['PAYERS', { amo: '210.00', amc: '90.00', patient: '0.00', total: '300.00', cover: 'responsable' }],
      ],
    });
  });

  it('the C2S pays it too, nobody under the AME (the AMO pays all), the patient without cover', () => {
    // 100.05 × 0.3 = 30.015 → 30.02 (half away from zero); AMO 100.05 − 30.02 = 70.03.
    expect(split(10005, { kind: 'rate', rate: '0.3' }, cover({ complementary: 'c2s' })).payers).toStrictEqual({
      amo: 7003,
      amc: 3002,
      patient: 0,
      participation: 3002,
    });
    expect(split(10005, { kind: 'rate', rate: '0.3' }, cover({ complementary: 'ame' })).payers).toStrictEqual({
      amo: 10005,
      amc: 0,
      patient: 0,
      participation: 3002,
    });
    expect(split(10005, { kind: 'rate', rate: '0.3' }, cover({ complementary: 'none' })).payers).toStrictEqual({
      amo: 7003,
      amc: 0,
      patient: 3002,
      participation: 3002,
    });
  });

  it('a dated coverage is traced; of two exemptions in force the first by name waives the participation', () => {
    const coverage = cover({
      complementary: 'c2s',
      exemptions: ['maternite', 'ald'],
      unrelated: ['invalidite'],
      dated: true,
    });
    expect(split(30000, { kind: 'rate', rate: '0.3' }, coverage)).toStrictEqual({
      payers: { amo: 30000, amc: 0, patient: 0, participation: 0, exemption: 'ald' },
      steps: [
        [
          'COVERAGE',
          { date: '2027-05-20', complementary: 'c2s', exemptions: ['maternite', 'ald'], unrelated: ['invalidite'] },
        ],
        ['PARTICIPATION_EXEMPT', { exemption: 'ald' }],
        ['PAYERS', { amo: '300.00', amc: '0.00', patient: '0.00', total: '300.00', cover: 'c2s' }],
      ],
    });
  });

  it('no participation: none to waive, whatever the exemptions', () => {
    // kills src/settlement/payer-split.ts ConditionalExpression (participation.kind === 'none' → false): the
    // exemption would be named; it replaced the list `[]` of exemptions, whose ["Stryker was here"] named none either
    expect(split(30000, { kind: 'none' }, cover({ complementary: 'none', exemptions: ['ald'] }))).toStrictEqual({
      payers: { amo: 30000, amc: 0, patient: 0, participation: 0 },
      steps: [
        ['PARTICIPATION_NONE', {}],
        ['PAYERS', { amo: '300.00', amc: '0.00', patient: '0.00', total: '300.00', cover: 'none' }],
      ],
    });
  });

  it('a flat amount, waived only by the exemptions the type lists, and capped at the forfait', () => {
    // ALD in force, but the type lists maternité only: 25.00 to the patient (no cover); AMO 300.00 − 25.00 = 275.00.
    const flat = { kind: 'flat' as const, amount: '25.00', exemptions: ['maternite' as const] };
    expect(split(30000, flat, cover({ complementary: 'none', exemptions: ['ald'] }))).toStrictEqual({
      payers: { amo: 27500, amc: 0, patient: 2500, participation: 2500 },
      steps: [
        ['PARTICIPATION_FLAT', { amount: '25.00' }],
        ['PAYERS', { amo: '275.00', amc: '0.00', patient: '25.00', total: '300.00', cover: 'none' }],
      ],
    });
    // 400.00 flat on a forfait of 300.00: capped at 300.00, all to the patient, AMO 0.00.
    expect(split(30000, { kind: 'flat', amount: '400.00' }, cover({ complementary: 'none' })).payers).toStrictEqual({
      amo: 0,
      amc: 0,
      patient: 30000,
      participation: 30000,
    });
  });

  it('without a list of its own, every exemption of R.160-17-2 waives it: the at-mp one', () => {
    expect(split(30000, { kind: 'flat', amount: '25.00' }, cover({ exemptions: ['at-mp'] })).payers).toStrictEqual({
      amo: 30000,
      amc: 0,
      patient: 0,
      participation: 0,
      exemption: 'at-mp',
    });
  });
});
