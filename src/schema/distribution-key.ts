import * as z from 'zod/mini';
import { amount, decimalIn, identifier, rate } from './primitives';

/** Coordination share paid to the structure: a rate of the séquence's forfait, or an amount (capped at it). */
export const coordinationRule = z.strictObject({
  kind: z.literal('coordination'),
  rate: z.optional(rate),
  amount: z.optional(amount),
  label: z.optional(z.string()),
});

/** A fixed amount paid to one team member. */
export const fixedRule = z.strictObject({
  kind: z.literal('fixed'),
  member: identifier,
  amount,
  label: z.optional(z.string()),
});

/** A unit amount per counted prestation, paid to the member who performed it. */
export const perPrestationRule = z.strictObject({
  kind: z.literal('perPrestation'),
  rates: z.record(identifier, amount),
  label: z.optional(z.string()),
});

/** What is left, shared by weights between members or professions, on sessions, minutes or equal parts. */
export const weightsRule = z.strictObject({
  kind: z.literal('weights'),
  by: z.enum(['member', 'profession']),
  basis: z.enum(['sessions', 'minutes', 'equal']),
  weights: z.optional(z.record(identifier, decimalIn(0, 1_000_000))),
  label: z.optional(z.string()),
});

/** Who takes whatever is left at the end: a member, or the structure when `member` is absent. */
export const remainderRule = z.strictObject({
  kind: z.literal('remainder'),
  member: z.optional(identifier),
  label: z.optional(z.string()),
});

/** One rule of a distribution key. */
export const keyRule = z.discriminatedUnion('kind', [coordinationRule, fixedRule, perPrestationRule, weightsRule, remainderRule]);

/** An ordered list of rules. */
export const distributionKey = z.array(keyRule).check(z.minLength(1), z.maxLength(50));

/** A key for all séquences and/or one per séquence id. */
export const distribution = z.strictObject({
  default: z.optional(distributionKey),
  bySequence: z.optional(z.record(identifier, distributionKey)),
});

export type KeyRule = z.output<typeof keyRule>;
export type DistributionKey = z.output<typeof distributionKey>;
export type Distribution = z.output<typeof distribution>;
