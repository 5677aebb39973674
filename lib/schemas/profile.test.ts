import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clb, credential, job, profile, spouse } from '@/tests/unit/profiles';
import { formatIssues, formatPath, futureFactIssues, profileJsonSchema, profileSchema, type LanguageTest } from './profile';

function issuesOf(input: unknown) {
  const result = profileSchema.safeParse(input);
  return result.success ? [] : formatIssues(result.error);
}

function withTest(test: Record<string, unknown>) {
  return profile({ languageTests: [test as LanguageTest] });
}

describe('profileSchema', () => {
  it.each(readdirSync('tests/cases/crs'))('accepts the worked case %s', (file) => {
    const { profile: input } = JSON.parse(readFileSync(`tests/cases/crs/${file}`, 'utf8'));
    expect(issuesOf(input)).toEqual([]);
  });

  it.each([
    ['2024-02-29', []],
    ['2000-02-29', []],
    ['2023-02-29', [{ path: 'dateOfBirth', message: 'must be a calendar date YYYY-MM-DD' }]],
    ['1900-02-29', [{ path: 'dateOfBirth', message: 'must be a calendar date YYYY-MM-DD' }]],
    ['2024-04-31', [{ path: 'dateOfBirth', message: 'must be a calendar date YYYY-MM-DD' }]],
    ['2024-4-01', [{ path: 'dateOfBirth', message: 'must be a calendar date YYYY-MM-DD' }]],
    ['2024-04-01T00:00:00Z', [{ path: 'dateOfBirth', message: 'must be a calendar date YYYY-MM-DD' }]],
  ])('dateOfBirth %s -> %j', (dateOfBirth, issues) => {
    expect(issuesOf(profile({ dateOfBirth }))).toEqual(issues);
  });

  it.each([
    ['married', null, [{ path: 'spouse', message: 'is required when maritalStatus is married' }]],
    ['common_law', undefined, [{ path: 'spouse', message: 'is required when maritalStatus is common_law' }]],
    ['married', spouse(), []],
    ['divorced', null, []],
    ['single', spouse(), []],
  ] as const)('maritalStatus %s with spouse %j', (maritalStatus, partner, issues) => {
    expect(issuesOf(profile({ maritalStatus, spouse: partner }))).toEqual(issues);
  });

  it('reports a missing spouse together with problems elsewhere', () => {
    const input: Record<string, unknown> = { ...profile({ maritalStatus: 'married' }) };
    delete input.dateOfBirth;
    expect(issuesOf(input)).toEqual([
      { path: 'dateOfBirth', message: 'is required' },
      { path: 'spouse', message: 'is required when maritalStatus is married' },
    ]);
  });

  it.each([
    [{ start: '2020-01-01', end: '2020-01-01' }, []],
    [{ start: '2020-01-02', end: '2020-01-01' }, [{ path: 'workHistory[0].end', message: 'must be on or after start' }]],
    [{ hoursPerWeek: 0 }, [{ path: 'workHistory[0].hoursPerWeek', message: 'must be a number of paid hours per week from 1 to 168' }]],
    [{ hoursPerWeek: 169 }, [{ path: 'workHistory[0].hoursPerWeek', message: 'must be a number of paid hours per week from 1 to 168' }]],
    [{ hoursPerWeek: 168 }, []],
    [{ hoursPerWeek: 37.5 }, []],
    [{ noc: '2123' }, [{ path: 'workHistory[0].noc', message: 'must be a 5-digit NOC 2021 code, e.g. "21232"' }]],
    [{ noc: '99999' }, [{ path: 'workHistory[0].noc', message: 'is not a NOC 2021 unit group: search for the occupation by its title' }]],
    [{ title: 'x'.repeat(200) }, []],
    [{ title: 'x'.repeat(201) }, [{ path: 'workHistory[0].title', message: 'must be at most 200 characters' }]],
    [{ title: 'Engineer\u0000' }, [{ path: 'workHistory[0].title', message: 'must not contain control characters' }]],
    [{ country: 'can' }, [{ path: 'workHistory[0].country', message: 'must be an ISO 3166-1 alpha-2 country code, e.g. "CA"' }]],
    [{ paid: 'yes' }, [{ path: 'workHistory[0].paid', message: 'must be true or false' }]],
  ])('work stint %j -> %j', (fields, issues) => {
    expect(issuesOf(profile({ workHistory: [job(fields as object)] }))).toEqual(issues);
  });

  const base = { date: '2025-01-10' };
  const same = (v: number) => ({ listening: v, reading: v, writing: v, speaking: v });
  it.each([
    [{ test: 'ielts_general', ...same(9) }, null],
    [{ test: 'ielts_general', ...same(0) }, null],
    [{ test: 'ielts_general', ...same(6.5) }, null],
    [{ test: 'ielts_general', ...same(6.25) }, 'must be an IELTS band from 0 to 9 in steps of 0.5'],
    [{ test: 'ielts_general', ...same(9.5) }, 'must be an IELTS band from 0 to 9 in steps of 0.5'],
    [{ test: 'celpip_general', ...same(12) }, null],
    [{ test: 'celpip_general', ...same(13) }, 'must be a whole CELPIP level from 0 to 12'],
    [{ test: 'celpip_general', ...same(7.5) }, 'must be a whole CELPIP level from 0 to 12'],
    [{ test: 'pte_core', ...same(10) }, null],
    [{ test: 'pte_core', ...same(90) }, null],
    [{ test: 'pte_core', ...same(9) }, 'must be a whole PTE Core score from 10 to 90'],
    [{ test: 'pte_core', ...same(91) }, 'must be a whole PTE Core score from 10 to 90'],
    [{ test: 'tef_canada', scale: 'current', ...same(699) }, null],
    [{ test: 'tef_canada', scale: 'current', ...same(700) }, 'must be a whole TEF Canada score from 0 to 699'],
    [{ test: 'clb', ...same(12) }, null],
    [{ test: 'clb', ...same(13) }, 'must be a whole CLB level from 0 to 12'],
    [{ test: 'nclc', ...same(-1) }, 'must be a whole NCLC level from 0 to 12'],
  ])('%j: every ability -> %s', (test, message) => {
    const issues = issuesOf(withTest({ ...base, ...test }));
    const expected = message === null ? [] : ['listening', 'reading', 'writing', 'speaking'].map((a) => ({ path: `languageTests[0].${a}`, message }));
    expect(issues).toEqual(expected);
  });

  it.each([
    ['listening', 360, 361, 'must be a whole legacy TEF listening score from 0 to 360'],
    ['reading', 300, 301, 'must be a whole legacy TEF reading score from 0 to 300'],
    ['writing', 450, 451, 'must be a whole legacy TEF writing score from 0 to 450'],
    ['speaking', 450, 451, 'must be a whole legacy TEF speaking score from 0 to 450'],
  ])('legacy TEF %s: %i accepted, %i refused', (ability, max, over, message) => {
    const ok = { test: 'tef_canada', scale: 'legacy', ...base, ...same(0), [ability]: max };
    expect(issuesOf(withTest(ok))).toEqual([]);
    expect(issuesOf(withTest({ ...ok, [ability]: over }))).toEqual([{ path: `languageTests[0].${ability}`, message }]);
  });

  it.each([
    ['listening', 100, 99, 'must be a whole TCF Canada score from 100 to 699'],
    ['reading', 699, 700, 'must be a whole TCF Canada score from 100 to 699'],
    ['writing', 20, 21, 'must be a whole TCF Canada score from 0 to 20'],
    ['speaking', 0, -1, 'must be a whole TCF Canada score from 0 to 20'],
  ])('TCF %s: %i accepted, %i refused', (ability, inRange, outOfRange, message) => {
    const ok = { test: 'tcf_canada', ...base, listening: 400, reading: 400, writing: 10, speaking: 10, [ability]: inRange };
    expect(issuesOf(withTest(ok))).toEqual([]);
    expect(issuesOf(withTest({ ...ok, [ability]: outOfRange }))).toEqual([{ path: `languageTests[0].${ability}`, message }]);
  });

  it.each([
    [{ test: 'tef_canada', ...same(300) }, 'languageTests[0].scale', 'must be "current" (0-699 certificates) or "legacy" (Équivalence ancien score) for tef_canada'],
    [{ test: 'tef_canada', scale: 'new', ...same(300) }, 'languageTests[0].scale', 'must be "current" (0-699 certificates) or "legacy" (Équivalence ancien score) for tef_canada'],
    [{ test: 'ielts_general', scale: 'current', ...same(7) }, 'languageTests[0].scale', 'is only allowed for tef_canada'],
    [{ test: 'toefl', ...same(7) }, 'languageTests[0].test', 'must be one of: ielts_general, celpip_general, pte_core, tef_canada, tcf_canada, clb, nclc'],
  ])('%j -> %s: %s', (test, path, message) => {
    expect(issuesOf(withTest({ ...base, ...test }))).toEqual([{ path, message }]);
  });

  it.each([
    [{ expressEntry: { submittedAt: '2024-01-15T14:03:00Z' } }, []],
    [{ expressEntry: { submittedAt: '2024-01-15T09:03:00-05:00' } }, []],
    [
      { expressEntry: { submittedAt: '2024-01-15T14:03:00' } },
      [{ path: 'expressEntry.submittedAt', message: 'must be an ISO-8601 instant with a zone offset, e.g. 2024-01-15T14:03:00Z' }],
    ],
    [{ expressEntry: null }, []],
    [{ provincialNomination: { province: 'QC', nominatedOn: '2025-01-01' } }, [{ path: 'provincialNomination.province', message: 'must be one of: AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, SK, YT' }]],
    [{ dependentChildren: -1 }, [{ path: 'dependentChildren', message: 'must be a whole number from 0 to 30' }]],
    [{ proofOfFundsCad: -5 }, [{ path: 'proofOfFundsCad', message: 'must be an amount in CAD, 0 or more' }]],
    [{ maritalStatus: 'engaged' }, [{ path: 'maritalStatus', message: 'must be one of: single, married, common_law, divorced, separated, widowed, annulled' }]],
    [{ education: [credential('bachelors', { completedOn: '2015-13-01' })] }, [{ path: 'education[0].completedOn', message: 'must be a calendar date YYYY-MM-DD' }]],
    [{ version: 2 }, [{ path: 'version', message: 'must be 1 (interchange format version)' }]],
  ])('%j -> %j', (fields, issues) => {
    expect(issuesOf({ ...profile(), ...fields })).toEqual(issues);
  });

  it('refuses anything but an object at the root', () => {
    expect(issuesOf([clb(7)])).toEqual([{ path: '', message: 'must be a JSON object holding a profile' }]);
  });
});

