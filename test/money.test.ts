import { describe, expect, it } from 'vitest';
import { allocateCents } from '../src/money/allocate';
import {
  canonicalAmount,
  canonicalDecimal,
  Dec,
  decimalText,
  exactEuros,
  formatCents,
  mulRoundCents,
  timesFactor,
  toCents,
} from '../src/money/decimal';
import { AMOUNT_PATTERN, FACTOR_PATTERN, RATE_PATTERN, WEIGHT_PATTERN } from '../src/money/decimal-formats';

describe('decimal arithmetic (decimal.js, ROUND_HALF_UP at the cent)', () => {
  it('uses its own constructor: the global Decimal settings are untouched', async () => {
    const { default: Decimal } = await import('decimal.js');
    expect(Dec.precision).toBe(80);
    expect(Dec.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(Decimal.precision).toBe(20);
    expect(new Dec('1e-30').toString()).toBe('0.000000000000000000000000000001');
  });

  it('rounds a fraction of a forfait once, at the cent: 7 cents × 1/14 is exactly half a cent, rounded up to 1', () => {
    expect(mulRoundCents(7, 1, 14)).toBe(1);
    expect(mulRoundCents(21, 3, 14)).toBe(5);
    expect(mulRoundCents(60000, 1, 3)).toBe(20000);
    expect(mulRoundCents(56300, '1.2')).toBe(67560);
    expect(mulRoundCents(1001, '0.5')).toBe(501);
    expect(mulRoundCents(99_999_999_999, '10')).toBe(999_999_999_990);
    expect(exactEuros(56300, '0.3')).toBe('168.9');
    expect(exactEuros(45040, '1.2')).toBe('540.48');
    expect(exactEuros(50000, 2, 6, 3)).toBe('333.333333');
    expect(timesFactor(53600, '0.3')).toEqual({ cents: 16080, exact: '160.8' });
  });

  it('writes plain decimals, rounded half up at the places asked', () => {
    expect(decimalText(new Dec(2).div(3), 40)).toBe('0.6666666666666666666666666666666666666667');
    expect(decimalText(new Dec(1).div(8), 2, true)).toBe('0.13');
    expect(decimalText('1e-7', 40)).toBe('0.0000001');
    expect(decimalText(0, 4, true)).toBe('0.0000');
    expect(decimalText(new Dec('0.1').plus('0.2'), 40)).toBe('0.3');
    expect(decimalText(new Dec('1.15').times('1.2'), 40)).toBe('1.38');
  });
});

describe('amounts', () => {
  it('canonicalises and converts amounts between text and cents', () => {
    expect(canonicalAmount(12.5)).toBe('12.50');
    expect(canonicalAmount('7')).toBe('7.00');
    expect(canonicalAmount('999999999.99')).toBe('999999999.99');
    expect(canonicalAmount('1000000000')).toBeNull();
    expect(canonicalAmount('12.345')).toBeNull();
    expect(canonicalAmount('01.00')).toBeNull();
    expect(canonicalAmount(-1)).toBeNull();
    expect(canonicalAmount(1e21)).toBeNull();
    expect(canonicalAmount(0.1 + 0.2)).toBeNull();
    expect(canonicalDecimal('0.30', RATE_PATTERN)).toBe('0.3');
    expect(canonicalDecimal('1.000000', FACTOR_PATTERN)).toBe('1');
    expect(canonicalDecimal('1.0000001', FACTOR_PATTERN)).toBeNull();
    expect(canonicalDecimal('0.009', FACTOR_PATTERN)).toBeNull();
    expect(canonicalDecimal('10.000001', FACTOR_PATTERN)).toBeNull();
    expect(canonicalDecimal(1e-7, WEIGHT_PATTERN)).toBeNull();
    expect(canonicalDecimal('1000000.000000', WEIGHT_PATTERN)).toBe('1000000');
    expect(toCents('563.00')).toBe(56300);
    expect(toCents('0.05')).toBe(5);
    expect(toCents('999999999.99')).toBe(99_999_999_999);
    expect(formatCents(56300)).toBe('563.00');
    expect(formatCents(5)).toBe('0.05');
    expect(formatCents(99_999_999_999)).toBe('999999999.99');
    expect(formatCents(-5)).toBe('-0.05');
  });

  it('allocates with weights given as exponents, numbers or decimals, exactly', () => {
    expect(allocateCents(100, ['1e0', 1, '0.1e1'])).toEqual([34, 33, 33]);
    expect(allocateCents(10, [0.1, 0.2, 0.30000000000000004])).toEqual([2, 3, 5]);
    expect(allocateCents(1e11, ['1', '1', '1'])).toEqual([33_333_333_334, 33_333_333_333, 33_333_333_333]);
    expect(allocateCents(100, [new Dec('1.5'), 1, '.5'])).toEqual([50, 33, 17]);
    // Weights too large for safe integers run on decimal.js integers.
    expect(allocateCents(100, ['1e300', '2e300', '1e-300'])).toEqual([33, 67, 0]);
    expect(allocateCents(100, [2 ** 60, 2 ** 60 + 1])).toEqual([50, 50]);
    // Hexadecimal, binary or octal text is not a weight (decimal.js would read '0x1f' as 31).
    expect(allocateCents(100, ['0x1f', '1'])).toBe('INVALID_WEIGHT');
    expect(allocateCents(100, ['0b11'])).toBe('INVALID_WEIGHT');
    expect(allocateCents(100, ['Infinity'])).toBe('INVALID_WEIGHT');
    expect(allocateCents(100, ['-0', '1'])).toEqual([0, 100]);
  });
});

describe('the written forms of amounts and decimals, at their bounds', () => {
  /** The texts of `texts` the pattern accepts. */
  const accepted = (pattern: RegExp, texts: readonly string[]): string[] => texts.filter((t) => pattern.test(t));

  it('an amount: up to nine digits, then at most two decimals; no leading zero, sign, exponent or stray character', () => {
    const ok = ['0', '7', '10', '0.5', '0.05', '12.30', '100000000', '999999999.99'];
    const refused = [
      '',
      '00',
      '01',
      '1000000000',
      '1.',
      '.5',
      '1.234',
      '-1',
      '+1',
      '1e2',
      ' 1',
      '1 ',
      'x1',
      '1x',
      '1.5x',
    ];
    expect(accepted(AMOUNT_PATTERN, ok)).toEqual(ok);
    expect(accepted(AMOUNT_PATTERN, refused)).toEqual([]);
  });

  it('a rate: from 0 to 1 with at most six decimals, nothing before or after', () => {
    const ok = ['0', '1', '0.5', '0.05', '0.123456', '1.0', '1.000000'];
    const refused = ['', '2', '10', '01', '00', '1.1', '1.000001', '1.0000000', '0.1234567', '0.', '1.', '.5'];
    const padded = ['a0.5', '0.5a', ' 0.5', '0.5 ', '10.5', '0.51', '-0.5'];
    expect(accepted(RATE_PATTERN, ok)).toEqual(ok);
    expect(accepted(RATE_PATTERN, refused)).toEqual([]);
    // 0.51 is a rate; the others have a character before or after one.
    expect(accepted(RATE_PATTERN, padded)).toEqual(['0.51']);
  });

  it('a factor: from 0.01 to 10 with at most six decimals', () => {
    const ok = [
      '0.01',
      '0.09',
      '0.0100',
      '0.012345',
      '0.1',
      '0.123456',
      '1',
      '5.5',
      '9.999999',
      '10',
      '10.0',
      '10.000000',
    ];
    const refused = [
      '',
      '0',
      '0.0',
      '0.00',
      '0.001',
      '0.0123456',
      '0.1234567',
      '10.5',
      '10.0000001',
      '11',
      '010',
      '01',
    ];
    const padded = ['1.', '.5', 'x1', '1x', ' 1', '1 ', '-1', '100', '9.9999999'];
    expect(accepted(FACTOR_PATTERN, ok)).toEqual(ok);
    expect(accepted(FACTOR_PATTERN, refused)).toEqual([]);
    expect(accepted(FACTOR_PATTERN, padded)).toEqual([]);
  });

  it('a weight: from 0 to 1,000,000 with at most six decimals', () => {
    const ok = ['0', '0.5', '12', '12.25', '999999', '999999.999999', '1000000', '1000000.0', '1000000.000000'];
    const refused = ['', '01', '00', '1000001', '1000000.5', '1000000.0000000', '0.1234567', '9999999', '1.', '.5'];
    const padded = ['x1', '1x', ' 1', '1 ', '-1', '+1', '1e3'];
    expect(accepted(WEIGHT_PATTERN, ok)).toEqual(ok);
    expect(accepted(WEIGHT_PATTERN, refused)).toEqual([]);
    expect(accepted(WEIGHT_PATTERN, padded)).toEqual([]);
  });
});
