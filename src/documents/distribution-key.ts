import * as z from 'zod/mini';
import { PROFESSIONS, type Profession } from '../domain/vocabulary';
import { amount, DEFINITIONS, identifier, mapKey, rate, weight } from './primitives';

const label = z.optional(z.string());

/** Coordination share paid to the structure: a rate of the séquence's forfait, or an amount (capped at it). */
export const CoordinationRuleSchema = z.strictObject({
  kind: z.literal('coordination'),
  rate: z.optional(rate),
  amount: z.optional(amount),
  label,
});

/** A fixed amount paid to one team member. */
export const FixedRuleSchema = z.strictObject({ kind: z.literal('fixed'), member: identifier, amount, label });

/** A unit amount per counted prestation, paid to the member who performed it. */
export const PerPrestationRuleSchema = z.strictObject({
  kind: z.literal('perPrestation'),
  rates: z.record(mapKey, amount),
  label,
});

/** A named part of the forfait, paid to a member or shared by the members of a profession. */
export const PartRuleSchema = z.strictObject({
  kind: z.literal('part'),
  part: identifier,
  member: z.optional(identifier),
  profession: z.optional(z.enum(PROFESSIONS)),
  label,
});

/** What is left, shared by weights between members or professions, on sessions, minutes or equal parts. */
export const WeightsRuleSchema = z.strictObject({
  kind: z.literal('weights'),
  by: z.enum(['member', 'profession']),
  basis: z.enum(['sessions', 'minutes', 'equal']),
  weights: z.optional(z.record(mapKey, weight)),
  label,
});

/** Who takes whatever is left at the end: a member, or the structure when `member` is absent. */
export const RemainderRuleSchema = z.strictObject({
  kind: z.literal('remainder'),
  member: z.optional(identifier),
  label,
});

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

/** A key for all séquences and/or one per séquence id. */
export const DistributionSchema = z.strictObject({
  default: z.optional(DistributionKeySchema),
  bySequence: z.optional(z.record(mapKey, DistributionKeySchema)),
});

/** A coordination share paid to the structure: a rate of the séquence's forfait, or an amount (capped at it). */
export interface CoordinationRule {
  readonly kind: 'coordination';
  /** The rate of the forfait, a decimal string of [0, 1] (or `amount`). */
  readonly rate?: string;
  /** The amount in euros, a two-decimal string (or `rate`). */
  readonly amount?: string;
  /** What it is, shown in the trace. */
  readonly label?: string;
}

/** A fixed amount paid to one team member. */
export interface FixedRule {
  readonly kind: 'fixed';
  /** The team member's id. */
  readonly member: string;
  /** The amount in euros, a two-decimal string. */
  readonly amount: string;
  /** What it is, shown in the trace. */
  readonly label?: string;
}

/** A unit amount per counted prestation, paid to the member who performed it. */
export interface PerPrestationRule {
  readonly kind: 'perPrestation';
  /** The amount in euros of each prestation code. */
  readonly rates: Readonly<Record<string, string>>;
  /** What it is, shown in the trace. */
  readonly label?: string;
}

/**
 * A named part of the séquence's forfait (its share of the amount billed) paid to one member, or shared by the members
 * of a profession in proportion to their counted prestations (equally when none did any). It is claimed like a fixed
 * amount: scaled down with the others when they exceed what is left.
 */
export interface PartRule {
  readonly kind: 'part';
  /** The part's id, one of the séquence's forfait parts (a séquence without it gives nothing). */
  readonly part: string;
  /** The team member who receives it (or `profession`). */
  readonly member?: string;
  /** The profession whose members share it (or `member`). */
  readonly profession?: Profession;
  /** What it is, shown in the trace. */
  readonly label?: string;
}

/** What is left, shared by weights between members or professions, on sessions, minutes or equal parts. */
export interface WeightsRule {
  readonly kind: 'weights';
  /** Who shares: each member, or each profession (then its members by the same basis). */
  readonly by: 'member' | 'profession';
  /** What is weighed: the counted prestations, their minutes, or nothing (equal parts). */
  readonly basis: 'sessions' | 'minutes' | 'equal';
  /** A factor of each member or profession id (else 1), a decimal string of [0, 1,000,000]. */
  readonly weights?: Readonly<Record<string, string>>;
  /** What it is, shown in the trace. */
  readonly label?: string;
}

/** Who takes whatever is left at the end: a member, or the structure when `member` is absent. */
export interface RemainderRule {
  readonly kind: 'remainder';
  /** The team member's id (else the structure). */
  readonly member?: string;
  /** What it is, shown in the trace. */
  readonly label?: string;
}

/** One rule of a distribution key. */
export type KeyRule = CoordinationRule | FixedRule | PerPrestationRule | PartRule | WeightsRule | RemainderRule;

/** An ordered list of key rules (1 to 50), in canonical order. */
export type DistributionKey = readonly KeyRule[];

/** A projet's or a type's distribution: a key for every séquence, and/or one per séquence id. */
export interface Distribution {
  /** The key of every séquence without its own. */
  readonly default?: DistributionKey;
  /** The key of each séquence id. */
  readonly bySequence?: Readonly<Record<string, DistributionKey>>;
}
