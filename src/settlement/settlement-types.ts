import type { IsoDate } from '../dates/calendar';
import type { Issue } from '../issues/issue';
import type { Amount } from '../money/decimal';

/** Who a share is for: the coordinating structure or one team member. */
export type Beneficiary =
  | { readonly kind: 'structure'; readonly name: string }
  | { readonly kind: 'member'; readonly id: string; readonly profession: string; readonly name?: string };

/** Who is paid: the professional, the professional's employer, or the structure, with the identifier used. */
export interface Payee {
  readonly kind: 'professional' | 'employer' | 'structure';
  readonly name?: string;
  readonly idType: 'RPPS' | 'ADELI' | 'CPAM' | 'SIRET' | 'FINESS';
  readonly id: string;
}

/** One reason a beneficiary receives money, e.g. `perPrestation BILAN × 1`. */
export interface SharePart {
  readonly basis: string;
  readonly amount: Amount;
}

/** What one beneficiary receives for one séquence. */
export interface Share {
  readonly beneficiary: Beneficiary;
  readonly payee: Payee;
  readonly amount: Amount;
  readonly parts: readonly SharePart[];
}

/** One step of the computation, readable by a person. */
export interface TraceStep {
  readonly step: string;
  readonly text: string;
  readonly amount?: Amount;
}

/** The forfait of one séquence, from its base to the amount billed. */
export interface ForfaitBreakdown {
  readonly base: Amount;
  readonly profile?: string;
  readonly coefficients: readonly { readonly id: string; readonly factor: string }[];
  /** Base × coefficients, rounded to the cent. */
  readonly modulated: Amount;
  /** Share of the modulated forfait due under the séquence's status: "1" when completed. */
  readonly share: string;
  readonly policy: 'completed' | 'none' | 'full' | 'prorata' | 'tiers';
  /** The amount billed for the séquence. */
  readonly amount: Amount;
}

/** Who pays the séquence's forfait. `amo + amc + patient = forfait.amount`. */
export interface PayerSplit {
  readonly amo: Amount;
  readonly amc: Amount;
  readonly patient: Amount;
  /** Patient participation before it is assigned to AMC or patient (0 when exempted). */
  readonly participation: Amount;
  readonly exemption?: string;
}

/** A billable séquence. */
export interface SequenceSettlement {
  readonly sequence: string;
  readonly status: 'completed' | 'incomplete';
  /** The day the séquence became billable: completion, or the end of an incomplete séquence. */
  readonly billableOn: IsoDate;
  readonly forfait: ForfaitBreakdown;
  readonly payers: PayerSplit;
  readonly shares: readonly Share[];
  readonly trace: readonly TraceStep[];
}

/** A séquence that is not billed, and why. */
export interface ExcludedSequence {
  readonly sequence: string;
  readonly status: string;
  /** Stable reason code: `BLOCKED`, `NOT_ENDED`, `NOT_STARTED`, `NO_KEY`, `NOTHING_DUE`. */
  readonly reason: 'BLOCKED' | 'NOT_ENDED' | 'NOT_STARTED' | 'NO_KEY' | 'NOTHING_DUE';
  readonly message: string;
}

/** A total per beneficiary or per payee over the path. */
export interface TotalLine<T> {
  readonly who: T;
  readonly amount: Amount;
}

/** Everything due for one path on the evaluation date. */
export interface Settlement {
  readonly asOf: IsoDate;
  readonly type: { readonly id: string; readonly version: string; readonly status: string };
  readonly patientRef: string;
  readonly sequences: readonly SequenceSettlement[];
  readonly excluded: readonly ExcludedSequence[];
  readonly totals: {
    readonly forfait: Amount;
    readonly amo: Amount;
    readonly amc: Amount;
    readonly patient: Amount;
    readonly byBeneficiary: readonly TotalLine<Beneficiary>[];
    readonly byPayee: readonly TotalLine<Payee>[];
  };
  /** The validation issues, then the settlement's own. */
  readonly issues: readonly Issue[];
}
