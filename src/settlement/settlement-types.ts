import type { IsoDate } from '../dates/iso-date';
import type { TraceStep } from '../domain/trace-steps';
import type { ExclusionReason, IncompletePolicyKind, SequenceStatus } from '../domain/vocabulary';
import type { Issue } from '../issues/issue';
import type { Amount } from '../money/decimal';
import type { TypeVersion } from '../validation/report-types';

export type { TraceKind, TraceParams, TraceStep, TraceStepOf, WeighedPart } from '../domain/trace-steps';

/** The coordinating structure, as a beneficiary. */
export interface StructureBeneficiary {
  readonly kind: 'structure';
  /** The structure's name. */
  readonly name: string;
}

/** A team member, as a beneficiary. */
export interface MemberBeneficiary {
  readonly kind: 'member';
  /** The member's id in the projet's team. */
  readonly id: string;
  /** The member's profession. */
  readonly profession: string;
  /** The member's name, when the projet gives one. */
  readonly name?: string;
}

/** Who a share is for: the coordinating structure or one team member. */
export type Beneficiary = StructureBeneficiary | MemberBeneficiary;

/** Who is paid: the professional, the professional's employer, or the structure, with the identifier used. */
export interface Payee {
  /** A professional (paid directly), an employer (paid for its employee), or the structure. */
  readonly kind: 'professional' | 'employer' | 'structure';
  /** The payee's name, when known. */
  readonly name?: string;
  /** Which identifier `id` is. */
  readonly idType: 'RPPS' | 'ADELI' | 'CPAM' | 'SIRET' | 'FINESS';
  /** The identifier itself. */
  readonly id: string;
}

/** One reason a beneficiary receives money, e.g. `perPrestation:BILAN`. */
export interface SharePart {
  /** `coordination[:rate]`, `fixed`, `perPrestation:CODE`, `weights:BY:BASIS` or `remainder`. */
  readonly basis: string;
  /** What this reason pays. */
  readonly amount: Amount;
}

/** What one beneficiary receives for one séquence. */
export interface Share {
  /** Who it is for. */
  readonly beneficiary: Beneficiary;
  /** Who is paid. */
  readonly payee: Payee;
  /** The whole share. */
  readonly amount: Amount;
  /** Why, part by part (they add up to `amount`). */
  readonly parts: readonly SharePart[];
}

/** The forfait of one séquence, from its base to the amount billed. */
export interface ForfaitBreakdown {
  /** The séquence's forfait for the patient's profile. */
  readonly base: Amount;
  /** The profile whose amount applies, when the type has profiles. */
  readonly profile?: string;
  /** When the forfait has named parts: each part's share of the amount billed (they add up to `amount`). */
  readonly parts?: readonly {
    /** The part's id. */
    readonly id: string;
    /** Its share of the amount billed. */
    readonly amount: Amount;
  }[];
  /** The coefficients that apply to the patient's territory. */
  readonly coefficients: readonly {
    /** The modulation's id. */
    readonly id: string;
    /** Its factor, a decimal string. */
    readonly factor: string;
  }[];
  /** Base × coefficients, rounded to the cent. */
  readonly modulated: Amount;
  /** Share of the modulated forfait due under the séquence's status: "1" when completed. */
  readonly share: string;
  /** Completed, or the incomplete policy that set the share. */
  readonly policy: 'completed' | IncompletePolicyKind;
  /** The amount billed for the séquence. */
  readonly amount: Amount;
}

/** Who pays the séquence's forfait. `amo + amc + patient = forfait.amount`. */
export interface PayerSplit {
  /** The Assurance Maladie's part. */
  readonly amo: Amount;
  /** The complementary's part. */
  readonly amc: Amount;
  /** What the patient pays. */
  readonly patient: Amount;
  /** Patient participation before it is assigned to AMC or patient (0 when exempted). */
  readonly participation: Amount;
  /** The exemption that set the participation to zero, when one did. */
  readonly exemption?: string;
  /** The complementary organisation's number (numéro d'organisme AMC) in force, when the path gives it. */
  readonly amcOrganisation?: string;
}

/** A billable séquence. */
export interface SequenceSettlement {
  /** The séquence's id. */
  readonly sequence: string;
  /** Completed, or ended incomplete and paid under its policy. */
  readonly status: 'completed' | 'incomplete';
  /** The day the séquence became billable: completion, or the end of an incomplete séquence. */
  readonly billableOn: IsoDate;
  /** The avenant whose key was in force on `billableOn` and applied; absent: the projet's initial key (or the type's). */
  readonly avenant?: string;
  /** How the amount was reached. */
  readonly forfait: ForfaitBreakdown;
  /** Who pays it. */
  readonly payers: PayerSplit;
  /** Who receives it. */
  readonly shares: readonly Share[];
  /** Every step of the computation, as data (`traceStepText` renders one). */
  readonly trace: readonly TraceStep[];
}

/** A séquence that is not billed, and why. */
export interface ExcludedSequence {
  /** The séquence's id. */
  readonly sequence: string;
  /** Its status on the evaluation date. */
  readonly status: SequenceStatus;
  /** Stable reason code: `BLOCKED`, `NOT_ENDED`, `NOT_STARTED`, `NO_KEY`, `NOTHING_DUE`. */
  readonly reason: ExclusionReason;
}

/** A total per beneficiary or per payee over the path. */
export interface TotalLine<T> {
  /** The beneficiary or the payee. */
  readonly who: T;
  /** What it receives over the path's billed séquences. */
  readonly amount: Amount;
}

/** Totals over the path's billed séquences. */
export interface SettlementTotals {
  /** The forfaits billed. */
  readonly forfait: Amount;
  /** The Assurance Maladie's part. */
  readonly amo: Amount;
  /** The complementary's part. */
  readonly amc: Amount;
  /** What the patient pays. */
  readonly patient: Amount;
  /** By beneficiary, the structure first, then members by id. */
  readonly byBeneficiary: readonly TotalLine<Beneficiary>[];
  /** By payee, sorted by identifier. */
  readonly byPayee: readonly TotalLine<Payee>[];
}

/** Everything due for one path on the evaluation date. */
export interface Settlement {
  /** The evaluation date. */
  readonly asOf: IsoDate;
  /** The type version the path was judged on. */
  readonly type: TypeVersion;
  /** The patient's pseudonymous reference. */
  readonly patientRef: string;
  /** The billable séquences. */
  readonly sequences: readonly SequenceSettlement[];
  /** The séquences not billed, each with its reason. */
  readonly excluded: readonly ExcludedSequence[];
  /** Totals over the billable séquences. */
  readonly totals: SettlementTotals;
  /** The validation issues, then the settlement's own. */
  readonly issues: readonly Issue[];
}
