import { describe, expect, it } from 'vitest';
import { canonicalAmount, canonicalDecimal } from '../../src/money/decimal';
import { RATE_PATTERN } from '../../src/money/decimal-formats';

describe('amounts and decimals read at the boundary', () => {
  it('refuses an array holding an amount (its text would be the amount)', () => {
    // kills src/money/decimal.ts:38 ConditionalExpression (→ false): String(['12.50']) is '12.50'
    expect(canonicalAmount(['12.50'])).toBeNull();
  });

  it('refuses a rate that is not a decimal as null, never throwing', () => {
    // kills src/money/decimal.ts:73 ConditionalExpression (→ false): new Dec('abc') would throw
    expect(canonicalDecimal('abc', RATE_PATTERN)).toBeNull();
  });
});
