import { COMPLEMENTARY_KINDS, EXEMPTIONS, PRESTATION_STATUSES } from '../domain/vocabulary';
import { count, identifier, isoDate, text, vocabularyWord } from './primitives';
import { oneOf, optional, string, type Output } from './schema-kit';
import { array, object } from './schema-structures';

/** A département code: two digits, 2A, 2B, or three digits overseas. */
export const TERRITORY_PATTERN = /^(\d{2}|2A|2B|\d{3})$/;
/** How SCHEMA_INVALID_FORMAT names the shape of a département code. */
export const TERRITORY_FORMAT = '01…95, 2A, 2B, 971…976';
/** Why a patient left the parcours. */
export const EXIT_REASONS = ['completed', 'withdrawal', 'death', 'moved', 'ineligible', 'other'] as const;

const prestationRecord = object({
  id: identifier,
  code: vocabularyWord,
  date: isoDate,
  member: vocabularyWord,
  minutes: optional(count),
  status: oneOf(PRESTATION_STATUSES),
  sequence: optional(vocabularyWord),
  note: optional(text),
});

/** Schema of one patient's recorded path. */
export const patientPathSchema = object({
  $schema: optional(string()),
  parcoursType: identifier,
  patient: object({
    ref: identifier,
    birthDate: isoDate,
    territory: optional(string({ pattern: TERRITORY_PATTERN, format: TERRITORY_FORMAT })),
    nir: optional(string()),
  }),
  coverage: object({
    exemptions: optional(array(oneOf(EXEMPTIONS))),
    complementary: oneOf(COMPLEMENTARY_KINDS),
  }),
  profile: optional(identifier),
  inclusion: object({ date: isoDate, by: optional(identifier) }),
  exit: optional(object({ date: isoDate, reason: oneOf(EXIT_REASONS) })),
  renewals: optional(array(object({ date: isoDate }))),
  prestations: array(prestationRecord),
});

/** One patient's path, as parsed. */
export type PatientPath = Output<typeof patientPathSchema>;
export type PrestationRecord = PatientPath['prestations'][number];
