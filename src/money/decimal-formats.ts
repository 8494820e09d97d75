/**
 * How amounts and decimals are written as text in the documents: the parser reads them with these patterns, and the
 * JSON Schemas carry them, so that a JSON Schema validator refuses `"12.345"` or a rate of `"1.5"` too.
 */

/** An amount in euros written as text: at most nine digits before the point and two after, no sign, no exponent. */
export const AMOUNT_PATTERN = /^(0|[1-9]\d{0,8})(\.\d{1,2})?$/;

/** A decimal of [0, 1] with at most six decimals (rates, shares). */
export const RATE_PATTERN = /^(0(\.\d{1,6})?|1(\.0{1,6})?)$/;

/** A decimal of [0.01, 10] with at most six decimals (coefficients of the forfait). */
export const FACTOR_PATTERN = /^(0\.(0[1-9]\d{0,4}|[1-9]\d{0,5})|[1-9](\.\d{1,6})?|10(\.0{1,6})?)$/;

/** A decimal of [0, 1,000,000] with at most six decimals (weights of a key). */
export const WEIGHT_PATTERN = /^((0|[1-9]\d{0,5})(\.\d{1,6})?|1000000(\.0{1,6})?)$/;
