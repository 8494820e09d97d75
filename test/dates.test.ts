import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, daysBetween, isIsoDate } from '../src/dates/calendar';

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
});
