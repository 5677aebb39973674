import { describe, expect, it } from 'vitest';
import { daysFrom, defaultRoundName, formatIrccDate, formatUtc, torontoDateOf, utcInputValue } from './format';

describe('formatIrccDate', () => {
  it.each([
    ['2023-12-08', 'December 8, 2023'],
    ['2015-01-31', 'January 31, 2015'],
    ['2024-02-29', 'February 29, 2024'],
  ])('shows %s as %s whatever the time zone', (date, text) => {
    expect(formatIrccDate(date)).toBe(text);
  });
});

describe('formatUtc', () => {
  it('shows an instant in UTC with the label', () => {
    expect(formatUtc('2023-12-08T03:02:52.000Z')).toBe('December 8, 2023 at 03:02:52 UTC');
  });
});

describe('utcInputValue', () => {
  it.each([
    ['2023-12-08T03:02:52.000Z', '2023-12-08T03:02:52'],
    [null, ''],
  ])('gives the datetime-local value of %s', (instant, value) => {
    expect(utcInputValue(instant)).toBe(value);
  });
});

describe('defaultRoundName', () => {
  it.each([
    ['stem', 'Version 1', ['fsw', 'cec', 'fst'], 'STEM occupations (Version 1)'],
    ['stem', '2026', ['fsw', 'cec', 'fst'], 'STEM occupations (2026)'],
    [null, null, ['cec'], 'Canadian Experience Class'],
    [null, null, ['pnp'], 'Provincial Nominee Program'],
    [null, null, ['fsw', 'cec', 'fst', 'pnp'], 'No Program Specified'],
  ] as const)('names a %s round (%s, %j) "%s"', (category, version, programs, name) => {
    expect(defaultRoundName(category, version, [...programs])).toBe(name);
  });
});

describe('torontoDateOf', () => {
  it.each([
    ['2026-12-03T04:59:59Z', '2026-12-02'],
    ['2026-12-03T05:00:00Z', '2026-12-03'],
    ['2026-07-01T03:59:59Z', '2026-06-30'],
  ])('at %s it is %s in Ottawa', (instant, date) => {
    expect(torontoDateOf(new Date(instant))).toBe(date);
  });
});

describe('daysFrom', () => {
  it.each([
    ['2026-08-19', '2026-12-03', 106],
    ['2026-11-03', '2026-12-03', 30],
    ['2024-02-28', '2024-03-01', 2],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysFrom(from, to)).toBe(days);
  });
});

