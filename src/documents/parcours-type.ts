import * as z from 'zod/mini';
import { EXEMPTIONS, PROFESSIONS, RULE_STATUSES, STRUCTURE_CATEGORIES } from '../domain/vocabulary';
import { DistributionSchema } from './distribution-key';
import {
  amount,
  count,
  DEFINITIONS,
  factor,
  identifier,
  isoDate,
  mapKey,
  positiveCount,
  rate,
  territory,
  text,
} from './primitives';

const profession = z.enum(PROFESSIONS);
DEFINITIONS.add(profession, { id: 'profession' });

const source = z.strictObject({
  title: text,
  url: z.optional(z.string()),
  date: z.optional(isoDate),
  note: z.optional(text),
});

const profile = z.strictObject({ id: identifier, label: z.optional(text) });

const eligibility = z.strictObject({
  minAge: z.optional(count),
  maxAge: z.optional(count),
  profiles: z.optional(z.array(profile)),
  criteria: z.optional(z.array(text)),
});

const nonEmpty = z.minLength(1);

const prestation = z.strictObject({
  code: identifier,
  label: z.optional(text),
  professions: z.array(profession).check(nonEmpty),
  minMinutes: z.optional(count),
  collective: z.optional(z.boolean()),
});

const requirement = z.strictObject({
  prestation: z.optional(identifier),
  anyOf: z.optional(z.array(identifier).check(nonEmpty)),
  min: count,
  max: z.optional(count),
  withinDays: z.optional(count),
  label: z.optional(text),
});

const forfait = z.strictObject({
  amount: z.optional(amount),
  byProfile: z.optional(z.record(mapKey, amount)),
});

const tier = z.strictObject({ minDone: count, share: rate, of: z.optional(z.array(identifier).check(nonEmpty)) });

const incomplete = z.discriminatedUnion('policy', [
  z.strictObject({ policy: z.literal('none') }),
  z.strictObject({ policy: z.literal('full') }),
  z.strictObject({ policy: z.literal('prorata') }),
  z.strictObject({ policy: z.literal('tiers'), tiers: z.array(tier).check(nonEmpty) }),
]);

const sequence = z.strictObject({
  id: identifier,
  label: z.optional(text),
  start: z.union([z.literal('inclusion'), z.strictObject({ after: identifier })]),
  months: positiveCount,
  requirements: z.array(requirement),
  forfait,
  incomplete,
});

/** Most coefficients a type may declare (the arithmetic's exactness rests on it: ../money/decimal.ts). */
export const MODULATIONS_MAX = 8;

const modulation = z.strictObject({
  id: identifier,
  label: z.optional(text),
  when: z.strictObject({ departments: z.array(territory).check(nonEmpty) }),
  factor,
});

const exemptionList = z.array(z.enum(EXEMPTIONS));
DEFINITIONS.add(exemptionList, { id: 'exemptions' });
const exemptions = z.optional(exemptionList);

const participation = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('rate'), rate, exemptions }),
  z.strictObject({ kind: z.literal('flat'), amount, exemptions }),
]);

/** Schema of a parcours type rule file (what the arrêté fixes). */
export const ParcoursTypeSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: identifier,
  version: identifier,
  title: text,
  status: z.enum(RULE_STATUSES),
  sources: z.array(source).check(nonEmpty),
  notes: z.optional(z.array(text)),
  validFrom: isoDate,
  validTo: z.optional(isoDate),
  eligibility,
  professions: z.array(profession).check(nonEmpty),
  coordinators: z.optional(z.array(z.enum(STRUCTURE_CATEGORIES)).check(nonEmpty)),
  duration: z.strictObject({
    months: positiveCount,
    renewals: z.optional(z.strictObject({ max: count, months: positiveCount })),
  }),
  prestations: z.array(prestation).check(nonEmpty),
  sequences: z.array(sequence).check(nonEmpty),
  modulations: z.optional(z.array(modulation).check(z.maxLength(MODULATIONS_MAX))),
  participation,
  distribution: z.optional(DistributionSchema),
});

/** A parcours type, as parsed: amounts are two-decimal strings, rates and factors decimal strings. */
export type ParcoursType = z.infer<typeof ParcoursTypeSchema>;
/** One séquence of a type. */
export type SequenceDef = ParcoursType['sequences'][number];
/** One requirement of a séquence. */
export type RequirementDef = SequenceDef['requirements'][number];
/** One prestation a type declares. */
export type PrestationDef = ParcoursType['prestations'][number];
/** What is paid when a séquence ends before completion. */
export type IncompletePolicy = SequenceDef['incomplete'];
/** The patient participation of a type. */
export type Participation = ParcoursType['participation'];
/** A coefficient of the forfait. */
export type Modulation = NonNullable<ParcoursType['modulations']>[number];
