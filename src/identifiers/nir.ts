import type { IdentifierCheck } from './professional-ids';

const NIR_SHAPE = /^[1-478]\d{4}(\d{2}|2A|2B)\d{6}\d{2}$/;

/**
 * NIR (numéro de sécurité sociale): 15 characters, the last two a key equal to 97 − (first 13 digits mod 97),
 * with Corsica's 2A read as 19 and 2B as 18. Spaces are ignored. The returned reason never contains the NIR.
 *
 * @example
 * checkNir('2 69 05 49 588 157 80') // null
 * checkNir('269054958815781')       // 'NIR_KEY'
 */
export function checkNir(value: string): IdentifierCheck {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (!NIR_SHAPE.test(compact)) return 'NIR_SHAPE';
  const body = compact.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = Number(compact.slice(13));
  return 97 - (Number(body) % 97) === key ? null : 'NIR_KEY';
}
