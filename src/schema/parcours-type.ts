import * as z from 'zod/mini';
import { EXEMPTIONS, PROFESSIONS, RULE_STATUSES, STRUCTURE_CATEGORIES } from '../domain/vocabulary';
import { distribution } from './distribution-key';
import { amount, count, decimalIn, identifier, isoDate, rate, text } from './primitives';

const source = z.strictObject({ title: text, url: z.optional(z.string()), date: z.optional(isoDate), note: z.optional(text) });

const profile = z.strictObject({ id: identifier, label: z.optional(text) });

const eligibility = z.strictObject({
  minAge: z.optional(count),
  maxAge: z.optional(count),
  profiles: z.optional(z.array(profile)),
  criteria: z.optional(z.array(text)),
});

const prestation = z.strictObject({
  code: identifier,
  label: z.optional(text),
  professions: z.array(z.enum(PROFESSIONS)).check(z.minLength(1)),
  minMinutes: z.optional(count),
  collective: z.optional(z.boolean()),
});

const requirement = z.strictObject({
  prestation: z.optional(identifier),
  anyOf: z.optional(z.array(identifier).check(z.minLength(1))),
  min: count,
  max: z.optional(count),
  withinDays: z.optional(count),
  label: z.optional(text),
});

const forfait = z.strictObject({
  amount: z.optional(amount),
  byProfile: z.optional(z.record(identifier, amount)),
});

const tier = z.strictObject({ minDone: count, share: rate, of: z.optional(z.array(identifier).check(z.minLength(1))) });

const incomplete = z.discriminatedUnion('policy', [
  z.strictObject({ policy: z.literal('none') }),
  z.strictObject({ policy: z.literal('full') }),
  z.strictObject({ policy: z.literal('prorata') }),
  z.strictObject({ policy: z.literal('tiers'), tiers: z.array(tier).check(z.minLength(1)) }),
]);

const sequence = z.strictObject({
  id: identifier,
  label: z.optional(text),
  start: z.union([z.literal('inclusion'), z.strictObject({ after: identifier })]),
  months: count.check(z.gte(1)),
  requirements: z.array(requirement),
  forfait,
  incomplete,
});

const modulation = z.strictObject({
  id: identifier,
  label: z.optional(text),
  when: z.strictObject({ departments: z.array(z.string().check(z.regex(/^(\d{2}|2A|2B|\d{3})$/, { error: '01…95, 2A, 2B, 971…976' }))).check(z.minLength(1)) }),
  factor: decimalIn(0.01, 10),
});

const exemptions = z.optional(z.array(z.enum(EXEMPTIONS)));

const participation = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('rate'), rate, exemptions }),
  z.strictObject({ kind: z.literal('flat'), amount, exemptions }),
]);

/** Schema of a parcours type rule file (what the arrêté fixes). */
export const parcoursTypeSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: identifier,
  version: identifier,
  title: text,
  status: z.enum(RULE_STATUSES),
  sources: z.array(source).check(z.minLength(1)),
  notes: z.optional(z.array(text)),
  validFrom: isoDate,
  validTo: z.optional(isoDate),
  eligibility,
  professions: z.array(z.enum(PROFESSIONS)).check(z.minLength(1)),
  coordinators: z.optional(z.array(z.enum(STRUCTURE_CATEGORIES)).check(z.minLength(1))),
  duration: z.strictObject({
    months: count.check(z.gte(1)),
    renewals: z.optional(z.strictObject({ max: count, months: count.check(z.gte(1)) })),
  }),
  prestations: z.array(prestation).check(z.minLength(1)),
  sequences: z.array(sequence).check(z.minLength(1)),
  modulations: z.optional(z.array(modulation)),
  participation,
  distribution: z.optional(distribution),
});

/** A parcours type, as parsed: amounts are two-decimal strings, rates and factors decimal strings. */
export type ParcoursType = z.output<typeof parcoursTypeSchema>;
export type SequenceDef = ParcoursType['sequences'][number];
export type RequirementDef = SequenceDef['requirements'][number];
export type PrestationDef = ParcoursType['prestations'][number];
export type IncompletePolicy = SequenceDef['incomplete'];
export type Participation = ParcoursType['participation'];
export type Modulation = NonNullable<ParcoursType['modulations']>[number];
