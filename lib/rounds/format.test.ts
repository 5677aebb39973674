import { describe, expect, it } from 'vitest';
import { defaultRoundName, formatIrccDate, formatUtc, missingDistributionNote, roundTypeName, utcInputValue } from './format';

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


describe('missingDistributionNote', () => {
  it.each([
    ['1', 'IMPORT', /published none before round #214/],
    ['91a', 'IMPORT', /published none before round #214/],
    ['213', 'MANUAL', /published none before round #214/],
    ['214', 'IMPORT', /^IRCC’s rounds feed gives no pool distribution for this round\.$/],
    ['438', 'MANUAL', /entered by hand/],
  ] as const)('explains round #%s (%s) truthfully', (number, source, text) => {
    expect(missingDistributionNote(number, source)).toMatch(text);
  });

  it('mentions round #214 only for rounds before it', () => {
    expect(missingDistributionNote('438', 'IMPORT')).not.toContain('214');
    expect(missingDistributionNote('438', 'MANUAL')).not.toContain('214');
  });
});

describe('roundTypeName', () => {
  it.each([
    [{ category: 'french', name: 'French-Language proficiency 2026-Version 2' }, 'French-language proficiency'],
    [{ category: null, name: 'Canadian Experience Class' }, 'Canadian Experience Class'],
  ] as const)('%j -> %s', (round, name) => {
    expect(roundTypeName(round)).toBe(name);
  });
});
