import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/settlement/ledger';
import type { MemberBeneficiary, Payee, StructureBeneficiary } from '../../src/settlement/settlement-types';
import { totalsOf } from '../../src/settlement/totals';

/**
 * The structure is filed under a key no member id can take ("\u0000structure": identifiers start with a letter or a
 * digit, and are never empty). A member of empty id (never a document's; made here) shows the key is not the empty
 * text: the two keep their own lines.
 */
describe('the structure’s key among the members’ ids', () => {
  it('a ledger keeps the structure and a member of empty id apart', () => {
    // kills src/settlement/ledger.ts:16 StringLiteral ('\u0000structure' → '')
    const ledger = new Ledger(30000);
    ledger.pay({ kind: 'member', id: '' }, 'weights', 20000);
    ledger.pay({ kind: 'structure' }, 'coordination', 10000);
    // 300.00 − 200.00 − 100.00 = 0.00, in two entries, not one ("" sorts before "\u0000structure").
    expect(ledger.left).toBe(0);
    expect(ledger.entries()).toEqual([
      { key: { kind: 'member', id: '' }, parts: [{ basis: 'weights', cents: 20000 }] },
      { key: { kind: 'structure' }, parts: [{ basis: 'coordination', cents: 10000 }] },
    ]);
  });

  it('the totals keep the structure and a member of empty id on two lines', () => {
    // kills src/settlement/totals.ts:70 StringLiteral ('\u0000structure' → '')
    const payee: Payee = { kind: 'structure', idType: 'SIRET', id: '90000000100017' };
    const member: MemberBeneficiary = { kind: 'member', id: '', profession: 'medecin' };
    const structure: StructureBeneficiary = { kind: 'structure', name: 'MSP test' };
    const totals = totalsOf([
      {
        forfait: { amount: 30000 },
        payers: { amo: 30000, amc: 0, patient: 0 },
        shares: [
          { beneficiary: member, payee, cents: 20000 },
          { beneficiary: structure, payee, cents: 10000 },
        ],
      },
    ]);
    // 200.00 to the member, 100.00 to the structure: two beneficiaries ("" sorts first); one payee gets 300.00.
    expect(totals.byBeneficiary.map((l) => [l.who.kind, l.cents])).toEqual([
      ['member', 20000],
      ['structure', 10000],
    ]);
    expect(totals.byPayee.map((l) => l.cents)).toEqual([30000]);
  });
});
