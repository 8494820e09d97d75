/**
 * The text formats of the documents, as regular expressions that the zod schemas check and the JSON Schemas carry:
 * a JSON Schema validator gives the parser's verdict on these fields without running it. Dates have theirs in
 * `../dates/iso-date.ts`, amounts and decimals in `../money/decimal-formats.ts`.
 */

/** Identifier of a type, séquence, profile, member, prestation: a letter or digit, then up to 63 of `[A-Za-z0-9_.-]`. */
export const IDENTIFIER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * A key of a map (amounts by profile, rates by prestation, keys by séquence, weights by member): an identifier other
 * than the three keys refused everywhere (`__proto__`, `constructor`, `prototype`), so that the JSON Schema refuses
 * them too.
 */
export const MAP_KEY_PATTERN = /^(?!(?:__proto__|constructor|prototype)$)[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** A département code: two digits, 2A, 2B, or three digits overseas. */
export const TERRITORY_PATTERN = /^(\d{2}|2A|2B|\d{3})$/;

/**
 * How SCHEMA_INVALID_FORMAT names a format, by its pattern (the pattern as zod reports it, `String(regex)`).
 * A pattern not listed here is named by its source.
 */
export const FORMAT_NAMES: Readonly<Record<string, string>> = {
  [String(IDENTIFIER_PATTERN)]: '[A-Za-z0-9_.-], 1–64',
  [String(MAP_KEY_PATTERN)]: '[A-Za-z0-9_.-], 1–64',
  [String(TERRITORY_PATTERN)]: '01…95, 2A, 2B, 971…976',
};
