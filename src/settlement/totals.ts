import { formatCents, toCents, type Cents } from '../money/decimal';
import type { Beneficiary, Payee, SequenceSettlement, Settlement, TotalLine } from './settlement-types';

function sumInto<T>(map: Map<string, { who: T; cents: Cents }>, id: string, who: T, cents: Cents): void {
  const e = map.get(id) ?? { who, cents: 0 };
  e.cents += cents;
  map.set(id, e);
}

function lines<T>(map: Map<string, { who: T; cents: Cents }>): TotalLine<T>[] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => ({ who: e.who, amount: formatCents(e.cents) }));
}

/**
 * Totals over the billable séquences of a path: forfait, each payer, each beneficiary and each payee, in cents
 * then formatted.
 *
 * @example
 * totalsOf(settlement.sequences).amo // '450.24'
 */
export function totalsOf(sequences: readonly SequenceSettlement[]): Settlement['totals'] {
  let forfait = 0;
  let amo = 0;
  let amc = 0;
  let patient = 0;
  const byBeneficiary = new Map<string, { who: Beneficiary; cents: Cents }>();
  const byPayee = new Map<string, { who: Payee; cents: Cents }>();
  for (const s of sequences) {
    forfait += toCents(s.forfait.amount);
    amo += toCents(s.payers.amo);
    amc += toCents(s.payers.amc);
    patient += toCents(s.payers.patient);
    for (const sh of s.shares) {
      const cents = toCents(sh.amount);
      sumInto(byBeneficiary, sh.beneficiary.kind === 'structure' ? '\u0000structure' : sh.beneficiary.id, sh.beneficiary, cents);
      sumInto(byPayee, `${sh.payee.idType}:${sh.payee.id}`, sh.payee, cents);
    }
  }
  return {
    forfait: formatCents(forfait),
    amo: formatCents(amo),
    amc: formatCents(amc),
    patient: formatCents(patient),
    byBeneficiary: lines(byBeneficiary),
    byPayee: lines(byPayee),
  };
}
