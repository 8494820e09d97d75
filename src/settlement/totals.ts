import { formatCents, type Cents } from '../money/decimal';
import type { Beneficiary, Payee, Settlement, TotalLine } from './settlement-types';
import { byText } from '../domain/text-order';

/** One billed séquence in cents, as the totals add it up (the settlement shows the same figures as text). */
export interface SequenceCents {
  readonly forfait: Cents;
  readonly amo: Cents;
  readonly amc: Cents;
  readonly patient: Cents;
  readonly shares: readonly { readonly beneficiary: Beneficiary; readonly payee: Payee; readonly cents: Cents }[];
}

interface Line<T> {
  readonly id: string;
  readonly who: T;
  cents: Cents;
}

function sumInto<T>(lines: Line<T>[], id: string, who: T, cents: Cents): void {
  for (const line of lines) {
    if (line.id !== id) continue;
    line.cents += cents;
    return;
  }
  lines.push({ id, who, cents });
}

function written<T>(lines: Line<T>[]): TotalLine<T>[] {
  lines.sort((a, b) => byText(a.id, b.id));
  const out: TotalLine<T>[] = [];
  for (const l of lines) out.push({ who: l.who, amount: formatCents(l.cents) });
  return out;
}

/**
 * Totals over the billable séquences of a path: forfait, each payer, each beneficiary and each payee, added in
 * cents then formatted; beneficiaries and payees sorted by id (the structure first).
 *
 * @example
 * totalsOf([{ forfait: 45024, amo: 45024, amc: 0, patient: 0, shares: [] }]).amo // '450.24'
 */
export function totalsOf(sequences: readonly SequenceCents[]): Settlement['totals'] {
  let forfait = 0;
  let amo = 0;
  let amc = 0;
  let patient = 0;
  const byBeneficiary: Line<Beneficiary>[] = [];
  const byPayee: Line<Payee>[] = [];
  for (const s of sequences) {
    forfait += s.forfait;
    amo += s.amo;
    amc += s.amc;
    patient += s.patient;
    for (const sh of s.shares) {
      sumInto(
        byBeneficiary,
        sh.beneficiary.kind === 'structure' ? '\u0000structure' : sh.beneficiary.id,
        sh.beneficiary,
        sh.cents,
      );
      sumInto(byPayee, `${sh.payee.idType}:${sh.payee.id}`, sh.payee, sh.cents);
    }
  }
  return {
    forfait: formatCents(forfait),
    amo: formatCents(amo),
    amc: formatCents(amc),
    patient: formatCents(patient),
    byBeneficiary: written(byBeneficiary),
    byPayee: written(byPayee),
  };
}
