import type { IsoDate } from '../dates/iso-date';
import type { ComplementaryKind, Exemption } from './vocabulary';

/** An amount in euros with two decimals, as text: `"536.00"`. */
type Amount = string;
/** A decimal as text, exact (a rate, a coefficient, a product, exact euros): `"0.3"`, `"160.8"`. */
type Decimal = string;

/** One weighed beneficiary of a weights rule: a member or a profession, its weight and what it got. */
export interface WeighedPart {
  /** Member id, or profession. */
  readonly name: string;
  /** Its weight (sessions, minutes, 1 for equal parts, times its factor). */
  readonly weight: Decimal;
  /** What it got. */
  readonly amount: Amount;
}

/**
 * The parameters of each step of a settlement's trace: the figures that produced an amount, as data. The trace is
 * rendered for a reader on demand (`traceStepText`, `formatSettlement`), in any language, without settling again.
 * A public contract: kinds are added, never renamed.
 */
export interface TraceParams {
  /** A named part of the séquence's forfait that applies to the patient's profile. */
  FORFAIT_PART: { readonly id: string; readonly amount: Amount };
  /** The séquence's base forfait, by profile when the type has profiles (the sum of its parts when it has parts). */
  BASE: { readonly profile?: string; readonly amount: Amount };
  /** A coefficient that applies to the patient's territory. */
  MODULATION: { readonly id: string; readonly factor: Decimal; readonly territory: string };
  /** Base × coefficients, exactly, then rounded to the cent. */
  MODULATED: { readonly base: Amount; readonly factor: Decimal; readonly exact: Decimal; readonly amount: Amount };
  /** The séquence was completed: its forfait is due in full. */
  COMPLETED: { readonly date: IsoDate; readonly amount: Amount };
  /** Ended before completion, policy `full`: due in full. */
  POLICY_FULL: { readonly date: IsoDate; readonly amount: Amount };
  /** Ended before completion, policy `prorata`: requirements met over required. */
  POLICY_PRORATA: {
    readonly date: IsoDate;
    readonly met: number;
    readonly required: number;
    readonly modulated: Amount;
    readonly exact: Decimal;
    readonly amount: Amount;
  };
  /** Ended before completion, policy `tiers`: the highest tier reached (none: `minDone` absent). */
  POLICY_TIERS: {
    readonly date: IsoDate;
    readonly done: number;
    readonly minDone?: number;
    readonly share: Decimal;
    readonly modulated: Amount;
    readonly amount: Amount;
  };
  /** The amount billed shared between the forfait's parts, in proportion to their bases, by largest remainder. */
  PARTS_DUE: { readonly parts: readonly { readonly id: string; readonly amount: Amount }[]; readonly amount: Amount };
  /** The coverage in force on the séquence's billable date, when the path dates its coverage. */
  COVERAGE: {
    readonly date: IsoDate;
    readonly complementary: ComplementaryKind;
    /** The exemptions in force that relate to the parcours. */
    readonly exemptions: readonly Exemption[];
    /** The exemptions in force marked unrelated to the parcours, which do not exempt. */
    readonly unrelated: readonly Exemption[];
  };
  /** The type asks no participation. */
  PARTICIPATION_NONE: Record<string, never>;
  /** The patient is exempted (R.160-17-2 CSS). */
  PARTICIPATION_EXEMPT: { readonly exemption: Exemption };
  /** A rate of the forfait, rounded to the cent. */
  PARTICIPATION_RATE: {
    readonly forfait: Amount;
    readonly rate: Decimal;
    readonly exact: Decimal;
    readonly amount: Amount;
  };
  /** A flat amount, capped at the forfait. */
  PARTICIPATION_FLAT: { readonly amount: Amount };
  /** Who pays: AMO, AMC and patient, under the patient's cover. */
  PAYERS: {
    readonly amo: Amount;
    readonly amc: Amount;
    readonly patient: Amount;
    readonly total: Amount;
    readonly cover: ComplementaryKind;
  };
  /**
   * Which distribution key applies: the projet's or the type's, for the séquence or by default; `avenant` names the
   * avenant whose distribution was in force on the billable date (absent: the projet's initial distribution).
   */
  KEY_SOURCE: { readonly from: 'project' | 'type'; readonly sequence?: string; readonly avenant?: string };
  /** Coordination share as a rate of the forfait. */
  COORDINATION_RATE: {
    readonly rate: Decimal;
    readonly forfait: Amount;
    readonly exact: Decimal;
    readonly amount: Amount;
  };
  /** Coordination share as an amount (capped at the forfait). */
  COORDINATION_AMOUNT: { readonly amount: Amount };
  /** A part of the forfait claimed for a member (directly, or as its share of its profession's). */
  CLAIM_PART: { readonly part: string; readonly amount: Amount; readonly member: string };
  /** A fixed amount claimed for a member. */
  CLAIM_FIXED: { readonly amount: Amount; readonly member: string };
  /** Unit rate × counted prestations claimed for a member. */
  CLAIM_UNIT: {
    readonly code: string;
    readonly count: number;
    readonly rate: Amount;
    readonly amount: Amount;
    readonly member: string;
  };
  /** Claims over what is left, scaled down: what each member gets. */
  CLAIMS_SCALED: {
    readonly claimed: Amount;
    readonly available: Amount;
    readonly paid: readonly { readonly member: string; readonly amount: Amount }[];
  };
  /** What is left to share after coordination, fixed amounts and unit rates. */
  REST: { readonly amount: Amount };
  /** What is left shared by weights, by largest remainder. */
  WEIGHTS: {
    readonly by: 'member' | 'profession';
    readonly basis: 'sessions' | 'minutes' | 'equal';
    readonly parts: readonly WeighedPart[];
    readonly total: Decimal;
    readonly amount: Amount;
  };
  /** A profession's part shared between its members. */
  WEIGHTS_WITHIN: { readonly profession: string; readonly parts: readonly WeighedPart[]; readonly amount: Amount };
  /** No weight was above zero: nothing shared by the rule. */
  WEIGHTS_EMPTY: Record<string, never>;
  /** What is still left, to a member (or the structure when `member` is absent). */
  REMAINDER: { readonly amount: Amount; readonly member?: string };
  /** The shares add up to the forfait. */
  CHECK: { readonly sum: Amount; readonly amount: Amount };
}

