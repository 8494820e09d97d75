import { describe, expect, it } from 'vitest';
import { allocateCents } from '../../src/money/allocate';

describe('allocateCents: the quick paths give the exact cents', () => {
  it('reads an exponent of a weight as its power of ten, not as character codes', () => {
    // kills src/money/allocate.ts:63 ArithmeticOperator (exponent * 10 + c - 48 → + 48)
    // 0.1 against 10^-97: 100 cents × 0.1 / (0.1 + 10^-97) = 99.99… → floor 99, the cent left to the larger remainder
    // of 0.1 (10^-97 × 100 / Σ is far below it): [100, 0]. Read '1e-1' as 10^-97, the two would split 50/50.
    expect(allocateCents(100, ['1e-1', `0.${'0'.repeat(96)}1`])).toEqual([100, 0]);
  });

  it('reads each exponent digit as its value, added to the exponent so far', () => {
    // kills src/money/allocate.ts:63 ArithmeticOperator (exponent * 10 + c - 48 → exponent * 10 - c - 48)
    // 1e0 = 1 and 1e1 = 10, Σ = 11: 11 cents are 1 and 10, on the quick path (both whole). Read with the mutant, the
    // exponents are -96 and -97: whole as 10 and 1 once scaled by 10^97, and the cents would be [10, 1].
    expect(allocateCents(11, ['1e0', '1e1'])).toEqual([1, 10]);
  });

  it('builds a weight’s digits as a whole number, each one a power of ten above the next', () => {
    // kills src/money/allocate.ts:49 ArithmeticOperator (mantissa * 10 ** (zeros + 1) → mantissa / 10 ** …)
    // 12 and 0.5, scaled by 10: 120 and 5, Σ = 125: 125 cents are [120, 5]. With the mutant, '12' reads 1/10 + 2 = 2.1,
    // whole as 21 once scaled: 125 × 21 / 26 = 100.96… and 125 × 5 / 26 = 24.03…: [101, 24].
    expect(allocateCents(125, ['12', '0.5'])).toEqual([120, 5]);
  });

  it('makes decimal weights whole with room for their decimal places (ties decided on the 90th decimal)', () => {
    // kills src/money/allocate.ts:138 ArithmeticOperator (digits + places → digits - places)
    // 0.5 and 0.5 + 10^-90, times 10^90: 5×10^89 and 5×10^89 + 1, Σ = 10^90 + 1. One cent: both floors 0, remainders
    // 5×10^89 and 5×10^89 + 1: the cent goes to the second. Rounded to 80 digits the two would tie, the first winning.
    expect(allocateCents(1, ['0.5', `0.5${'0'.repeat(88)}1`])).toEqual([0, 1]);
  });

  it('counts the trailing zeros of whole weights in their digits', () => {
    // kills src/money/allocate.ts:135 BooleanLiteral (precision(true) → precision(false))
    // 3×10^100, 10^100, 1: Σ = 4×10^100 + 1; 2 cents.
    // 3×10^100 × 2 = 6×10^100 = 1 × Σ + (2×10^100 - 1): floor 1, remainder 2×10^100 - 1
    // 10^100 × 2 = 2×10^100 < Σ: floor 0, remainder 2×10^100
    // 1 × 2 = 2: floor 0, remainder 2
    // one cent left, to the largest remainder, 2×10^100 (the second weight): [1, 1, 0]. A sum rounded to 80 digits
    // (4×10^100) would tie the first two at 2×10^100, and the tie would go to the first: [2, 0, 0].
    expect(allocateCents(2, ['3e100', '1e100', '1'])).toEqual([1, 1, 0]);
  });

  it('leaves counts whose product with the total passes 2^53 to exact arithmetic', () => {
    // kills src/money/allocate.ts:163 ConditionalExpression (true, false), EqualityOperator (w <= most)
    // kills src/money/allocate.ts:184 ConditionalExpression (true), LogicalOperator (||), ArithmeticOperator (most * total - sum)
    // w1 = 600,479,950,316,066, w2 = 3,002,399,751,580,331, w3 = 0; Σ = 3,602,879,701,896,397; 3 cents.
    // w2 × 3 = 9,007,199,254,740,993 = 2^53 + 1 (a float rounds it to 2^53) = 2 × Σ + 1,801,439,850,948,199
    // w1 × 3 = 1,801,439,850,948,198 < Σ: floor 0, remainder 1,801,439,850,948,198
    // floors 0 + 2 + 0, one cent left: w2's remainder is larger by one, [0, 3, 0]. On floats w2's product loses its
    // 1, the remainders tie and the first weight takes the cent: [1, 2, 0].
    expect(allocateCents(3, [600479950316066, 3002399751580331, 0])).toEqual([0, 3, 0]);
  });

  it('gives tied cents to the earlier weights on decimal.js integers too', () => {
    // holds the stable sort of largestRemainderWide (src/money/allocate.ts:290, its index tie-break removed as redundant)
    // 10^100 three times, Σ = 3×10^100. 2 cents: each product 2×10^100 < Σ, floors 0, remainders all 2×10^100:
    // the two cents go to the first two weights: [1, 1, 0].
    expect(allocateCents(2, ['1e100', '1e100', '1e100'])).toEqual([1, 1, 0]);
    // 10^100, 10^100, 5×10^100 (Σ = 7×10^100), 1 cent: remainders 10^100, 10^100, 5×10^100:
    // the largest remainder, the third's, comes before the tied two: [0, 0, 1].
    expect(allocateCents(1, ['1e100', '1e100', '5e100'])).toEqual([0, 0, 1]);
  });
  // w1 = 566,886,666,382,382, w2 = 818,836,295,885,663 (15 digits each, 11 × 74,439,663,262,333), w3 = 0;
  // Σ = 1,385,722,962,268,045; 11 cents.
  // w1 × 11 = 6,235,753,330,206,202 = 4 × Σ + 692,861,481,134,022
  // w2 × 11 = 9,007,199,254,742,293 (past 2^53: a float rounds it to …292) = 6 × Σ + 692,861,481,134,023
  // floors 4 + 6, one cent left: w2's remainder is larger by one: [4, 7, 0]. On floats the remainders tie and the
  // first weight takes the cent: [5, 6, 0].
  const past53 = [566886666382382, 818836295885663, 0];

  it('leaves counts whose product with the total passes 2^53 to exact arithmetic (15 digits, 11 cents)', () => {
    // kills src/money/allocate.ts:184 ArithmeticOperator (most * total → most / total: 818,836,295,885,663 / 11 + Σ is
    // a safe integer)
    expect(allocateCents(11, past53)).toEqual([4, 7, 0]);
  });

  it('leaves decimal texts whose whole numbers times the total pass 2^53 to exact arithmetic', () => {
    // kills src/money/allocate.ts:230 ConditionalExpression (true, false), EqualityOperator (int <= most)
    expect(allocateCents(11, past53.map(String))).toEqual([4, 7, 0]);
  });
  it('reads decimal numbers as the decimals they are written with, never as counts', () => {
    // kills src/money/allocate.ts:173 LogicalOperator (|| → &&), BooleanLiteral (!Number.isSafeInteger → isSafeInteger)
    // 2.8 and 1.2, Σ = 4; 45 cents: 2.8 × 45 / 4 = 31.5 and 1.2 × 45 / 4 = 13.5, floors 31 + 13, one cent left to
    // tied remainders: the earlier weight, [32, 13]. As a count, the float 2.8 × 45 is 125.99999999999999: its
    // remainder falls below the second's and the cent goes there, [31, 14].
    expect(allocateCents(45, [2.8, 1.2])).toEqual([32, 13]);
  });
  it('multiplies 85-digit weights by the total without rounding (a remainder larger by one wins)', () => {
    // kills src/money/allocate.ts:138 ArithmeticOperator (… + String(weights.length).length + 2 → - 2)
    // A = 95×10^83 + 189 (85 digits), B = (A + 1) / 21 (84 digits), Σ = A + B = (22A + 1) / 21, odd; 11 cents.
    // 11A = (21Σ - 1) / 2 = 10Σ + (Σ - 1) / 2 and 11B = 11Σ - 11A = (Σ + 1) / 2: floors 10 + 0, one cent left, B's
    // remainder larger by one: [10, 1]. Rounded to 86 digits, 11A (87 digits, ending in 9) gains 1, the remainders
    // tie and A takes the cent: [11, 0].
    const a = `95${'0'.repeat(80)}189`;
    const b = `452380${'952380'.repeat(12)}952390`;
    expect(allocateCents(11, [a, b])).toEqual([10, 1]);
    // kills src/money/allocate.ts:138 ArithmeticOperator (+ String(weights.length).length → -): with 98 zero weights
    // after them (100 weights) the same 86 digits would round 11A; the zeros get 0 cents.
    expect(allocateCents(11, [a, b, ...Array<string>(98).fill('0')])).toEqual([10, 1, ...Array<number>(98).fill(0)]);
  });
});
