import { amount, decimalIn, identifier, rate } from './primitives';
import { named, oneOf, optional, string, type Output } from './schema-kit';
import { array, object, record, tagged } from './schema-structures';

const label = optional(string());

/** Coordination share paid to the structure: a rate of the séquence's forfait, or an amount (capped at it). */
export const coordinationRule = object({ kind: oneOf(['coordination']), rate: optional(rate), amount: optional(amount), label });

/** A fixed amount paid to one team member. */
export const fixedRule = object({ kind: oneOf(['fixed']), member: identifier, amount, label });

/** A unit amount per counted prestation, paid to the member who performed it. */
export const perPrestationRule = object({ kind: oneOf(['perPrestation']), rates: record(identifier, amount), label });

/** What is left, shared by weights between members or professions, on sessions, minutes or equal parts. */
export const weightsRule = object({
  kind: oneOf(['weights']),
  by: oneOf(['member', 'profession']),
  basis: oneOf(['sessions', 'minutes', 'equal']),
  weights: optional(record(identifier, decimalIn(0, 1_000_000))),
  label,
});

/** Who takes whatever is left at the end: a member, or the structure when `member` is absent. */
export const remainderRule = object({ kind: oneOf(['remainder']), member: optional(identifier), label });

/** One rule of a distribution key. */
export const keyRule = named('keyRule', tagged('kind', [coordinationRule, fixedRule, perPrestationRule, weightsRule, remainderRule]));

/** An ordered list of rules. */
export const distributionKey = named('distributionKey', array(keyRule, { min: 1, max: 50 }));

/** A key for all séquences and/or one per séquence id. */
export const distribution = object({
  default: optional(distributionKey),
  bySequence: optional(record(identifier, distributionKey)),
});

export type KeyRule = Output<typeof keyRule>;
export type DistributionKey = Output<typeof distributionKey>;
export type Distribution = Output<typeof distribution>;
