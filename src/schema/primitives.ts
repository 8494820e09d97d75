import { isIsoDate } from '../dates/calendar';
import { canonicalAmount, canonicalDecimal } from '../money/decimal';
import { date, decimalText, int, named, string } from './schema-kit';

/** A calendar date `YYYY-MM-DD` (1900–2199). */
export const isoDate = named('date', date(isIsoDate));

/** The shape of an identifier. */
export const IDENTIFIER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/** Longest free text. */
export const TEXT_MAX = 500;
/** Largest count. */
export const COUNT_MAX = 999_999;
/** How SCHEMA_INVALID_FORMAT names the shape of an identifier. */
const IDENTIFIER_FORMAT = '[A-Za-z0-9_.-], 1–64';

/** Identifier of a type, séquence, profile, member, prestation: letters, digits, `_`, `-`, `.`. */
export const identifier = named('identifier', string({ pattern: IDENTIFIER_PATTERN, format: IDENTIFIER_FORMAT }));

/**
 * An identifier of the rules' or the team's vocabulary (prestation codes, member ids, séquence ids): the same rule as
 * `identifier`, but these words repeat on every line of a file active, so valid ones are remembered (1,024 at most)
 * and the pattern runs once per word. Nothing about a patient is kept: patient references are plain identifiers.
 */
export const vocabularyWord = named('identifier', string({ pattern: IDENTIFIER_PATTERN, format: IDENTIFIER_FORMAT, remember: new Set(), rememberMax: 1024 }));

/** Free text (titles, labels, names). */
export const text = named('text', string({ min: 1, max: TEXT_MAX }));

/** An amount in euros: `"1500.00"` or `1500`, at most two decimals; comes out as a two-decimal string. */
export const amount = named(
  'amount',
  decimalText(canonicalAmount, 'INVALID_AMOUNT', {}, { type: 'decimal', places: 2, min: 0, max: 999_999_999.99 }),
);

/**
 * A decimal in [min, max] with at most six decimals (rates, shares, factors, weights); comes out as a string.
 *
 * @example
 * decimalIn(0, 10) // reads 1.2 as '1.2', refuses 10.5 with INVALID_DECIMAL
 */
export function decimalIn(min: number, max: number) {
  return decimalText((v) => canonicalDecimal(v, min, max), 'INVALID_DECIMAL', { min, max }, { type: 'decimal', places: 6, min, max });
}

/** A rate or a share of the forfait, between 0 and 1. */
export const rate = named('rate', decimalIn(0, 1));

/** A non-negative whole number below one million (counts, days, months, minutes). */
export const count = named('count', int(0, COUNT_MAX));

/** A whole number from 1 below one million (months of a séquence or a parcours). */
export const positiveCount = int(1, COUNT_MAX);
