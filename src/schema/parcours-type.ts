import { EXEMPTIONS, PROFESSIONS, RULE_STATUSES, STRUCTURE_CATEGORIES } from '../domain/vocabulary';
import { distribution } from './distribution-key';
import { TERRITORY_FORMAT, TERRITORY_PATTERN } from './patient-path';
import { amount, count, decimalIn, identifier, isoDate, positiveCount, rate, text } from './primitives';
import { boolean, named, oneOf, optional, string, type Output } from './schema-kit';
import { array, object, record, tagged, union } from './schema-structures';

const profession = named('profession', oneOf(PROFESSIONS));

const source = object({ title: text, url: optional(string()), date: optional(isoDate), note: optional(text) });

const profile = object({ id: identifier, label: optional(text) });

const eligibility = object({
  minAge: optional(count),
  maxAge: optional(count),
  profiles: optional(array(profile)),
  criteria: optional(array(text)),
});

const prestation = object({
  code: identifier,
  label: optional(text),
  professions: array(profession, { min: 1 }),
  minMinutes: optional(count),
  collective: optional(boolean()),
});

const requirement = object({
  prestation: optional(identifier),
  anyOf: optional(array(identifier, { min: 1 })),
  min: count,
  max: optional(count),
  withinDays: optional(count),
  label: optional(text),
});

const forfait = object({
  amount: optional(amount),
  byProfile: optional(record(identifier, amount)),
});

const tier = object({ minDone: count, share: rate, of: optional(array(identifier, { min: 1 })) });

const incomplete = tagged('policy', [
  object({ policy: oneOf(['none']) }),
  object({ policy: oneOf(['full']) }),
  object({ policy: oneOf(['prorata']) }),
  object({ policy: oneOf(['tiers']), tiers: array(tier, { min: 1 }) }),
]);

const sequence = object({
  id: identifier,
  label: optional(text),
  start: union([oneOf(['inclusion']), object({ after: identifier })]),
  months: positiveCount,
  requirements: array(requirement),
  forfait,
  incomplete,
});

const modulation = object({
  id: identifier,
  label: optional(text),
  when: object({ departments: array(string({ pattern: TERRITORY_PATTERN, format: TERRITORY_FORMAT }), { min: 1 }) }),
  factor: decimalIn(0.01, 10),
});

const exemptions = optional(named('exemptions', array(oneOf(EXEMPTIONS))));

const participation = tagged('kind', [
  object({ kind: oneOf(['none']) }),
  object({ kind: oneOf(['rate']), rate, exemptions }),
  object({ kind: oneOf(['flat']), amount, exemptions }),
]);

/** Schema of a parcours type rule file (what the arrêté fixes). */
export const parcoursTypeSchema = object({
  $schema: optional(string()),
  id: identifier,
  version: identifier,
  title: text,
  status: oneOf(RULE_STATUSES),
  sources: array(source, { min: 1 }),
  notes: optional(array(text)),
  validFrom: isoDate,
  validTo: optional(isoDate),
  eligibility,
  professions: array(profession, { min: 1 }),
  coordinators: optional(array(oneOf(STRUCTURE_CATEGORIES), { min: 1 })),
  duration: object({
    months: positiveCount,
    renewals: optional(object({ max: count, months: positiveCount })),
  }),
  prestations: array(prestation, { min: 1 }),
  sequences: array(sequence, { min: 1 }),
  modulations: optional(array(modulation)),
  participation,
  distribution: optional(distribution),
});

/** A parcours type, as parsed: amounts are two-decimal strings, rates and factors decimal strings. */
export type ParcoursType = Output<typeof parcoursTypeSchema>;
export type SequenceDef = ParcoursType['sequences'][number];
export type RequirementDef = SequenceDef['requirements'][number];
export type PrestationDef = ParcoursType['prestations'][number];
export type IncompletePolicy = SequenceDef['incomplete'];
export type Participation = ParcoursType['participation'];
export type Modulation = NonNullable<ParcoursType['modulations']>[number];
