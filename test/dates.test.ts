import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, daysBetween, isIsoDate } from '../src/dates/calendar';
import { dayNumber, daysInMonth, fromDayNumber, oracleAddMonths, oracleAge } from './helpers/day-numbers';

describe('calendar dates (date-fns on UTCDate)', () => {
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
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1994-12-31')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('1899-12-31')).toBe(false);
    expect(isIsoDate('2200-01-01')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
    expect(isIsoDate('2026-01-05T00:00:00Z')).toBe(false);
    expect(isIsoDate(20260105)).toBe(false);
  });

  it('agrees with an independent oracle on every day from 1900 to 2199: validity, days, months and ages', () => {
    const first = dayNumber('1900-01-01');
    const last = dayNumber('2199-12-31');
    const wrong: string[] = [];
    for (let n = first; n <= last; n++) {
      const d = fromDayNumber(n);
      if (!isIsoDate(d)) wrong.push(`valid ${d}`);
      const k = ((n * 7919) % 4001) - 2000; // a different offset for each day, within ±2000 days
      const m = ((n * 31) % 121) - 60; // within ±60 months
      const birth = fromDayNumber(first + ((n * 104729) % (n - first + 1)));
      if (addDays(d, k) !== fromDayNumber(n + k)) wrong.push(`addDays ${d} ${k}`);
      if (daysBetween(d, fromDayNumber(n + k)) !== k) wrong.push(`daysBetween ${d} ${k}`);
      if (addMonths(d, m) !== oracleAddMonths(d, m)) wrong.push(`addMonths ${d} ${m}`);
      if (ageOn(birth, d) !== oracleAge(birth, d)) wrong.push(`ageOn ${birth} ${d}`);
    }
    // The day after each month's last day, and day 00, are refused in every month of every year.
    for (let y = 1900; y <= 2199; y++) {
      for (let mo = 1; mo <= 12; mo++) {
        const ym = `${y}-${String(mo).padStart(2, '0')}`;
        const lastDay = daysInMonth(y, mo);
        if (isIsoDate(`${ym}-${String(lastDay + 1).padStart(2, '0')}`) || isIsoDate(`${ym}-00`))
          wrong.push(`invalid ${ym}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with the oracle on random dates, offsets and birth dates (property-based)', () => {
    const day = fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2199-12-31') });
    fc.assert(
      fc.property(
        day,
        day,
        fc.integer({ min: -3000, max: 3000 }),
        fc.integer({ min: -60, max: 60 }),
        (n, b, days, months) => {
          const d = fromDayNumber(n);
          fc.pre(n + days >= dayNumber('1900-01-01') && n + days <= dayNumber('2199-12-31'));
          expect(addDays(d, days)).toBe(fromDayNumber(n + days));
          expect(addMonths(d, months)).toBe(oracleAddMonths(d, months));
          expect(ageOn(fromDayNumber(b), d)).toBe(oracleAge(fromDayNumber(b), d));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
