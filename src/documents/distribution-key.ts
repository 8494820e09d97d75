import * as z from 'zod/mini';
import { PROFESSIONS } from '../domain/vocabulary';
import type { Parsed, Strict } from './document-type';
import { amount, DEFINITIONS, identifier, mapKey, rate, weight } from './primitives';

/** What a rule is, shown in the trace. */
const label = z.optional(z.string());

const coordinationFields = {
  kind: z.literal('coordination'),
  /** The rate of the forfait, a decimal string of [0, 1] (or `amount`). */
  rate: z.optional(rate),
  /** The amount in euros, a two-decimal string (or `rate`). */
  amount: z.optional(amount),
  /** What it is, shown in the trace. */
  label,
};
/** Coordination share paid to the structure: a rate of the séquence's forfait, or an amount (capped at it). */
export const CoordinationRuleSchema: Strict<typeof coordinationFields> = z.strictObject(coordinationFields);

const fixedFields = {
  kind: z.literal('fixed'),
  /** The team member's id. */
  member: identifier,
  /** The amount in euros, a two-decimal string. */
  amount,
  /** What it is, shown in the trace. */
  label,
};
/** A fixed amount paid to one team member. */
export const FixedRuleSchema: Strict<typeof fixedFields> = z.strictObject(fixedFields);

const perPrestationFields = {
  kind: z.literal('perPrestation'),
  /** The amount in euros of each prestation code. */
  rates: z.record(mapKey, amount),
  /** What it is, shown in the trace. */
  label,
};
/** A unit amount per counted prestation, paid to the member who performed it. */
export const PerPrestationRuleSchema: Strict<typeof perPrestationFields> = z.strictObject(perPrestationFields);

const partFields = {
  kind: z.literal('part'),
  /** The part's id, one of the séquence's forfait parts (a séquence without it gives nothing). */
  part: identifier,
  /** The team member who receives it (or `profession`). */
  member: z.optional(identifier),
  /** The profession whose members share it (or `member`). */
  profession: z.optional(z.enum(PROFESSIONS)),
  /** What it is, shown in the trace. */
  label,
};
/**
 * A named part of the séquence's forfait (its share of the amount billed) paid to one member, or shared by the members
 * of a profession in proportion to their counted prestations (equally when none did any). It is claimed like a fixed
 * amount: scaled down with the others when they exceed what is left.
 */
export const PartRuleSchema: Strict<typeof partFields> = z.strictObject(partFields);

const weightsFields = {
  kind: z.literal('weights'),
  /** Who shares: each member, or each profession (then its members by the same basis). */
  by: z.enum(['member', 'profession']),
  /** What is weighed: the counted prestations, their minutes, or nothing (equal parts). */
  basis: z.enum(['sessions', 'minutes', 'equal']),
  /** A factor of each member or profession id (else 1), a decimal string of [0, 1,000,000]. */
  weights: z.optional(z.record(mapKey, weight)),
  /** What it is, shown in the trace. */
  label,
};
/** What is left, shared by weights between members or professions, on sessions, minutes or equal parts. */
export const WeightsRuleSchema: Strict<typeof weightsFields> = z.strictObject(weightsFields);

const remainderFields = {
  kind: z.literal('remainder'),
  /** The team member's id (else the structure). */
  member: z.optional(identifier),
  /** What it is, shown in the trace. */
  label,
};
/** Who takes whatever is left at the end: a member, or the structure when `member` is absent. */
export const RemainderRuleSchema: Strict<typeof remainderFields> = z.strictObject(remainderFields);

/** One rule of a distribution key. */
export const KeyRuleSchema = z.discriminatedUnion('kind', [
  CoordinationRuleSchema,
  FixedRuleSchema,
  PerPrestationRuleSchema,
  PartRuleSchema,
  WeightsRuleSchema,
  RemainderRuleSchema,
]);
DEFINITIONS.add(KeyRuleSchema, { id: 'keyRule' });

/**
 * The rank of each kind of rule in a key's canonical order: coordination, then fixed amounts, unit rates and parts,
 * then weights, then the remainder taker (one weights rule and one remainder rule at most).
 */
export const KEY_RULE_RANK: { readonly [K in KeyRule['kind']]: number } = {
  coordination: 0,
  fixed: 1,
  perPrestation: 1,
  part: 1,
  weights: 2,
  remainder: 3,
};

/** An ordered list of rules (50 at most). */
export const DistributionKeySchema = z.array(KeyRuleSchema).check(z.minLength(1), z.maxLength(50));
DEFINITIONS.add(DistributionKeySchema, { id: 'distributionKey' });

const distributionFields = {
  /** The key of every séquence without its own. */
  default: z.optional(DistributionKeySchema),
  /** The key of each séquence id. */
  bySequence: z.optional(z.record(mapKey, DistributionKeySchema)),
};
/**
 * The schema of a distribution, an interface so that the documents holding one (a projet, a type) name it in their
 * `.d.ts` instead of copying its fields there without their comments.
 */
export interface DistributionSchemaType extends Strict<typeof distributionFields> {}
/** A key for all séquences and/or one per séquence id. */
export const DistributionSchema: DistributionSchemaType = z.strictObject(distributionFields);

/** A coordination share paid to the structure: a rate of the séquence's forfait, or an amount (capped at it). */
export type CoordinationRule = Parsed<typeof CoordinationRuleSchema>;
/** A fixed amount paid to one team member. */
export type FixedRule = Parsed<typeof FixedRuleSchema>;
/** A unit amount per counted prestation, paid to the member who performed it. */
export type PerPrestationRule = Parsed<typeof PerPrestationRuleSchema>;
/** A named part of the forfait, paid to a member or shared by the members of a profession. */
export type PartRule = Parsed<typeof PartRuleSchema>;
/** What is left, shared by weights between members or professions, on sessions, minutes or equal parts. */
export type WeightsRule = Parsed<typeof WeightsRuleSchema>;
/** Who takes whatever is left at the end: a member, or the structure when `member` is absent. */
export type RemainderRule = Parsed<typeof RemainderRuleSchema>;
/** One rule of a distribution key. */
export type KeyRule = Parsed<typeof KeyRuleSchema>;
/** An ordered list of key rules (1 to 50), in canonical order. */
export type DistributionKey = Parsed<typeof DistributionKeySchema>;
/** A projet's or a type's distribution: a key for every séquence, and/or one per séquence id. */
export type Distribution = Parsed<typeof DistributionSchema>;
