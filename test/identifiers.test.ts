import { describe, expect, it } from 'vitest';
import {
  checkAdeli,
  checkFiness,
  checkNir,
  checkRpps,
  checkSiren,
  checkSiret,
  identifierReasonText,
} from '../src/entries/identifiers';

describe('identifiers', () => {
  it('NIR: the key is 97 − (13 digits mod 97), with 2A read as 19 and 2B as 18', () => {
    // Published example of the INSEE format: 2 69 05 49 588 157 80 → 97 − (2690549588157 mod 97) = 80
    expect(checkNir('2 69 05 49 588 157 80')).toBeNull();
    expect(checkNir('269054958815780')).toBeNull();
    expect(checkNir('269054958815781')).toBe('NIR_KEY');
    expect(checkNir('26905495881578')).toBe('NIR_SHAPE');
    // Corsica: 1 80 06 2A 123 456 + key, the key computed on 1800619123456 (2A read as 19); the same key with 2B fails
    const body2A = '1800619123456';
    const key2A = String(97 - (Number(body2A) % 97)).padStart(2, '0');
    expect(checkNir(`180062A123456${key2A}`)).toBeNull();
    expect(checkNir(`180062B123456${key2A}`)).toBe('NIR_KEY');
    const body2B = '1800618123456';
    expect(checkNir(`180062B123456${String(97 - (Number(body2B) % 97)).padStart(2, '0')}`)).toBeNull();
  });

  it('RPPS: 11 digits with a Luhn check digit', () => {
    expect(checkRpps('10001234565')).toBeNull();
    expect(checkRpps('10001234566')).toBe('LUHN');
    expect(checkRpps('1000123456')).toBe('DIGITS_11');
  });

  it('SIREN and SIRET: Luhn, and the La Poste rule (digit sum divisible by 5)', () => {
    expect(checkSiren('732829320')).toBeNull();
    expect(checkSiren('732829321')).toBe('LUHN');
    expect(checkSiret('73282932000074')).toBeNull();
    expect(checkSiret('73282932000075')).toBe('LUHN');
    // La Poste (SIREN 356000000): the head office 35600000000048 passes Luhn; 35600000012346 fails Luhn but its
    // digits sum to 3+5+6+1+2+3+4+6 = 30, divisible by 5; 35600000012345 sums to 29 and fails Luhn too → refused
    expect(checkSiret('35600000000048')).toBeNull();
    expect(checkSiret('35600000012346')).toBeNull(); // digit sum 30
    expect(checkSiret('35600000012345')).toBe('LA_POSTE_SUM');
  });

  it('ADELI and FINESS: format only', () => {
    expect(checkAdeli('759912345')).toBeNull();
    expect(checkAdeli('75991234')).toBe('ADELI_SHAPE');
    expect(checkFiness('750712184')).toBeNull();
    expect(checkFiness('2A0000012')).toBeNull();
    expect(checkFiness('75071218X')).toBe('FINESS_SHAPE');
  });

  it('gives reasons as codes, rendered in French or English, never with the identifier', () => {
    expect([identifierReasonText('LUHN'), identifierReasonText('LUHN', 'en')]).toEqual([
      'clé de contrôle Luhn incorrecte',
      'wrong Luhn check digit',
    ]);
    expect(identifierReasonText('NIR_KEY', 'en')).toBe('wrong check key');
  });
});
