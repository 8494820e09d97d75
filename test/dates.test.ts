import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, dayNumber, daysBetween, fromDayNumber, isIsoDate } from '../src/dates/calendar';

describe('calendar dates', () => {
  it('adds months date à date, clamping to the month end', () => {
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-05-31', 6)).toBe('2026-11-30');
  });
  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('1994-12-30', 1)).toBe('1994-12-31');
    expect(addDays('2026-01-31', 15)).toBe('2026-02-15');
  });
  it('counts days', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2028-01-01', '2028-03-01')).toBe(60);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
  });
  it('computes age in completed years', () => {
    expect(ageOn('2008-03-05', '2026-03-04')).toBe(17);
    expect(ageOn('2008-03-05', '2026-03-05')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
  it('accepts only real calendar dates between 1900 and 2199', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('1994-12-31')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('1899-12-31')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
    expect(isIsoDate('2026-01-05T00:00:00Z')).toBe(false);
    expect(isIsoDate(20260105)).toBe(false);
  });

  it('agrees with an independent UTC computation on every day from 1900 to 2199 and random offsets', () => {
    // Reference: the host's UTC calendar (Date.UTC and getUTC*), which no time zone can shift.
    const ref = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2199, 11, 31) / 86_400_000;
    for (let n = first; n <= last; n++) {
      const d = ref(n * 86_400_000);
      expect(dayNumber(d)).toBe(n);
      expect(fromDayNumber(n)).toBe(d);
      expect(isIsoDate(d)).toBe(true);
    }
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -60, max: 60 }), (n, days, months) => {
        const d = ref(n * 86_400_000);
        expect(addDays(d, days)).toBe(ref((n + days) * 86_400_000));
        expect(daysBetween(d, addDays(d, days))).toBe(days);
        const t = new Date(n * 86_400_000);
        const target = Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + months, 1);
        const lastDay = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + months + 1, 0)).getUTCDate();
        expect(addMonths(d, months)).toBe(ref(target + (Math.min(t.getUTCDate(), lastDay) - 1) * 86_400_000));
      }),
      { numRuns: 2000 },
    );
  });
});
