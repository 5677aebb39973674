import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  birthdayOf,
  compareDates,
  daysBetween,
  dayNumberAddYears,
  daysInMonth,
  fromDayNumber,
  instantMs,
  isLeapYear,
  toDayNumber,
  utcDateOf,
} from './dates';

describe('toDayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
    ['2026-11-15', 20772],
  ])('%s is day %i', (date, day) => {
    expect(toDayNumber(date)).toBe(day);
  });
});

describe('fromDayNumber', () => {
  it('round-trips every day from 1899 to 2101', () => {
    const start = toDayNumber('1899-01-01');
    const end = toDayNumber('2101-12-31');
    const mismatches: string[] = [];
    let expected = '1899-01-01';
    for (let day = start; day <= end; day++) {
      if (fromDayNumber(day) !== expected || toDayNumber(expected) !== day) mismatches.push(expected);
      const [y, m, d] = expected.split('-').map(Number);
      expected =
        d < daysInMonth(y, m)
          ? `${expected.slice(0, 8)}${String(d + 1).padStart(2, '0')}`
          : m < 12
            ? `${y}-${String(m + 1).padStart(2, '0')}-01`
            : `${y + 1}-01-01`;
    }
    expect(mismatches).toEqual([]);
    expect(expected).toBe('2102-01-01');
  });
});

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('%i -> %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-11-15', 12, '2027-11-15'],
    ['2026-01-15', -13, '2024-12-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('addYears', () => {
  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2026-11-15', -10, '2016-11-15'],
  ])('%s + %i years = %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-01-01', '2026-12-31', 364],
    ['2024-01-01', '2025-01-01', 366],
    ['2026-05-02', '2026-05-01', -1],
  ])('%s -> %s = %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('compareDates', () => {
  it.each([
    ['2026-01-01', '2026-01-02', -1],
    ['2026-01-02', '2026-01-02', 0],
    ['2026-10-01', '2026-09-30', 1],
  ])('%s vs %s = %i', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });
});

describe('ageOn', () => {
  it.each([
    ['1996-08-07', '2026-08-06', 29, 'the day before the 30th birthday'],
    ['1996-08-07', '2026-08-07', 30, 'on the 30th birthday'],
    ['1996-08-07', '2026-11-15', 30, 'after the birthday'],
    ['2004-02-29', '2022-02-28', 17, 'Feb-29 birthday, common year, Feb 28'],
    ['2004-02-29', '2022-03-01', 18, 'Feb-29 birthday, common year, Mar 1'],
    ['2004-02-29', '2024-02-28', 19, 'Feb-29 birthday, leap year, Feb 28'],
    ['2004-02-29', '2024-02-29', 20, 'Feb-29 birthday, leap year, Feb 29'],
    ['2000-12-31', '2001-01-01', 0, 'under a year'],
  ])('born %s, on %s: %i (%s)', (dob, date, age) => {
    expect(ageOn(dob, date)).toBe(age);
  });
});

describe('birthdayOf', () => {
  it.each([
    ['1996-08-07', 30, '2026-08-07'],
    ['1996-02-29', 31, '2027-03-01'],
    ['1996-02-29', 32, '2028-02-29'],
  ])('born %s, reaches %i on %s', (dob, age, date) => {
    expect(birthdayOf(dob, age)).toBe(date);
    expect(ageOn(dob, date)).toBe(age);
    expect(ageOn(dob, addDays(date, -1))).toBe(age - 1);
  });
});

describe('instantMs', () => {
  it.each([
    ['1970-01-01T00:00:00Z', 0],
    ['2023-09-07T09:24:49Z', Date.UTC(2023, 8, 7, 9, 24, 49)],
    ['2023-09-07T09:24:49.5Z', Date.UTC(2023, 8, 7, 9, 24, 49, 500)],
    ['2023-09-07T09:24:49.123456Z', Date.UTC(2023, 8, 7, 9, 24, 49, 123)],
    ['2024-02-29T23:30:00-05:30', Date.UTC(2024, 2, 1, 5, 0, 0)],
    ['2024-03-01T01:00:00+02:00', Date.UTC(2024, 1, 29, 23, 0, 0)],
  ])('%s is %i ms', (instant, ms) => {
    expect(instantMs(instant)).toBe(ms);
  });

  it('compares instants written with different offsets as the same moment', () => {
    expect(instantMs('2023-09-07T05:24:49-04:00')).toBe(instantMs('2023-09-07T09:24:49Z'));
    expect(instantMs('2023-09-07T09:24:50Z') - instantMs('2023-09-07T09:24:49Z')).toBe(1000);
  });
});

describe('utcDateOf', () => {
  it.each([
    ['2024-01-15T23:30:00-05:00', '2024-01-16'],
    ['2024-01-15T00:30:00+05:30', '2024-01-14'],
    ['2024-01-15T14:03:00Z', '2024-01-15'],
  ])('%s is on %s in UTC, whatever the machine zone', (instant, date) => {
    expect(utcDateOf(instant)).toBe(date);
  });
});

describe('dayNumberAddYears', () => {
  it.each([
    ['2026-11-15', -3, '2023-11-15'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
  ])('%s + %i years is day %s', (date, years, expected) => {
    expect(dayNumberAddYears(date, years)).toBe(toDayNumber(expected));
  });
});
