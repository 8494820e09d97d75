import * as z from 'zod/mini';
import { COMPLEMENTARY_KINDS, EXEMPTIONS, PRESTATION_STATUSES } from '../domain/vocabulary';
import type { Parsed, Strict } from './document-type';
import { count, identifier, isoDate, months, territory, text } from './primitives';

/** Why a patient left the parcours. */
export const EXIT_REASONS = ['completed', 'withdrawal', 'death', 'moved', 'ineligible', 'other'] as const;

const prestationFields = {
  /** The record's id, unique within the path. */
  id: identifier,
  /** The prestation's code, one the type declares. */
  code: identifier,
  /** The day it was performed (or planned). */
  date: isoDate,
  /** The id of the team member who performed it. */
  member: identifier,
  /** Its duration in minutes. */
  minutes: z.optional(count),
  /** `done`, `cancelled` or `missed`: only `done` counts. */
  status: z.enum(PRESTATION_STATUSES),
  /** The séquence it belongs to, when the software knows (else the one open on its date that expects its code). */
  sequence: z.optional(identifier),
  /** A remark, for people. */
  note: z.optional(text),
};
/** One prestation as the structure's software recorded it. */
const prestationRecord: Strict<typeof prestationFields> = z.strictObject(prestationFields);

const patientFields = {
  /** A pseudonymous reference, never a NIR. */
  ref: identifier,
  /** Date of birth (ages are in completed years). */
  birthDate: isoDate,
  /** The département code of the patient's residence, for the coefficients. */
  territory: z.optional(territory),
  /** The NIR, checked and never echoed. */
  nir: z.optional(z.string()),
};
/** The patient, by a pseudonymous reference. */
const patientFacts: Strict<typeof patientFields> = z.strictObject(patientFields);

const datedExemptionFields = {
  /** The exemption (R.160-17-2 CSS). */
  kind: z.enum(EXEMPTIONS),
  /** First day it holds (else from always). */
  from: z.optional(isoDate),
  /** Last day it holds, inclusive (else for good). */
  to: z.optional(isoDate),
  /** False when the care of the parcours is unrelated to it (an ALD for another condition): it does not exempt. */
  related: z.optional(z.boolean()),
};
/** An exemption held over a period, or one unrelated to the parcours (which then does not exempt). */
const datedExemption: Strict<typeof datedExemptionFields> = z.strictObject(datedExemptionFields);

const complementaryPeriodFields = {
  /** The cover: contrat responsable, C2S, AME, or none. */
  kind: z.enum(COMPLEMENTARY_KINDS),
  /** First day of the period. */
  from: isoDate,
  /** Last day, inclusive (else open). */
  to: z.optional(isoDate),
  /** The complementary organisation's number over this period (numéro d'organisme AMC), carried to the declaration. */
  organisation: z.optional(identifier),
};
/** A complementary cover over a period. */
const complementaryPeriod: Strict<typeof complementaryPeriodFields> = z.strictObject(complementaryPeriodFields);

const coverageFields = {
  /** The patient's exemptions (R.160-17-2 CSS), for the whole path or dated. */
  exemptions: z.optional(z.array(z.union([z.enum(EXEMPTIONS), datedExemption]))),
  /** The complementary cover (contrat responsable, C2S, AME, or none), or its periods. */
  complementary: z.union([z.enum(COMPLEMENTARY_KINDS), z.array(complementaryPeriod).check(z.minLength(1))]),
  /**
   * The complementary organisation's number (numéro d'organisme AMC, as on the patient's card), carried to the
   * declaration with the AMC part; a period's own `organisation` takes precedence over it.
   */
  organisation: z.optional(identifier),
};
/**
 * What covers the participation: exemptions and a complementary, each for the whole path or over periods. The ones in
 * force on a séquence's billable date apply to it; a date outside every complementary period has none.
 */
const coverage: Strict<typeof coverageFields> = z.strictObject(coverageFields);

