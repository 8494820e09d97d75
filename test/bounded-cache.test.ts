import { describe, expect, it } from 'vitest';
import { BLOCKING_CODES, ISSUE_CODE_TABLE, SEVERITIES } from '../src/domain/issue-codes';
import { BoundedCache } from '../src/money/bounded-cache';

describe('BoundedCache', () => {
  it('computes once per key, and starts again empty when full', () => {
    const c = new BoundedCache<number>(3);
    let calls = 0;
    const square = (n: number) =>
      c.remember(String(n), () => {
        calls++;
        return n * n;
      });
    expect([square(2), square(3), square(2), square(4)]).toEqual([4, 9, 4, 16]);
    expect(calls).toBe(3);
    expect(c.size).toBe(3);
    expect(square(5)).toBe(25); // full: emptied, then 5 kept
    expect(c.size).toBe(1);
    expect(square(2)).toBe(4);
    expect(calls).toBe(5);
  });
});

describe('the issue-code table', () => {
  it('blocking is a property of 14 error codes, and SEVERITIES comes from the same table', () => {
    expect([...BLOCKING_CODES]).toEqual([
      'PROJECT_TYPE_MISMATCH',
      'TYPE_NOT_IN_FORCE',
      'STRUCTURE_NOT_ALLOWED',
      'PROJECT_OPPOSED',
      'PROJECT_NOT_ACCEPTED',
      'PATIENT_TOO_YOUNG',
      'PATIENT_TOO_OLD',
      'PATIENT_BORN_AFTER_INCLUSION',
      'PROFILE_REQUIRED',
      'PROFILE_UNKNOWN',
      'EXIT_BEFORE_INCLUSION',
      'REINCLUSION_TOO_SOON',
      'COVERAGE_PERIOD_INVALID',
      'COVERAGE_OVERLAP',
    ]);
    expect(ISSUE_CODE_TABLE.COVERAGE_OVERLAP).toEqual({ severity: 'error', blocking: true });
    expect(ISSUE_CODE_TABLE.KEY_SCALED_DOWN).toEqual({ severity: 'warning', blocking: false });
    expect(SEVERITIES.PATIENT_TOO_OLD).toBe('error');
    expect(SEVERITIES.COVERAGE_GAP).toBe('warning');
  });
});
