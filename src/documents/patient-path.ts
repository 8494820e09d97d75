import * as z from 'zod/mini';
import type { IsoDate } from '../dates/iso-date';
import {
  COMPLEMENTARY_KINDS,
  type ComplementaryKind,
  EXEMPTIONS,
  type Exemption,
  PRESTATION_STATUSES,
  type PrestationStatus,
} from '../domain/vocabulary';
import { count, identifier, isoDate, months, territory, text } from './primitives';

/** Why a patient left the parcours. */
export const EXIT_REASONS = ['completed', 'withdrawal', 'death', 'moved', 'ineligible', 'other'] as const;

const prestationRecord = z.strictObject({
  id: identifier,
  code: identifier,
  date: isoDate,
  member: identifier,
  minutes: z.optional(count),
  status: z.enum(PRESTATION_STATUSES),
  sequence: z.optional(identifier),
  note: z.optional(text),
});

/** Schema of one patient's recorded path. */
export const PatientPathSchema = z.strictObject({
  $schema: z.optional(z.string()),
  parcoursType: identifier,
  patient: z.strictObject({
    ref: identifier,
    birthDate: isoDate,
    territory: z.optional(territory),
    nir: z.optional(z.string()),
  }),
  coverage: z.strictObject({
    exemptions: z.optional(
      z.array(
        z.union([
          z.enum(EXEMPTIONS),
          z.strictObject({
            kind: z.enum(EXEMPTIONS),
            from: z.optional(isoDate),
            to: z.optional(isoDate),
            related: z.optional(z.boolean()),
          }),
        ]),
      ),
    ),
    complementary: z.union([
      z.enum(COMPLEMENTARY_KINDS),
      z
        .array(
          z.strictObject({
            kind: z.enum(COMPLEMENTARY_KINDS),
            from: isoDate,
            to: z.optional(isoDate),
            organisation: z.optional(identifier),
          }),
        )
        .check(z.minLength(1)),
    ]),
    organisation: z.optional(identifier),
  }),
  profile: z.optional(identifier),
  inclusion: z.strictObject({ date: isoDate, by: z.optional(identifier) }),
  exit: z.optional(z.strictObject({ date: isoDate, reason: z.enum(EXIT_REASONS) })),
  renewals: z.optional(z.array(z.strictObject({ date: isoDate }))),
  extensions: z.optional(
    z.array(
      z.strictObject({
        sequence: identifier,
        date: isoDate,
        months: z.optional(months),
        by: z.optional(identifier),
      }),
    ),
  ),
  attestations: z.optional(z.array(z.strictObject({ sequence: identifier, date: isoDate }))),
  previousParcours: z.optional(z.array(z.strictObject({ parcoursType: identifier, end: isoDate }))),
  prestations: z.array(prestationRecord),
});

/** Why a patient left the parcours. */
export type ExitReason = (typeof EXIT_REASONS)[number];

/** One prestation as the structure's software recorded it. */
export interface PrestationRecord {
  /** The record's id, unique within the path. */
  readonly id: string;
  /** The prestation's code, one the type declares. */
  readonly code: string;
  /** The day it was performed (or planned). */
  readonly date: IsoDate;
  /** The id of the team member who performed it. */
  readonly member: string;
  /** Its duration in minutes. */
  readonly minutes?: number;
  /** `done`, `cancelled` or `missed`: only `done` counts. */
  readonly status: PrestationStatus;
  /** The séquence it belongs to, when the software knows (else the one open on its date that expects its code). */
  readonly sequence?: string;
  /** A remark, for people. */
  readonly note?: string;
}

/** The decision that extends a séquence beyond its nominal months. */
export interface SequenceExtension {
  /** The séquence's id. */
  readonly sequence: string;
  /** The decision date, on or before the nominal deadline. */
  readonly date: IsoDate;
  /** Months added (else up to the type's maximum). */
  readonly months?: number;
  /** Who decided it (a team member's id). */
  readonly by?: string;
}

