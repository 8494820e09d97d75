import { describe, expect, it } from 'vitest';
import type { SequenceCents } from '../../src/settlement/settlement-cents';
import { writeSettlement } from '../../src/settlement/settlement-cents';
import type { Beneficiary, Payee } from '../../src/settlement/settlement-types';
import { TraceBuilder } from '../../src/settlement/trace';

const STRUCTURE: Beneficiary = { kind: 'structure', name: 'MSP test' };
const MSP: Payee = { kind: 'structure', name: 'MSP test', idType: 'SIRET', id: '90000000100017' };
const MED: Beneficiary = { kind: 'member', id: 'med', profession: 'medecin' };
const RPPS: Payee = { kind: 'professional', idType: 'RPPS', id: '10001234565' };
const TYPE = { id: 't-test', version: 'v1', status: 'official' as const };

/** S1: 400.00 × 1.2 = 480.00 for profile B, in two parts, under an avenant, exempted, with an AMC organisation. */
function s1(): SequenceCents {
  const trace = new TraceBuilder();
  trace.add('REST', { amount: 43200 });
  return {
    sequence: 'S1',
    status: 'completed',
    billableOn: '2026-02-20',
    avenant: 'AV-1',
    forfait: {
      base: 40000,
      profile: 'B',
      parts: [
        { id: 'base', cents: 36000 },
        { id: 'apa', cents: 12000 },
      ],
      coefficients: [{ id: 'om', factor: '1.2' }],
      modulated: 48000,
      share: '1',
      policy: 'completed',
      amount: 48000,
    },
    payers: { amo: 48000, amc: 0, patient: 0, participation: 0, exemption: 'ald', amcOrganisation: 'AMC-77' },
    shares: [
      { beneficiary: STRUCTURE, payee: MSP, cents: 4800, parts: [{ basis: 'coordination', cents: 4800 }] },
      {
        beneficiary: MED,
        payee: RPPS,
        cents: 43200,
        parts: [
          { basis: 'fixed', cents: 1000 },
          { basis: 'weights', cents: 42200 },
        ],
      },
    ],
    trace,
  };
}

/** S2: 600.00, incomplete, 1/3 under prorata = 200.00, no profile, parts, avenant, exemption nor organisation. */
function s2(): SequenceCents {
  return {
    sequence: 'S2',
    status: 'incomplete',
    billableOn: '2026-06-01',
    forfait: {
      base: 60000,
      coefficients: [],
      modulated: 60000,
      share: '0.3333333333333333333333333333333333333333',
      policy: 'prorata',
      amount: 20000,
    },
    payers: { amo: 14000, amc: 0, patient: 6000, participation: 6000 },
    shares: [{ beneficiary: MED, payee: RPPS, cents: 20000, parts: [{ basis: 'remainder', cents: 20000 }] }],
    trace: new TraceBuilder(),
  };
}

describe('the settlement written once from its cents', () => {
  it('writes every amount with two decimals, and only the optional fields a séquence has', () => {
    const written = writeSettlement({
      asOf: '2026-07-01',
      type: TYPE,
      patientRef: 'PAT-T1',
      sequences: [s1(), s2()],
      excluded: [{ sequence: 'S3', status: 'not-started', reason: 'NOT_STARTED' }],
      issues: [],
    });
    expect(written.sequences).toStrictEqual([
      {
        sequence: 'S1',
        status: 'completed',
        billableOn: '2026-02-20',
        avenant: 'AV-1',
        forfait: {
          base: '400.00',
          profile: 'B',
          parts: [
            { id: 'base', amount: '360.00' },
            { id: 'apa', amount: '120.00' },
          ],
          coefficients: [{ id: 'om', factor: '1.2' }],
          modulated: '480.00',
          share: '1',
          policy: 'completed',
          amount: '480.00',
        },
        payers: {
          amo: '480.00',
          amc: '0.00',
          patient: '0.00',
          participation: '0.00',
          exemption: 'ald',
          amcOrganisation: 'AMC-77',
        },
        shares: [
          { beneficiary: STRUCTURE, payee: MSP, amount: '48.00', parts: [{ basis: 'coordination', amount: '48.00' }] },
          {
            beneficiary: MED,
            payee: RPPS,
            amount: '432.00',
            parts: [
              { basis: 'fixed', amount: '10.00' },
              { basis: 'weights', amount: '422.00' },
            ],
          },
        ],
        trace: [{ step: 'REST', params: { amount: '432.00' }, amount: '432.00' }],
      },
      {
        sequence: 'S2',
        status: 'incomplete',
        billableOn: '2026-06-01',
        forfait: {
          base: '600.00',
          coefficients: [],
          modulated: '600.00',
          share: '0.3333333333333333333333333333333333333333',
          policy: 'prorata',
          amount: '200.00',
        },
        payers: { amo: '140.00', amc: '0.00', patient: '60.00', participation: '60.00' },
        shares: [
          { beneficiary: MED, payee: RPPS, amount: '200.00', parts: [{ basis: 'remainder', amount: '200.00' }] },
        ],
        trace: [],
      },
    ]);
    // Totals: forfait 480.00 + 200.00 = 680.00; AMO 480.00 + 140.00 = 620.00; patient 60.00;
    // med 432.00 + 200.00 = 632.00; the structure 48.00.
    expect(written.totals).toStrictEqual({
      forfait: '680.00',
      amo: '620.00',
      amc: '0.00',
      patient: '60.00',
      byBeneficiary: [
        { who: STRUCTURE, amount: '48.00' },
        { who: MED, amount: '632.00' },
      ],
      byPayee: [
        { who: RPPS, amount: '632.00' },
        { who: MSP, amount: '48.00' },
      ],
    });
    expect(written).toMatchObject({
      asOf: '2026-07-01',
      type: TYPE,
      patientRef: 'PAT-T1',
      excluded: [{ sequence: 'S3', status: 'not-started', reason: 'NOT_STARTED' }],
      issues: [],
    });
  });
});
