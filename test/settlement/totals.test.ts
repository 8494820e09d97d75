import { describe, expect, it } from 'vitest';
import type { Beneficiary, Payee } from '../../src/settlement/settlement-types';
import { totalsOf } from '../../src/settlement/totals';

const STRUCTURE: Beneficiary = { kind: 'structure', name: 'MSP test' };
const MSP: Payee = { kind: 'structure', name: 'MSP test', idType: 'SIRET', id: '90000000100017' };
const ASSO: Payee = { kind: 'employer', name: 'Asso', idType: 'SIRET', id: '90000000200015' };
const member = (id: string): Beneficiary => ({ kind: 'member', id, profession: 'medecin' });
const professional = (idType: Payee['idType'], id: string): Payee => ({ kind: 'professional', idType, id });

describe('totals over the billed séquences of a path', () => {
  it('adds up the payers, each beneficiary and each payee (two employees of one employer make one line)', () => {
    const totals = totalsOf([
      {
        forfait: { amount: 30000 },
        payers: { amo: 21000, amc: 9000, patient: 0 },
        shares: [
          { beneficiary: STRUCTURE, payee: MSP, cents: 3000 },
          { beneficiary: member('med'), payee: professional('RPPS', '10001234565'), cents: 9000 },
          { beneficiary: member('diet'), payee: professional('ADELI', '759912345'), cents: 18000 },
        ],
      },
      {
        forfait: { amount: 20000 },
        payers: { amo: 14000, amc: 0, patient: 6000 },
        shares: [
          { beneficiary: STRUCTURE, payee: MSP, cents: 2000 },
          { beneficiary: member('psy'), payee: professional('ADELI', '759954321'), cents: 10000 },
          { beneficiary: member('apa'), payee: ASSO, cents: 6000 },
          { beneficiary: member('apa2'), payee: ASSO, cents: 2000 },
          { beneficiary: member('diet'), payee: professional('ADELI', '759912345'), cents: 0 },
        ],
      },
    ]);
    // Forfait 300.00 + 200.00 = 500.00; AMO 210.00 + 140.00 = 350.00; AMC 90.00; patient 60.00.
    expect(totals.forfait).toBe(50000);
    expect(totals.amo).toBe(35000);
    expect(totals.amc).toBe(9000);
    expect(totals.patient).toBe(6000);
    // The structure first (30.00 + 20.00), then members by id; diet 180.00 + 0.00.
    expect(totals.byBeneficiary).toEqual([
      { who: STRUCTURE, cents: 5000 },
      { who: member('apa'), cents: 6000 },
      { who: member('apa2'), cents: 2000 },
      { who: member('diet'), cents: 18000 },
      { who: member('med'), cents: 9000 },
      { who: member('psy'), cents: 10000 },
    ]);
    // By identifier type then identifier; Asso 60.00 + 20.00 = 80.00.
    expect(totals.byPayee).toEqual([
      { who: professional('ADELI', '759912345'), cents: 18000 },
      { who: professional('ADELI', '759954321'), cents: 10000 },
      { who: professional('RPPS', '10001234565'), cents: 9000 },
      { who: MSP, cents: 5000 },
      { who: ASSO, cents: 8000 },
    ]);
  });

  it('a member whose id would sort before the structure’s name still comes after it; nothing billed is all 0.00', () => {
    const totals = totalsOf([
      {
        forfait: { amount: 100 },
        payers: { amo: 100, amc: 0, patient: 0 },
        shares: [
          { beneficiary: member('0a'), payee: professional('CPAM', 'C-1'), cents: 60 },
          { beneficiary: STRUCTURE, payee: { ...MSP, idType: 'FINESS', id: '010000024' }, cents: 40 },
        ],
      },
    ]);
    expect(totals.byBeneficiary.map((l) => l.cents)).toEqual([40, 60]);
    expect(totals.byPayee.map((l) => [l.who.idType, l.cents])).toEqual([
      ['CPAM', 60],
      ['FINESS', 40],
    ]);
    expect(totalsOf([])).toEqual({ forfait: 0, amo: 0, amc: 0, patient: 0, byBeneficiary: [], byPayee: [] });
  });
});
