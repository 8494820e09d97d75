import type { IsoDate } from '../dates/iso-date';
import type { ParcoursProject } from '../documents/project';
import type { Payee, Settlement } from '../settlement/settlement-types';

/** One payee line of a declared séquence. */
export interface DeclarationLine {
  /** `structure`, or the member id. */
  readonly beneficiary: string;
  /** Who is paid: the professional, the employer, or the structure. */
  readonly payee: Payee;
  /** The quote-part, in euros. */
  readonly amount: string;
}

/** What the structure sends for one billable séquence (R.162-140 CSS). */
export interface DeclarationEntry {
  /** The coordinating structure that bills. */
  readonly structure: {
    /** Its name. */
    readonly name: string;
    /** Its SIRET. */
    readonly siret?: string;
    /** Its FINESS. */
    readonly finess?: string;
  };
  /** The patient's pseudonymous reference. */
  readonly patientRef: string;
  /** The type version the séquence was settled on. */
  readonly type: {
    /** The type's id. */
    readonly id: string;
    /** The version's id. */
    readonly version: string;
  };
  /** The séquence's id. */
  readonly sequence: string;
  /** Completed, or ended incomplete and paid under its policy. */
  readonly status: 'completed' | 'incomplete';
  /** The day it became billable. */
  readonly billableOn: IsoDate;
  /** The forfait billed, in euros. */
  readonly forfait: string;
  /** The Assurance Maladie's part. */
  readonly amo: string;
  /** The complementary's part. */
  readonly amc: string;
  /** What the patient pays. */
  readonly patient: string;
  /** One line per beneficiary and payee; they add up to `forfait`. */
  readonly lines: readonly DeclarationLine[];
}

/**
 * The declaration entries of one settlement: every billed séquence whose billable date falls in [from, to]
 * (both inclusive), with the structure's identifiers, the payer parts and one line per payee.
 *
 * @example
 * declarationEntries(settle(type, project, path, { asOf: '2026-12-31' }), project, '2026-10-01', '2026-12-31')
 */
export function declarationEntries(
  settlement: Settlement,
  project: ParcoursProject,
  from: IsoDate,
  to: IsoDate,
): DeclarationEntry[] {
  const s = project.structure;
  return settlement.sequences
    .filter((q) => q.billableOn >= from && q.billableOn <= to)
    .map((q) => ({
      structure: {
        name: s.name,
        ...(s.siret !== undefined ? { siret: s.siret } : {}),
        ...(s.finess !== undefined ? { finess: s.finess } : {}),
      },
      patientRef: settlement.patientRef,
      type: { id: settlement.type.id, version: settlement.type.version },
      sequence: q.sequence,
      status: q.status,
      billableOn: q.billableOn,
      forfait: q.forfait.amount,
      amo: q.payers.amo,
      amc: q.payers.amc,
      patient: q.payers.patient,
      lines: q.shares.map((sh) => ({
        beneficiary: sh.beneficiary.kind === 'structure' ? 'structure' : sh.beneficiary.id,
        payee: sh.payee,
        amount: sh.amount,
      })),
    }));
}