describe('formatPath', () => {
  it.each([
    [['workHistory', 0, 'start'], 'workHistory[0].start'],
    [['spouse', 'languageTests', 1, 'reading'], 'spouse.languageTests[1].reading'],
    [[], ''],
  ])('%j -> %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('formatIssues', () => {
  it('lists every problem with its JSON path, in order', () => {
    const result = profileSchema.safeParse(profile({ workHistory: [job({ start: '2021-02-29' }), job({ hoursPerWeek: 0 })] }));
    expect(result.success).toBe(false);
    expect(formatIssues(result.error!)).toEqual([
      { path: 'workHistory[0].start', message: 'must be a calendar date YYYY-MM-DD' },
      { path: 'workHistory[1].hoursPerWeek', message: 'must be a number of paid hours per week from 1 to 168' },
    ]);
  });
});

describe('profileJsonSchema', () => {
  it('is a draft 2020-12 object schema with the contract fields', () => {
    expect(profileJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(profileJsonSchema.type).toBe('object');
    expect(profileJsonSchema.required).toEqual(['version', 'dateOfBirth', 'maritalStatus', 'dependentChildren', 'education', 'languageTests', 'workHistory']);
    expect(Object.keys(profileJsonSchema.properties ?? {})).toEqual([
      'version',
      'dateOfBirth',
      'maritalStatus',
      'spouse',
      'dependentChildren',
      'education',
      'languageTests',
      'firstOfficialLanguage',
      'workHistory',
      'certificateOfQualification',
      'jobOffer',
      'provincialNomination',
      'siblingInCanada',
      'relativeInCanada',
      'proofOfFundsCad',
      'expressEntry',
    ]);
  });

  it('carries the calendar-date format and the IELTS band step', () => {
    const text = JSON.stringify(profileJsonSchema);
    expect(text).toContain('"format":"date"');
    expect(text).toContain('"multipleOf":0.5');
  });
});

describe('futureFactIssues', () => {
  const today = '2026-12-04';

  it('names every fact dated after the day given', () => {
    const future = profile({
      dateOfBirth: '2026-12-05',
      maritalStatus: 'married',
      languageTests: [clb(9, 9, 9, 9, '2026-12-04'), clb(9, 9, 9, 9, '2027-01-10')],
      workHistory: [job({ start: '2027-02-01', end: null })],
      spouse: spouse({ languageTests: [clb(7, 7, 7, 7, '2026-12-31')] }),
      provincialNomination: { province: 'ON', nominatedOn: '2026-12-05' },
      expressEntry: { submittedAt: '2026-12-05T01:00:00Z' },
    });
    expect(futureFactIssues(future, today)).toEqual([
      { path: 'dateOfBirth', message: 'must not be after today' },
      { path: 'languageTests[1].date', message: 'must not be after today' },
      { path: 'workHistory[0].start', message: 'must not be after today' },
      { path: 'spouse.languageTests[0].date', message: 'must not be after today' },
      { path: 'provincialNomination.nominatedOn', message: 'must not be after today' },
      { path: 'expressEntry.submittedAt', message: 'must not be after today' },
    ]);
  });

  it('accepts facts dated on the day itself or before', () => {
    const present = profile({ languageTests: [clb(9, 9, 9, 9, today)], workHistory: [job({ start: today, end: null })], expressEntry: { submittedAt: `${today}T23:59:59Z` } });
    expect(futureFactIssues(present, today)).toEqual([]);
  });
});
