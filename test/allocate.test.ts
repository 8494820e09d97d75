import { describe, expect, it } from 'vitest';
import { allocate } from '../src/index';
import { allocateCents } from '../src/money/allocate';

describe('allocate (largest remainder on integer cents)', () => {
  it('matches the worked examples', () => {
    // 100 cents by 2:3:1 → quotas 33.33, 50, 16.67 → floors 33, 50, 16 (99) → the extra cent to the largest remainder (16.67)
    expect(allocate('1.00', ['2', '3', '1'])).toEqual(['0.33', '0.50', '0.17']);
    // 3 cents by 75:25 → quotas 2.25, 0.75 → floors 2, 0 → extra cent to 0.75
    expect(allocate('0.03', ['75', '25'])).toEqual(['0.02', '0.01']);
    // 10000 cents by 30:20:40:40 (130) → 2307.69, 1538.46, 3076.92, 3076.92 → floors 9998 → +1 to 0.92 (first), +1 to 0.92 (second)
    expect(allocate('100.00', ['30', '20', '40', '40'])).toEqual(['23.08', '15.38', '30.77', '30.77']);
  });
  it('gives ties to the earlier weight', () => {
    expect(allocate('0.01', ['1', '1', '1'])).toEqual(['0.01', '0.00', '0.00']);
    expect(allocate('0.02', ['1', '1', '1'])).toEqual(['0.01', '0.01', '0.00']);
  });
  it('breaks exact ties by order even when the quotas differ in size', () => {
    // 56804 cents by 5:5:2 → quotas 23668 1/3, 23668 1/3, 9467 1/3: equal remainders, the extra cent to the first
    expect(allocate('568.04', ['5', '5', '2'])).toEqual(['236.69', '236.68', '94.67']);
    // 38210 cents by 4:1:1 → 25473 1/3, 6368 1/3, 6368 1/3 → the first
    expect(allocate('382.10', ['4', '1', '1'])).toEqual(['254.74', '63.68', '63.68']);
    // the same with decimal weights
    expect(allocate('382.10', ['0.4', '0.1', '0.1'])).toEqual(['254.74', '63.68', '63.68']);
  });

  it('gives zero weights zero and accepts numbers and decimal weights', () => {
    expect(allocate(10, [0, 1, 0])).toEqual(['0.00', '10.00', '0.00']);
    expect(allocate('1.00', ['0.5', '0.25', '0.25'])).toEqual(['0.50', '0.25', '0.25']);
  });
  it('refuses missing, all-zero and negative weights, and bad amounts', () => {
    expect(() => allocate('1.00', [])).toThrow('allocate: NO_WEIGHTS');
    expect(() => allocate('1.00', ['0', '0'])).toThrow('allocate: ZERO_WEIGHTS');
    expect(() => allocate('1.00', ['1', '-1'])).toThrow('allocate: NEGATIVE_WEIGHT');
    expect(() => allocate('1.00', ['x'])).toThrow('allocate: INVALID_WEIGHT');
    expect(() => allocate('1.005', ['1'])).toThrow('allocate: INVALID_AMOUNT');
    expect(allocateCents(100, ['1', 'NaN'])).toBe('INVALID_WEIGHT');
  });
});
