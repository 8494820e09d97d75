import type { IdentifierCheck } from './professional-ids';

const NIR_SHAPE = /^[1-478]\d{4}(\d{2}|2A|2B)\d{6}\d{2}$/;
/** A NIR's 15 characters anywhere in a text whose separators are removed (a lookahead: windows may overlap). */
const NIR_WINDOW = /(?=([1-478]\d{4}(?:\d{2}|2A|2B)\d{8}))/g;

/** True when 15 characters of NIR shape carry the key of their 13-character body (2A read as 19, 2B as 18). */
function keyMatches(nir: string): boolean {
  const body = nir.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - (Number(body) % 97) === Number(nir.slice(13));
}

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
  return keyMatches(compact) ? null : 'NIR_KEY';
}

/**
 * True when a text holds a valid NIR in any spelling: once every character other than a letter or a digit is
 * removed (spaces, dashes, dots, slashes…), 15 characters somewhere in it have a NIR's shape (Corsica's 2A / 2B
 * included) and the key of their 13-character body. For a reference that must not be a NIR (a patient's pseudonymous
 * reference): the answer never repeats the text. The examples are made up (month 00, département 00 or 2A).
 *
 * @example
 * holdsNir('1-00-00-00-000-000-47')          // true
 * holdsNir('PAT 1.00.00.2A.000.000.19 bis')  // true
 * holdsNir('1-00-00-00-000-000-48')          // false
 * holdsNir('PAT-0001')                       // false
 */
export function holdsNir(text: string): boolean {
  const compact = text.toUpperCase().replace(/[^0-9A-Z]/g, '');
  for (const m of compact.matchAll(NIR_WINDOW)) if (keyMatches(m[1] ?? '')) return true;
  return false;
}
