import type { Cents } from '../money/decimal';
import { byText } from '../domain/text-order';
import type { Beneficiary, Payee } from './settlement-types';

/** One billed séquence as the totals add it up: its forfait, its payers and its shares, in cents. */
export interface BilledCents {
  readonly forfait: { readonly amount: Cents };
  readonly payers: { readonly amo: Cents; readonly amc: Cents; readonly patient: Cents };
  readonly shares: readonly { readonly beneficiary: Beneficiary; readonly payee: Payee; readonly cents: Cents }[];
}

/** A total per beneficiary or per payee, in cents. */
export interface LineCents<T> {
  readonly who: T;
  readonly cents: Cents;
}

/** Totals over a path's billed séquences, in cents. */
export interface TotalsCents {
  readonly forfait: Cents;
  readonly amo: Cents;
  readonly amc: Cents;
  readonly patient: Cents;
  /** The structure first, then members by id. */
  readonly byBeneficiary: readonly LineCents<Beneficiary>[];
  /** Sorted by identifier. */
  readonly byPayee: readonly LineCents<Payee>[];
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

const sorted = <T>(lines: Line<T>[]): LineCents<T>[] =>
  lines.sort((a, b) => byText(a.id, b.id)).map((l) => ({ who: l.who, cents: l.cents }));

/**
 * Totals over the billable séquences of a path, in cents: forfait, each payer, each beneficiary and each payee;
 * beneficiaries and payees sorted by id (the structure first).
 *
 * @example
 * totalsOf([{ forfait: { amount: 45024 }, payers: { amo: 45024, amc: 0, patient: 0 }, shares: [] }]).amo // 45024
 */
export function totalsOf(sequences: readonly BilledCents[]): TotalsCents {
  let forfait = 0;
  let amo = 0;
  let amc = 0;
  let patient = 0;
  const byBeneficiary: Line<Beneficiary>[] = [];
  const byPayee: Line<Payee>[] = [];
  for (const s of sequences) {
    forfait += s.forfait.amount;
    amo += s.payers.amo;
    amc += s.payers.amc;
    patient += s.payers.patient;
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
  return { forfait, amo, amc, patient, byBeneficiary: sorted(byBeneficiary), byPayee: sorted(byPayee) };
}
