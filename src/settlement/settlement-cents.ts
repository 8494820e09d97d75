import type { IsoDate } from '../dates/iso-date';
import type { Issue } from '../issues/issue';
import { formatCents, type Cents } from '../money/decimal';
import type { TypeVersion } from '../validation/report-types';
import type {
  Beneficiary,
  ExcludedSequence,
  ForfaitBreakdown,
  Payee,
  SequenceSettlement,
  Settlement,
  TotalLine,
} from './settlement-types';
import { totalsOf } from './totals';
import type { TraceBuilder } from './trace';

/** The forfait of one séquence in cents ({@link ForfaitBreakdown} before its amounts are written). */
export interface ForfaitCents {
  readonly base: Cents;
  readonly profile?: string;
  /** Each named part's share of the amount billed, when the forfait has parts. */
  readonly parts?: readonly { readonly id: string; readonly cents: Cents }[];
  readonly coefficients: ForfaitBreakdown['coefficients'];
  readonly modulated: Cents;
  readonly share: string;
  readonly policy: ForfaitBreakdown['policy'];
  readonly amount: Cents;
}

/** Who pays the séquence's forfait, in cents. `amo + amc + patient = forfait.amount`. */
export interface PayersCents {
  readonly amo: Cents;
  readonly amc: Cents;
  readonly patient: Cents;
  readonly participation: Cents;
  readonly exemption?: string;
  readonly amcOrganisation?: string;
}

/** What one beneficiary receives for one séquence, in cents, part by part. */
export interface ShareCents {
  readonly beneficiary: Beneficiary;
  readonly payee: Payee;
  readonly cents: Cents;
  readonly parts: readonly { readonly basis: string; readonly cents: Cents }[];
}

/** A billable séquence in cents, its trace still as recorded. */
export interface SequenceCents {
  readonly sequence: string;
  readonly status: SequenceSettlement['status'];
  readonly billableOn: IsoDate;
  readonly avenant?: string;
  readonly forfait: ForfaitCents;
  readonly payers: PayersCents;
  readonly shares: readonly ShareCents[];
  readonly trace: TraceBuilder;
}

/** A path's settlement as the engine computes it: every amount in integer cents. */
export interface SettlementCents {
  readonly asOf: IsoDate;
  readonly type: TypeVersion;
  readonly patientRef: string;
  readonly sequences: readonly SequenceCents[];
  readonly excluded: readonly ExcludedSequence[];
  readonly issues: readonly Issue[];
}

function writtenForfait(f: ForfaitCents): ForfaitBreakdown {
  return {
    base: formatCents(f.base),
    ...(f.profile !== undefined ? { profile: f.profile } : {}),
    ...(f.parts !== undefined ? { parts: f.parts.map((p) => ({ id: p.id, amount: formatCents(p.cents) })) } : {}),
    coefficients: f.coefficients,
    modulated: formatCents(f.modulated),
    share: f.share,
    policy: f.policy,
    amount: formatCents(f.amount),
  };
}

function writtenSequence(s: SequenceCents): SequenceSettlement {
  const p = s.payers;
  return {
    sequence: s.sequence,
    status: s.status,
    billableOn: s.billableOn,
    ...(s.avenant !== undefined ? { avenant: s.avenant } : {}),
    forfait: writtenForfait(s.forfait),
    payers: {
      amo: formatCents(p.amo),
      amc: formatCents(p.amc),
      patient: formatCents(p.patient),
      participation: formatCents(p.participation),
      ...(p.exemption !== undefined ? { exemption: p.exemption } : {}),
      ...(p.amcOrganisation !== undefined ? { amcOrganisation: p.amcOrganisation } : {}),
    },
    shares: s.shares.map((sh) => ({
      beneficiary: sh.beneficiary,
      payee: sh.payee,
      amount: formatCents(sh.cents),
      parts: sh.parts.map((part) => ({ basis: part.basis, amount: formatCents(part.cents) })),
    })),
    trace: s.trace.steps,
  };
}

const writtenLines = <T>(lines: readonly { who: T; cents: Cents }[]): TotalLine<T>[] =>
  lines.map((l) => ({ who: l.who, amount: formatCents(l.cents) }));

/**
 * The public {@link Settlement} of a settlement in cents: the one place where its amounts are written as two-decimal
 * texts (the séquences, their trace, the totals).
 *
 * @example
 * writeSettlement({ asOf: '2027-06-15', type: report.type, patientRef: 'PAT-0001', sequences: [], excluded: [], issues: [] }).totals.forfait // '0.00'
 */
export function writeSettlement(s: SettlementCents): Settlement {
  const totals = totalsOf(s.sequences);
  return {
    asOf: s.asOf,
    type: s.type,
    patientRef: s.patientRef,
    sequences: s.sequences.map(writtenSequence),
    excluded: s.excluded,
    totals: {
      forfait: formatCents(totals.forfait),
      amo: formatCents(totals.amo),
      amc: formatCents(totals.amc),
      patient: formatCents(totals.patient),
      byBeneficiary: writtenLines(totals.byBeneficiary),
      byPayee: writtenLines(totals.byPayee),
    },
    issues: s.issues,
  };
}
