import { luhnValid } from './luhn';

/** Why an identifier was refused, or null when it is valid. Reasons never contain the identifier itself. */
export type IdentifierCheck = string | null;

/**
 * RPPS: 11 digits, the last one a Luhn check digit.
 *
 * @example
 * checkRpps('10000000017') // null (valid)
 * checkRpps('10000000018') // 'clé de contrôle Luhn incorrecte'
 */
export function checkRpps(value: string): IdentifierCheck {
  if (!/^\d{11}$/.test(value)) return '11 chiffres attendus';
  return luhnValid(value) ? null : 'clé de contrôle Luhn incorrecte';
}

/**
 * ADELI: 9 characters (digits, with an optional letter for Corsica département codes); no public check digit.
 *
 * @example
 * checkAdeli('751234567') // null
 */
export function checkAdeli(value: string): IdentifierCheck {
  return /^(\d{9}|\d[AB]\d{7}|2[AB]\d{7})$/.test(value) ? null : '9 caractères attendus';
}

/**
 * FINESS: 9 characters (2-character département code then 7 digits); the check digit is not confirmed publicly, so
 * only the format is checked.
 *
 * @example
 * checkFiness('750712184') // null
 */
export function checkFiness(value: string): IdentifierCheck {
  return /^(\d{2}|2A|2B)\d{7}$/.test(value) ? null : '9 caractères attendus (département puis 7 chiffres)';
}

/**
 * CPAM identification number of a non-conventionné professional (R.162-133 CSS): format not published; 1 to 20
 * letters or digits.
 *
 * @example
 * checkCpamNumber('PCR-000123') // null
 */
export function checkCpamNumber(value: string): IdentifierCheck {
  return /^[A-Za-z0-9-]{1,20}$/.test(value) ? null : '1 à 20 lettres ou chiffres attendus';
}