/** Every kind of trace step. */
export type TraceKind = keyof TraceParams;

/** One step of a settlement's trace, of one kind. */
export interface TraceStepOf<K extends TraceKind> {
  /** What the step does. */
  readonly step: K;
  /** The figures it used. */
  readonly params: TraceParams[K];
  /** The amount it produced, when it produced one. */
  readonly amount?: Amount;
}

/** One step of a settlement's trace: its kind, its figures and the amount it produced, as data. */
export type TraceStep = { [K in TraceKind]: TraceStepOf<K> }[TraceKind];

/** Which parameters of a kind of step are amounts, and which one is the step's own amount. */
export interface TraceAmounts<K extends TraceKind> {
  /** Its amounts: cents while the settlement computes, two-decimal texts once written. */
  readonly amounts: readonly (keyof TraceParams[K])[];
  /** Its lists whose items each carry an `amount`. */
  readonly lists?: readonly (keyof TraceParams[K])[];
  /** The amount the step produced: one of its amounts, `zero` for 0.00, absent when it produced none. */
  readonly produced?: keyof TraceParams[K] | 'zero';
}

/**
 * The amounts of each kind of trace step: the settlement records them in cents and writes them as two-decimal texts
 * once (../settlement/trace.ts). A kind missing here is a compile error.
 */
export const TRACE_AMOUNTS = {
  FORFAIT_PART: { amounts: ['amount'], produced: 'amount' },
  BASE: { amounts: ['amount'], produced: 'amount' },
  MODULATION: { amounts: [] },
  MODULATED: { amounts: ['base', 'amount'], produced: 'amount' },
  COMPLETED: { amounts: ['amount'], produced: 'amount' },
  POLICY_FULL: { amounts: ['amount'], produced: 'amount' },
  POLICY_PRORATA: { amounts: ['modulated', 'amount'], produced: 'amount' },
  POLICY_TIERS: { amounts: ['modulated', 'amount'], produced: 'amount' },
  PARTS_DUE: { amounts: ['amount'], lists: ['parts'], produced: 'amount' },
  COVERAGE: { amounts: [] },
  PARTICIPATION_NONE: { amounts: [] },
  PARTICIPATION_EXEMPT: { amounts: [], produced: 'zero' },
  PARTICIPATION_RATE: { amounts: ['forfait', 'amount'], produced: 'amount' },
  PARTICIPATION_FLAT: { amounts: ['amount'], produced: 'amount' },
  PAYERS: { amounts: ['amo', 'amc', 'patient', 'total'] },
  KEY_SOURCE: { amounts: [] },
  COORDINATION_RATE: { amounts: ['forfait', 'amount'], produced: 'amount' },
  COORDINATION_AMOUNT: { amounts: ['amount'], produced: 'amount' },
  CLAIM_PART: { amounts: ['amount'], produced: 'amount' },
  CLAIM_FIXED: { amounts: ['amount'], produced: 'amount' },
  CLAIM_UNIT: { amounts: ['rate', 'amount'], produced: 'amount' },
  CLAIMS_SCALED: { amounts: ['claimed', 'available'], lists: ['paid'], produced: 'available' },
  REST: { amounts: ['amount'], produced: 'amount' },
  WEIGHTS: { amounts: ['amount'], lists: ['parts'], produced: 'amount' },
  WEIGHTS_WITHIN: { amounts: ['amount'], lists: ['parts'] },
  WEIGHTS_EMPTY: { amounts: [] },
  REMAINDER: { amounts: ['amount'], produced: 'amount' },
  CHECK: { amounts: ['sum', 'amount'], produced: 'sum' },
} as const satisfies { readonly [K in TraceKind]: TraceAmounts<K> };
