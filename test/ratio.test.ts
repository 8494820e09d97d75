import { describe, expect, it } from 'vitest';
import { allocateCents } from '../src/money/allocate';
import { canonicalAmount, canonicalDecimal, exactEuros, formatCents, mulRoundCents, toCents } from '../src/money/decimal';
import { compare, parseRatio, plus, ratio, ratioOf, ratioText, roundHalfUp, times } from '../src/money/ratio';

describe('exact ratios', () => {
  it('reads decimals as text or numbers, with exponents, and refuses the rest', () => {
    expect(parseRatio('0.25')).toEqual({ num: BigInt(25), den: BigInt(100) });
    expect(parseRatio('1e3')).toEqual({ num: BigInt(1000), den: BigInt(1) });
    expect(parseRatio(1e-7)).toEqual({ num: BigInt(1), den: BigInt(10_000_000) });
    expect(parseRatio('.5')).toEqual({ num: BigInt(5), den: BigInt(10) });
    expect(parseRatio('-0')).toEqual({ num: BigInt(0), den: BigInt(1) });
    expect(parseRatio('-0.1')).toBe('negative');
    for (const bad of ['', '.', 'x', '1,5', '0x1f', ' 1', 'Infinity', '1e99999']) expect(parseRatio(bad)).toBeNull();
    expect(parseRatio(Number.NaN)).toBeNull();
    expect(parseRatio(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('multiplies, adds and compares without rounding', () => {
    expect(ratioText(plus(ratio('0.1'), ratio('0.2')), 40)).toBe('0.3');
    expect(ratioText(times(ratio('1.15'), ratio('1.2')), 40)).toBe('1.38');
    expect(compare(ratio('0.30'), ratio('0.3'))).toBe(0);
    expect(compare(ratioOf(1, 3), ratio('0.3333333333'))).toBe(1);
  });

  it('rounds half away from zero and writes plain decimals', () => {
    expect(roundHalfUp(ratioOf(5, 2))).toBe(BigInt(3));
    expect(roundHalfUp(ratioOf(7, 3))).toBe(BigInt(2));
    expect(ratioText(ratioOf(2, 3), 40)).toBe('0.6666666666666666666666666666666666666667');
    expect(ratioText(ratioOf(1, 8), 2, true)).toBe('0.13');
    expect(ratioText(ratio('1e-7'), 40)).toBe('0.0000001');
    expect(ratioText(ratioOf(0), 4, true)).toBe('0.0000');
  });

  it('rounds a fraction of a forfait once, at the cent: 7 cents × 1/14 is exactly half a cent, rounded up to 1', () => {
    expect(mulRoundCents(7, ratioOf(1, 14))).toBe(1);
    expect(mulRoundCents(60000, ratioOf(1, 3))).toBe(20000);
    expect(mulRoundCents(56300, '1.2')).toBe(67560);
    expect(mulRoundCents(1001, '0.5')).toBe(501);
    expect(mulRoundCents(99_999_999_999, '10')).toBe(999_999_999_990);
    expect(exactEuros(56300, '0.3')).toBe('168.9');
    expect(exactEuros(45040, '1.2')).toBe('540.48');
    expect(exactEuros(50000, ratioOf(2, 3), 6)).toBe('333.333333');
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
    expect(canonicalDecimal('0.30', 0, 1)).toBe('0.3');
    expect(canonicalDecimal('1.000000', 0, 10)).toBe('1');
    expect(canonicalDecimal('1.0000001', 0, 10)).toBeNull();
    expect(canonicalDecimal('0.009', 0.01, 10)).toBeNull();
    expect(canonicalDecimal('10.000001', 0.01, 10)).toBeNull();
    expect(toCents('563.00')).toBe(56300);
    expect(toCents('0.05')).toBe(5);
    expect(toCents('999999999.99')).toBe(99_999_999_999);
    expect(formatCents(56300)).toBe('563.00');
    expect(formatCents(5)).toBe('0.05');
    expect(formatCents(99_999_999_999)).toBe('999999999.99');
    expect(formatCents(-5)).toBe('-0.05');
  });

  it('allocates with weights given as exponents or numbers, exactly', () => {
    expect(allocateCents(100, ['1e0', 1, '0.1e1'])).toEqual([34, 33, 33]);
    expect(allocateCents(10, [0.1, 0.2, 0.30000000000000004])).toEqual([2, 3, 5]);
    expect(allocateCents(1e11, ['1', '1', '1'])).toEqual([33_333_333_334, 33_333_333_333, 33_333_333_333]);
    // Hexadecimal, binary or octal text is not a weight (decimal.js used to read '0x1f' as 31).
    expect(allocateCents(100, ['0x1f', '1'])).toBe('INVALID_WEIGHT');
    expect(allocateCents(100, ['0b11'])).toBe('INVALID_WEIGHT');
  });
});
