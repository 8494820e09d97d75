import type { IdentifierReason } from '../domain/vocabulary';
import { luhnValid } from './luhn';

/**
 * Why an identifier was refused (a reason code: `LUHN`, `DIGITS_11`…, rendered by the message modules), or null when
 * it is valid. A reason never contains the identifier itself.
 */
export type IdentifierCheck = IdentifierReason | null;

/**
 * RPPS: 11 digits, the last one a Luhn check digit.
 *
 * @example
 * checkRpps('10001234565') // null — valid
 * checkRpps('10001234566') // 'LUHN'
 */
export function checkRpps(value: string): IdentifierCheck {
  if (!/^\d{11}$/.test(value)) return 'DIGITS_11';
  return luhnValid(value) ? null : 'LUHN';
}

/**
 * ADELI: 9 characters (digits, with an optional letter for Corsica département codes); no public check digit.
 *
 * @example
 * checkAdeli('751234567') // null
 */
export function checkAdeli(value: string): IdentifierCheck {
  return /^(\d{9}|\d[AB]\d{7}|2[AB]\d{7})$/.test(value) ? null : 'ADELI_SHAPE';
}

/**
 * FINESS: 9 characters (2-character département code then 7 digits); the check digit is not confirmed publicly, so
 * only the format is checked.
 *
 * @example
 * checkFiness('750712184') // null
 */
export function checkFiness(value: string): IdentifierCheck {
  return /^(\d{2}|2A|2B)\d{7}$/.test(value) ? null : 'FINESS_SHAPE';
}

/**
 * CPAM identification number of a non-conventionné professional (R.162-133 CSS): format not published; 1 to 20
 * letters or digits.
 *
 * @example
 * checkCpamNumber('PCR-000123') // null
 */
export function checkCpamNumber(value: string): IdentifierCheck {
  return /^[A-Za-z0-9-]{1,20}$/.test(value) ? null : 'CPAM_SHAPE';
}
