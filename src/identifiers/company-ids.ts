import { luhnValid } from './luhn';
import type { IdentifierCheck } from './professional-ids';

const LA_POSTE_SIREN = '356000000';

/**
 * SIREN: 9 digits with a Luhn check.
 *
 * @example
 * checkSiren('732829320') // null
 */
export function checkSiren(value: string): IdentifierCheck {
  if (!/^\d{9}$/.test(value)) return 'DIGITS_9';
  return luhnValid(value) ? null : 'LUHN';
}

/**
 * SIRET: 14 digits with a Luhn check; La Poste's establishments (SIREN 356000000) instead have a digit sum
 * divisible by 5.
 *
 * @example
 * checkSiret('73282932000074') // null
 * checkSiret('35600000000048') // null — La Poste
 */
export function checkSiret(value: string): IdentifierCheck {
  if (!/^\d{14}$/.test(value)) return 'DIGITS_14';
  if (value.startsWith(LA_POSTE_SIREN)) {
    let sum = 0;
    for (const c of value) sum += c.charCodeAt(0) - 48;
    return sum % 5 === 0 || luhnValid(value) ? null : 'LA_POSTE_SUM';
  }
  return luhnValid(value) ? null : 'LUHN';
}