/** The patient, by a pseudonymous reference. */
export interface PatientFacts {
  /** A pseudonymous reference, never a NIR. */
  readonly ref: string;
  /** Date of birth (ages are in completed years). */
  readonly birthDate: IsoDate;
  /** The département code of the patient's residence, for the coefficients. */
  readonly territory?: string;
  /** The NIR, checked and never echoed. */
  readonly nir?: string;
}

/** An exemption held over a period, or one unrelated to the parcours (which then does not exempt). */
export interface DatedExemption {
  /** The exemption (R.160-17-2 CSS). */
  readonly kind: Exemption;
  /** First day it holds (else from always). */
  readonly from?: IsoDate;
  /** Last day it holds, inclusive (else for good). */
  readonly to?: IsoDate;
  /** False when the care of the parcours is unrelated to it (an ALD for another condition): it does not exempt. */
  readonly related?: boolean;
}

/** A complementary cover over a period. */
export interface ComplementaryPeriod {
  /** The cover: contrat responsable, C2S, AME, or none. */
  readonly kind: ComplementaryKind;
  /** First day of the period. */
  readonly from: IsoDate;
  /** Last day, inclusive (else open). */
  readonly to?: IsoDate;
  /** The complementary organisation's number over this period (numéro d'organisme AMC), carried to the declaration. */
  readonly organisation?: string;
}

/**
 * What covers the participation: exemptions and a complementary, each for the whole path or over periods. The ones in
 * force on a séquence's billable date apply to it; a date outside every complementary period has none.
 */
export interface Coverage {
  /** The patient's exemptions (R.160-17-2 CSS), for the whole path or dated. */
  readonly exemptions?: readonly (Exemption | DatedExemption)[];
  /** The complementary cover (contrat responsable, C2S, AME, or none), or its periods. */
  readonly complementary: ComplementaryKind | readonly ComplementaryPeriod[];
  /**
   * The complementary organisation's number (numéro d'organisme AMC, as on the patient's card), carried to the
   * declaration with the AMC part; a period's own `organisation` takes precedence over it.
   */
  readonly organisation?: string;
}

/** One patient's recorded path in a parcours, as parsed. */
export interface PatientPath {
  /** The JSON Schema the file names, ignored. */
  readonly $schema?: string;
  /** The id of the parcours type. */
  readonly parcoursType: string;
  /** The patient. */
  readonly patient: PatientFacts;
  /** What covers the participation. */
  readonly coverage: Coverage;
  /** The patient's profile, among the type's. */
  readonly profile?: string;
  /** The inclusion. */
  readonly inclusion: {
    /** The inclusion date: the parcours and its first séquences start on it. */
    readonly date: IsoDate;
    /** Who decided it, for people (a team member's id). */
    readonly by?: string;
  };
  /** The exit from the parcours, when it happened. */
  readonly exit?: {
    /** The day the patient left. */
    readonly date: IsoDate;
    /** Why. */
    readonly reason: ExitReason;
  };
  /** The renewals, each on its decision date. */
  readonly renewals?: readonly {
    /** The decision date, within the period it extends. */
    readonly date: IsoDate;
  }[];
  /** Extensions of séquences that allow one, each decided before the séquence's nominal deadline. */
  readonly extensions?: readonly SequenceExtension[];
  /** Service attestations signed by the patient, one per séquence that requires it, dated after the séquence ends. */
  readonly attestations?: readonly {
    /** The séquence (for a recurring one, its occurrence: `ANNUEL.2`). */
    readonly sequence: string;
    /** The day it was signed. */
    readonly date: IsoDate;
  }[];
  /** Earlier parcours of the patient, for the rule against a new inclusion too soon. */
  readonly previousParcours?: readonly {
    /** The type of the earlier parcours. */
    readonly parcoursType: string;
    /** The day it ended. */
    readonly end: IsoDate;
  }[];
  /** The recorded prestations, in any order. */
  readonly prestations: readonly PrestationRecord[];
}
