import * as z from 'zod/mini';
import { COMPLEMENTARY_KINDS, EXEMPTIONS, PRESTATION_STATUSES } from '../domain/vocabulary';
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

/** One patient's path, as parsed. */
export type PatientPath = z.infer<typeof PatientPathSchema>;
/** One recorded prestation. */
export type PrestationRecord = PatientPath['prestations'][number];
