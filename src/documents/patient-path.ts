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
import { count, identifier, isoDate, territory, text } from './primitives';

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
    exemptions: z.optional(z.array(z.enum(EXEMPTIONS))),
    complementary: z.enum(COMPLEMENTARY_KINDS),
  }),
  profile: z.optional(identifier),
  inclusion: z.strictObject({ date: isoDate, by: z.optional(identifier) }),
  exit: z.optional(z.strictObject({ date: isoDate, reason: z.enum(EXIT_REASONS) })),
  renewals: z.optional(z.array(z.strictObject({ date: isoDate }))),
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

/** What covers the participation. */
export interface Coverage {
  /** The patient's exemptions (R.160-17-2 CSS). */
  readonly exemptions?: readonly Exemption[];
  /** The complementary cover: contrat responsable, C2S, AME, or none. */
  readonly complementary: ComplementaryKind;
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
  /** The recorded prestations, in any order. */
  readonly prestations: readonly PrestationRecord[];
}
