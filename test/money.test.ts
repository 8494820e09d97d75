import { describe, expect, it } from 'vitest';
import { allocateCents, allocateCentsChecked } from '../src/money/allocate';
import {
  canonicalAmount,
  canonicalDecimal,
  Dec,
  decimalText,
  exactEuros,
  formatCents,
  fractionOf,
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

describe('amounts between text and cents, at the edges', () => {
  it('converts texts without a point, with one decimal, or without an integer part', () => {
    expect(toCents('563')).toBe(56300);
    expect(toCents('0.5')).toBe(50);
    // 0.29 × 100 is 28.999999999999996 in floating point: the cents are read as digits, not multiplied.
    expect(toCents('0.29')).toBe(29);
    expect(toCents('.29')).toBe(29);
    expect(toCents('1.07')).toBe(107);
  });

  it('writes ten cents and more without a padding zero: 0.10, 0.99, 1.00', () => {
    expect(formatCents(10)).toBe('0.10');
    expect(formatCents(9)).toBe('0.09');
    expect(formatCents(99)).toBe('0.99');
    expect(formatCents(100)).toBe('1.00');
  });

  it('reads only texts and finite numbers: an array or an object holding an amount is no amount', () => {
    expect(canonicalAmount(['12'])).toBeNull();
    expect(canonicalAmount({ toString: () => '12' })).toBeNull();
    expect(canonicalAmount(Number.NaN)).toBeNull();
    expect(canonicalDecimal(['0.5'], RATE_PATTERN)).toBeNull();
  });

  it('remembers each product by its cents and its factor: 10 % of 100.00 € is not 30 % of 536.00 €', () => {
    expect(timesFactor(53600, '0.3')).toEqual({ cents: 16080, exact: '160.8' });
    expect(timesFactor(10000, '0.1')).toEqual({ cents: 1000, exact: '10' });
    expect(timesFactor(10000, '0.3')).toEqual({ cents: 3000, exact: '30' });
    expect(timesFactor(53600, '0.1')).toEqual({ cents: 5360, exact: '53.6' });
  });

  it('remembers each fraction by its cents, numerator and denominator: 11/15 of 1061.40 € is not 2/3 of it', () => {
    // 106140 × 11 / 15 = 7076 × 11 = 77836 exactly; the share 11/15 = 0.7333… at 40 decimals, the last one rounded
    // half up (…33|33 stays 3).
    expect(fractionOf(106140, 11, 15)).toEqual({
      cents: 77836,
      exact: '778.36',
      share: '0.7333333333333333333333333333333333333333',
    });
    // 106140 × 2 / 3 = 70760 exactly; 2/3 at 40 decimals ends in 7 (…66|66 rounds up).
    expect(fractionOf(106140, 2, 3)).toEqual({
      cents: 70760,
      exact: '707.6',
      share: '0.6666666666666666666666666666666666666667',
    });
    // 1001 × 1 / 2 = 500.5 cents → 501 half up; 5.005 € exact; the share 0.5.
    expect(fractionOf(1001, 1, 2)).toEqual({ cents: 501, exact: '5.005', share: '0.5' });
    // 1001 × 2 / 4: the same fraction, another key; the same amounts.
    expect(fractionOf(1001, 2, 4)).toEqual({ cents: 501, exact: '5.005', share: '0.5' });
    // 21 × 3 / 14 = 4.5 cents → 5; 0.045 € exact; 3/14 = 0.2142857142… at 40 decimals (…857142|857 rounds up).
    expect(fractionOf(21, 3, 14)).toEqual({
      cents: 5,
      exact: '0.045',
      share: '0.2142857142857142857142857142857142857143',
    });
  });
});

describe('allocation: errors and edges of each path', () => {
  it('allocateCentsChecked gives the parts, and throws on weights its caller should not have given', () => {
    // 100 by 2 : 3 : 1 → 33.33, 50, 16.67 → 33, 50, 16 + the cent to the largest remainder (0.67).
    expect(allocateCentsChecked(100, [2, 3, 1])).toEqual([33, 50, 17]);
    expect(() => allocateCentsChecked(100, [0, 0])).toThrow(new RangeError('allocateCentsChecked: ZERO_WEIGHTS'));
    expect(() => allocateCentsChecked(100, [])).toThrow(new RangeError('allocateCentsChecked: NO_WEIGHTS'));
  });

  it('names the first error whatever the path: counts, decimal texts, or decimal.js numbers', () => {
    expect(allocateCents(100, [0, 0])).toBe('ZERO_WEIGHTS');
    expect(allocateCents(100, [1, -1])).toBe('NEGATIVE_WEIGHT');
    expect(allocateCents(100, [Number.POSITIVE_INFINITY, 1])).toBe('INVALID_WEIGHT');
    expect(allocateCents(100, [Number.NaN])).toBe('INVALID_WEIGHT');
    // A Decimal among the weights sends them all through decimal.js.
    expect(allocateCents(100, [new Dec(1), 'x'])).toBe('INVALID_WEIGHT');
    expect(allocateCents(100, [new Dec(1), Number.POSITIVE_INFINITY])).toBe('INVALID_WEIGHT');
    expect(allocateCents(100, [new Dec(1), '-1'])).toBe('NEGATIVE_WEIGHT');
    expect(allocateCents(100, [new Dec(0), '0'])).toBe('ZERO_WEIGHTS');
    // -0 is zero, not negative, on every path.
    expect(allocateCents(100, [new Dec(1), '-0'])).toEqual([100, 0]);
    expect(allocateCents(100, [new Dec(1), new Dec('-0')])).toEqual([100, 0]);
  });

  it('reads the digits of a weight in place: zeros inside, exponents of several digits, at most four', () => {
    // 105 : 95 of 1.00 € → 52.5 and 47.5: the cent to the earlier of the equal remainders.
    expect(allocateCents(100, ['105', '95'])).toEqual([53, 47]);
    expect(allocateCents(100, ['10.5', '9.5'])).toEqual([53, 47]);
    // 105 : 5 of 1.10 € → 105 and 5 cents exactly.
    expect(allocateCents(110, ['105', '5'])).toEqual([105, 5]);
    // 10^12 against 1: 99.9999999999 and 0.0000000001 → 99 + the cent to the first.
    expect(allocateCents(100, ['1e12', '1'])).toEqual([100, 0]);
    expect(allocateCents(100, ['1e0002', '100'])).toEqual([50, 50]);
    expect(allocateCents(100, ['1e-0002', '0.01'])).toEqual([50, 50]);
    for (const bad of ['1e2x', '1e+x', '1ex', '1e2.5', '1e00001'])
      expect(allocateCents(100, [bad, '1'])).toBe('INVALID_WEIGHT');
  });

  it('keeps every digit of weights of more than 15 significant digits: 12345678901234566 and …567 share one cent', () => {
    // The remainders are the weights themselves (1 cent × w mod Σw = w): the larger, the second, gets the cent.
    expect(allocateCents(1, ['12345678901234566', '12345678901234567'])).toEqual([0, 1]);
    expect(allocateCents(1, ['1234567890123456.6', '1234567890123456.7'])).toEqual([0, 1]);
  });

  it('keeps every digit of weights wider than 80 digits: 10^90 and 10^90 + 1 share one cent, to the larger', () => {
    // The exact remainders are 10^90 and 10^90 + 1 (of 2 × 10^90 + 1): the cent goes to the second weight.
    const big = `1${'0'.repeat(90)}`;
    const bigPlusOne = `1${'0'.repeat(89)}1`;
    expect(allocateCents(1, [big, bigPlusOne])).toEqual([0, 1]);
    expect(allocateCents(1, [new Dec(big), new Dec(bigPlusOne)])).toEqual([0, 1]);
    // 999,999,999.99 €: quotas 49,999,999,999.5 ∓ a little under 10^-79 → floors 49,999,999,999 each, the cent left to
    // the larger remainder, the second (products of 101 digits, all kept).
    expect(allocateCents(99_999_999_999, [big, bigPlusOne])).toEqual([49_999_999_999, 50_000_000_000]);
  });

  it('makes decimal weights whole before sharing: 0.3 and 0.1 of 0.02 € tie exactly, the cent to the first', () => {
    // 2 × 0.3 / 0.4 = 1.5 and 2 × 0.1 / 0.4 = 0.5: floors 1 and 0, equal remainders, the cent left to the first.
    // (On unscaled floating-point weights 0.6 - 0.4 = 0.19999999999999996 < 0.2 would give it to the second.)
    expect(allocateCents(2, [new Dec('0.3'), new Dec('0.1')])).toEqual([2, 0]);
  });

  it('gives the cents left to the earlier of equal remainders on decimal.js integers too (many weights)', () => {
    // 120 weights of 10^20 share 1.00 €: 0.8333… cent each → 0 each, the 100 cents left to the first 100.
    const parts = allocateCents(
      100,
      Array.from({ length: 120 }, () => '1e20'),
    );
    expect(parts).toEqual([...Array.from({ length: 100 }, () => 1), ...Array.from({ length: 20 }, () => 0)]);
  });
});