const inclusionFields = {
  /** The inclusion date: the parcours and its first séquences start on it. */
  date: isoDate,
  /** Who decided it, for people (a team member's id). */
  by: z.optional(identifier),
};
const inclusion: Strict<typeof inclusionFields> = z.strictObject(inclusionFields);

const exitFields = {
  /** The day the patient left. */
  date: isoDate,
  /** Why. */
  reason: z.enum(EXIT_REASONS),
};
const exit: Strict<typeof exitFields> = z.strictObject(exitFields);

const renewalFields = {
  /** The decision date, within the period it extends. */
  date: isoDate,
};
const renewal: Strict<typeof renewalFields> = z.strictObject(renewalFields);

const extensionFields = {
  /** The séquence's id. */
  sequence: identifier,
  /** The decision date, on or before the nominal deadline. */
  date: isoDate,
  /** Months added (else up to the type's maximum). */
  months: z.optional(months),
  /** Who decided it (a team member's id). */
  by: z.optional(identifier),
};
/** The decision that extends a séquence beyond its nominal months. */
const sequenceExtension: Strict<typeof extensionFields> = z.strictObject(extensionFields);

const attestationFields = {
  /** The séquence (for a recurring one, its occurrence: `ANNUEL.2`). */
  sequence: identifier,
  /** The day it was signed. */
  date: isoDate,
};
const attestation: Strict<typeof attestationFields> = z.strictObject(attestationFields);

const previousParcoursFields = {
  /** The type of the earlier parcours. */
  parcoursType: identifier,
  /** The day it ended. */
  end: isoDate,
};
const previousParcours: Strict<typeof previousParcoursFields> = z.strictObject(previousParcoursFields);

const patientPathFields = {
  /** The JSON Schema the file names, ignored. */
  $schema: z.optional(z.string()),
  /** The id of the parcours type. */
  parcoursType: identifier,
  /** The patient. */
  patient: patientFacts,
  /** What covers the participation. */
  coverage,
  /** The patient's profile, among the type's. */
  profile: z.optional(identifier),
  /** The inclusion. */
  inclusion,
  /** The exit from the parcours, when it happened. */
  exit: z.optional(exit),
  /** The renewals, each on its decision date. */
  renewals: z.optional(z.array(renewal)),
  /** Extensions of séquences that allow one, each decided before the séquence's nominal deadline. */
  extensions: z.optional(z.array(sequenceExtension)),
  /** Service attestations signed by the patient, one per séquence that requires it, dated after the séquence ends. */
  attestations: z.optional(z.array(attestation)),
  /** Earlier parcours of the patient, for the rule against a new inclusion too soon. */
  previousParcours: z.optional(z.array(previousParcours)),
  /** The recorded prestations, in any order. */
  prestations: z.array(prestationRecord),
};
/** Schema of one patient's recorded path: the only declaration of {@link PatientPath}. */
export const PatientPathSchema: Strict<typeof patientPathFields> = z.strictObject(patientPathFields);

/** One patient's recorded path in a parcours, as parsed. */
export type PatientPath = Parsed<typeof PatientPathSchema>;
/** Why a patient left the parcours. */
export type ExitReason = (typeof EXIT_REASONS)[number];
/** One prestation as the structure's software recorded it. */
export type PrestationRecord = Parsed<typeof prestationRecord>;
/** The decision that extends a séquence beyond its nominal months. */
export type SequenceExtension = Parsed<typeof sequenceExtension>;
/** The patient, by a pseudonymous reference. */
export type PatientFacts = Parsed<typeof patientFacts>;
/** An exemption held over a period, or one unrelated to the parcours (which then does not exempt). */
export type DatedExemption = Parsed<typeof datedExemption>;
/** A complementary cover over a period. */
export type ComplementaryPeriod = Parsed<typeof complementaryPeriod>;
/** What covers the participation: exemptions and a complementary, for the whole path or over periods. */
export type Coverage = Parsed<typeof coverage>;
