import * as z from 'zod/mini';
import { DATE_PATTERN } from '../dates/iso-date';
import { AMOUNT_PATTERN, FACTOR_PATTERN, RATE_PATTERN, WEIGHT_PATTERN } from '../money/decimal-formats';
import { canonicalAmount, canonicalDecimal } from '../money/decimal';
import { IDENTIFIER_PATTERN, MAP_KEY_PATTERN, TERRITORY_PATTERN } from './formats';
import { codedError } from './zod-issues';

/**
 * The parts the three document schemas are made of. Each part that fails with one of the project's own issue codes
 * says so in its zod error (`codedError`), which ./zod-issues.ts reads back. Named parts are written once under
 * `$defs` in the JSON Schemas (./json-schema.ts reads `DEFINITIONS`).
 */

/** Names and descriptions of the parts written under `$defs` in the JSON Schemas. */
export const DEFINITIONS = z.registry<{ id: string; description?: string }>();

function named<S extends z.ZodMiniType>(schema: S, id: string, description?: string): S {
  DEFINITIONS.add(schema, description === undefined ? { id } : { id, description });
  return schema;
}

/** Longest free text. */
export const TEXT_MAX = 500;
/** Largest count. */
export const COUNT_MAX = 999_999;
/** Largest amount, in euros. */
export const AMOUNT_MAX = 999_999_999.99;

/** A calendar date `YYYY-MM-DD` that exists, 1900–2199 (INVALID_DATE otherwise). */
export const isoDate = named(
  z.string().check(z.regex(DATE_PATTERN, { error: codedError('INVALID_DATE') })),
  'date',
  'Date du calendrier AAAA-MM-JJ qui existe, de 1900 à 2199',
);

/** Identifier of a type, séquence, profile, member, prestation: letters, digits, `_`, `-`, `.`. */
export const identifier = named(z.string().check(z.regex(IDENTIFIER_PATTERN)), 'identifier');

/** The key of a map: an identifier, but never `__proto__`, `constructor` or `prototype`. */
export const mapKey = named(z.string().check(z.regex(MAP_KEY_PATTERN)), 'mapKey');

/** A département code: two digits, 2A, 2B, or three digits overseas. */
export const territory = named(
  z.string().check(z.regex(TERRITORY_PATTERN)),
  'territory',
  'Code de département : 01…95, 2A, 2B, 971…976',
);

/** Free text (titles, labels, names). */
export const text = named(z.string().check(z.minLength(1), z.maxLength(TEXT_MAX)), 'text');

/** A non-negative whole number below one million (counts, days, months, minutes). */
export const count = named(z.int().check(z.minimum(0), z.maximum(COUNT_MAX)), 'count');

/** A whole number from 1 below one million. */
export const positiveCount = z.int().check(z.minimum(1), z.maximum(COUNT_MAX));

/**
 * The longest duration a document may give, in months: 1,200 (a century). With at most {@link RENEWALS_MAX}
 * renewals, every date the engine computes from a document date (1900–2199) stays before year 9999, where
 * `YYYY-MM-DD` texts stop ordering as dates.
 */
export const MONTHS_MAX = 1200;
/** The most renewals a type may allow: 20. */
export const RENEWALS_MAX = 20;
/** A duration in whole months, from 1 to {@link MONTHS_MAX}. */
export const months = named(z.int().check(z.minimum(1), z.maximum(MONTHS_MAX)), 'months');
/** A number of months from 0 to {@link MONTHS_MAX} (the start of a window). */
export const monthOffset = z.int().check(z.minimum(0), z.maximum(MONTHS_MAX));

/**
 * A decimal given as text or as a number, read by `canonical` (null when refused, reported with `code` and `params`).
 * Its text form matches `pattern` and its number form lies in [min, max] with `step` decimals: what the JSON Schema
 * says. The exact check is `canonical`'s (a number is read as the text JavaScript writes for it).
 */
function decimalInput(
  pattern: RegExp,
  bounds: { readonly min: number; readonly max: number; readonly step: number },
  canonical: (value: string | number) => string | null,
  error: string,
) {
  return z.pipe(
    z.union(
      [
        z.string().check(z.regex(pattern, { error })),
        z
          .number()
          .check(
            z.minimum(bounds.min, { error }),
            z.maximum(bounds.max, { error }),
            z.multipleOf(bounds.step, { error }),
          ),
      ],
      { error },
    ),
    z.transform((value: string | number, ctx) => {
      const out = canonical(value);
      if (out !== null) return out;
      // Stryker disable next-line StringLiteral: only reportZodIssues reads this issue; it branches on zod codes neither 'custom' nor '' is (unrecognized_keys, invalid_key, too_big, too_small, invalid_type), then takes the project's code from this coded message
      ctx.issues.push({ code: 'custom', message: error, input: value });
      return z.NEVER;
    }),
  );
}

/** An amount in euros: `"1500.00"` or `1500`, at most two decimals; comes out as a two-decimal string. */
export const amount = named(
  decimalInput(AMOUNT_PATTERN, { min: 0, max: AMOUNT_MAX, step: 0.01 }, canonicalAmount, codedError('INVALID_AMOUNT')),
  'amount',
  'Montant en euros, au plus deux décimales : "1500.00" ou 1500',
);

/** A decimal of [min, max] with at most six decimals, matching `pattern`; comes out as a string without trailing zeros. */
function decimalIn(min: number, max: number, pattern: RegExp) {
  return decimalInput(
    pattern,
    { min, max, step: 0.000001 },
    (v) => canonicalDecimal(v, pattern),
    codedError('INVALID_DECIMAL', { min, max }),
  );
}

/** A rate or a share of the forfait, between 0 and 1. */
export const rate = named(decimalIn(0, 1, RATE_PATTERN), 'rate', 'Nombre décimal de 0 à 1, au plus 6 décimales');

/** A coefficient of the forfait, between 0.01 and 10. */
export const factor = named(
  decimalIn(0.01, 10, FACTOR_PATTERN),
  'factor',
  'Nombre décimal de 0,01 à 10, au plus 6 décimales',
);

/** A weight of a distribution key, between 0 and 1,000,000. */
export const weight = named(
  decimalIn(0, 1_000_000, WEIGHT_PATTERN),
  'weight',
  'Nombre décimal de 0 à 1 000 000, au plus 6 décimales',
);
