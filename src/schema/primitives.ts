import * as z from 'zod/mini';
import { isIsoDate } from '../dates/calendar';
import { canonicalAmount, canonicalDecimal } from '../money/decimal';

/** Parameters that tell the issue mapper which catalog code a custom zod issue stands for. */
const coded = (code: string, extra: Record<string, string | number> = {}) => ({ params: { code, ...extra } });

/** A calendar date `YYYY-MM-DD` (1900–2199). */
export const isoDate = z.string().check(
  z.refine((v) => isIsoDate(v), coded('INVALID_DATE')),
  z.meta({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Date du calendrier AAAA-MM-JJ (1900–2199)' }),
);

/** The shape of an identifier. */
export const IDENTIFIER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/** Longest free text. */
export const TEXT_MAX = 500;
/** Largest count. */
export const COUNT_MAX = 999_999;

/** Identifier of a type, séquence, profile, member, prestation: letters, digits, `_`, `-`, `.`. */
export const identifier = z.string().check(z.regex(IDENTIFIER_PATTERN, { error: '[A-Za-z0-9_.-], 1–64' }));

/** Free text (titles, labels, names). */
export const text = z.string().check(z.minLength(1), z.maxLength(TEXT_MAX));

function decimalInput(code: string, read: (v: unknown) => string | null, extra: Record<string, string | number>) {
  return z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((v: string | number, ctx) => {
      const out = read(v);
      if (out === null) {
        ctx.issues.push({ code: 'custom', input: v, message: code, params: { code, ...extra } });
        return z.NEVER;
      }
      return out;
    }),
  );
}

/** An amount in euros: `"1500.00"` or `1500`, at most two decimals; comes out as a two-decimal string. */
export const amount = decimalInput('INVALID_AMOUNT', canonicalAmount, {}).check(
  z.meta({ description: 'Montant en euros, au plus deux décimales : "1500.00" ou 1500', pattern: '^(0|[1-9]\\d{0,8})(\\.\\d{1,2})?$', minimum: 0, maximum: 999999999.99 }),
);

/**
 * A decimal in [min, max] with at most six decimals (rates, shares, factors, weights); comes out as a string.
 *
 * @example
 * decimalIn(0, 10).safeParse(1.2).data // '1.2'
 */
export function decimalIn(min: number, max: number) {
  return decimalInput('INVALID_DECIMAL', (v) => canonicalDecimal(v, min, max), { min, max }).check(
    z.meta({ description: `Nombre décimal entre ${min} et ${max}, au plus 6 décimales`, pattern: '^(0|[1-9]\\d{0,8})(\\.\\d{1,6})?$', minimum: min, maximum: max }),
  );
}

/** A rate or a share of the forfait, between 0 and 1. */
export const rate = decimalIn(0, 1);

/** A non-negative whole number below one million (counts, days, months, minutes). */
export const count = z.int().check(z.gte(0), z.lte(COUNT_MAX));
