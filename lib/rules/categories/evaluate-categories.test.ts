import { describe, expect, it } from 'vitest';
import type { Profile } from '@/lib/schemas/profile';
import { clb, job, nclc, profile } from '@/tests/unit/profiles';
import { categoriesInForce, categoryVersionOn, experienceRuleOn, CATEGORY_IDS } from './catalog';
import { evaluateCategories } from './evaluate-categories';

const categories = (p: Profile, asOf: string) => evaluateCategories(p, { asOf });
const worker = (workHistory: Profile['workHistory'], overrides: Partial<Profile> = {}) =>
  profile({ languageTests: [clb(9, 9, 9, 9, '2023-06-01')], workHistory, ...overrides });

describe('CATEGORY_IDS', () => {
  it('lists every category of categories.json, STEM first', () => {
    expect(CATEGORY_IDS).toEqual([
      'stem',
      'healthcare',
      'trade',
      'transport',
      'agriculture',
      'education',
      'french',
      'physicians_cdn',
      'senior_managers_cdn',
      'researchers_cdn',
      'military',
    ]);
  });
});

describe('categoryVersionOn', () => {
  it.each([
    ['stem', '2023-05-30', null, null],
    ['stem', '2023-05-31', 'Version 1', 24],
    ['stem', '2025-02-26', 'Version 1', 24],
    ['stem', '2025-02-27', '2025', 11],
    ['stem', '2026-02-18', '2026', 11],
    ['transport', '2025-06-01', null, null],
    ['transport', '2026-02-18', '2026-Version 2', 4],
    ['agriculture', '2026-02-17', '2025', 1],
    ['agriculture', '2026-02-18', null, null],
    ['french', '2026-02-05', 'Version 1', 0],
    ['french', '2026-02-06', '2026-Version 2', 0],
    ['physicians_cdn', '2025-12-07', null, null],
    ['physicians_cdn', '2025-12-08', '2026-Version 1', 3],
  ] as const)('%s on %s: %s (%s occupations)', (category, date, label, count) => {
    const version = categoryVersionOn(category, date);
    expect(version?.label ?? null).toBe(label);
    expect(version === null ? null : version.occupations.size).toBe(count);
  });

  it.each([
    ['stem', '2026-02-17', 'occupational-6m-continuous'],
    ['stem', '2026-02-18', 'occupational-12m-noncontinuous'],
    ['physicians_cdn', '2026-02-18', 'physicians-12m-continuous-canada'],
    ['french', '2026-02-18', null],
  ] as const)('%s on %s carries the experience rule of that date: %s', (category, date, rule) => {
    expect(categoryVersionOn(category, date)?.rule?.id ?? null).toBe(rule);
  });

  it('has 21232 (software developers) on the 2023 STEM list only', () => {
    expect(categoryVersionOn('stem', '2023-12-08')?.occupations.has('21232')).toBe(true);
    expect(categoryVersionOn('stem', '2025-02-27')?.occupations.has('21232')).toBe(false);
    expect(categoryVersionOn('stem', '2026-11-15')?.occupations.has('21232')).toBe(false);
    expect(categoryVersionOn('stem', '2025-02-27')?.occupations.has('21301')).toBe(true);
  });
});

describe('categoriesInForce', () => {
  it.each([
    ['2023-05-30', []],
    ['2023-12-08', ['stem', 'healthcare', 'trade', 'transport', 'agriculture', 'french']],
    ['2025-06-01', ['stem', 'healthcare', 'trade', 'agriculture', 'education', 'french']],
    ['2026-01-01', ['stem', 'healthcare', 'trade', 'agriculture', 'education', 'french', 'physicians_cdn']],
    [
      '2026-11-15',
      ['stem', 'healthcare', 'trade', 'transport', 'education', 'french', 'physicians_cdn', 'senior_managers_cdn', 'researchers_cdn', 'military'],
    ],
  ])('on %s: %j', (date, ids) => {
    expect(categoriesInForce(date).map((version) => version.category)).toEqual(ids);
  });
});

describe('experienceRuleOn', () => {
  it.each([
    ['stem', '2023-05-30', null],
    ['stem', '2026-02-17', { id: 'occupational-6m-continuous', minHours: 780, continuous: true, windowYears: 3, canadaOnly: false }],
    ['stem', '2026-02-18', { id: 'occupational-12m-noncontinuous', minHours: 1560, continuous: false, windowYears: 3, canadaOnly: false }],
    ['senior_managers_cdn', '2026-03-05', { id: 'occupational-12m-noncontinuous', minHours: 1560, continuous: false, windowYears: 3, canadaOnly: true }],
    ['physicians_cdn', '2026-01-10', { id: 'physicians-12m-continuous-canada', minHours: 1560, continuous: true, windowYears: 3, canadaOnly: true }],
    ['physicians_cdn', '2026-03-10', { id: 'physicians-12m-continuous-canada', minHours: 1560, continuous: true, windowYears: 3, canadaOnly: true }],
  ] as const)('%s on %s: %j', (category, date, rule) => {
    expect(experienceRuleOn(category, date)).toEqual(rule);
  });
});

describe('evaluateCategories', () => {
  it('returns every category in force, keyed by id, STEM first', () => {
    expect(Object.keys(categories(profile(), '2023-12-08'))).toEqual(['stem', 'healthcare', 'trade', 'transport', 'agriculture', 'french']);
  });

  describe('STEM list versions', () => {
    const developer = worker([job({ noc: '21232', start: '2022-10-03', end: null })]);

    it('a software developer (21232) was in STEM on the 2023 list', () => {
      expect(categories(developer, '2023-12-08').stem).toEqual({
        eligible: true,
        noc: '21232',
        months: 14,
        version: 'Version 1',
        rule: 'occupational-6m-continuous',
        reasons: [],
      });
    });

    it('and is not from 2025-02-27, when 21232 left the list', () => {
      expect(categories(developer, '2025-02-26').stem?.eligible).toBe(true);
      expect(categories(developer, '2025-02-27').stem).toEqual({
        eligible: false,
        noc: null,
        months: 0,
        version: '2025',
        rule: 'occupational-6m-continuous',
        reasons: ['CATEGORY_NOC_NOT_ON_LIST'],
      });
    });
  });

  describe('the 2026-02-18 rule change', () => {
    const engineer = (workHistory: Profile['workHistory']) => worker(workHistory);

    it('8 continuous months: enough until 2026-02-17, not from 2026-02-18', () => {
      const p = engineer([job({ noc: '21300', start: '2025-06-02', end: '2026-02-01' })]);
      expect(categories(p, '2026-02-17').stem).toMatchObject({ eligible: true, months: 8, rule: 'occupational-6m-continuous' });
      expect(categories(p, '2026-02-18').stem).toMatchObject({
        eligible: false,
        noc: '21300',
        months: 8,
        rule: 'occupational-12m-noncontinuous',
        reasons: ['CATEGORY_EXPERIENCE_UNDER_12_MONTHS'],
      });
    });

    it('two 30-week runs with a gap: each enough before, together enough after', () => {
      const p = engineer([
        job({ noc: '21300', start: '2024-01-01', end: '2024-07-28' }),
        job({ noc: '21300', start: '2025-01-06', end: '2025-08-03' }),
      ]);
      expect(categories(p, '2025-10-01').stem).toMatchObject({ eligible: true, months: 6 });
      const twoHalves = engineer([
        job({ noc: '21300', start: '2024-01-01', end: '2024-04-28' }),
        job({ noc: '21300', start: '2025-01-06', end: '2025-05-04' }),
      ]);
      expect(categories(twoHalves, '2025-10-01').stem).toMatchObject({ eligible: false, months: 3, reasons: ['CATEGORY_EXPERIENCE_NOT_CONTINUOUS'] });
      expect(categories(p, '2026-03-01').stem).toMatchObject({ eligible: true, months: 13, reasons: [] });
    });

    it('5 continuous months: under 6 months', () => {
      const p = engineer([job({ noc: '21300', start: '2025-06-02', end: '2025-11-02' })]);
      expect(categories(p, '2025-12-01').stem?.reasons).toEqual(['CATEGORY_EXPERIENCE_UNDER_6_MONTHS']);
    });

    it('30 weeks in each of two listed occupations are not added', () => {
      const p = engineer([
        job({ noc: '21300', start: '2025-01-06', end: '2025-08-03' }),
        job({ noc: '21310', start: '2025-08-04', end: '2026-03-01' }),
      ]);
      expect(categories(p, '2026-03-02').stem).toMatchObject({ eligible: false, months: 6, reasons: ['CATEGORY_EXPERIENCE_UNDER_12_MONTHS'] });
    });

    it('only the 3 years before the date count', () => {
      const p = engineer([job({ noc: '21300', start: '2021-01-04', end: '2023-01-01' })]);
      expect(categories(p, '2026-03-02').stem).toMatchObject({ eligible: false, months: 0, reasons: ['CATEGORY_EXPERIENCE_UNDER_12_MONTHS'] });
    });

    it('self-employment and work while a full-time student do not count (UNVERIFIED, conservative)', () => {
      const p = engineer([job({ noc: '21300', start: '2024-01-01', end: null, selfEmployed: true })]);
      expect(categories(p, '2026-03-02').stem?.eligible).toBe(false);
      const q = engineer([job({ noc: '21300', start: '2024-01-01', end: null, fullTimeStudent: true })]);
      expect(categories(q, '2026-03-02').stem?.eligible).toBe(false);
    });
  });

  describe('categories with Canadian work experience', () => {
    it.each([
      ['senior manager abroad', [job({ noc: '00012', country: 'GB', start: '2023-01-02', end: null })], ['CATEGORY_CANADIAN_EXPERIENCE_REQUIRED']],
      ['senior manager in Canada', [job({ noc: '00012', start: '2025-01-06', end: null })], []],
    ])('%s: %j', (_name, workHistory, reasons) => {
      expect(categories(worker(workHistory), '2026-11-15').senior_managers_cdn?.reasons).toEqual(reasons);
    });

    it('physicians need 12 continuous months in Canada (UNVERIFIED)', () => {
      const continuous = worker([job({ noc: '31102', start: '2025-01-06', end: null })]);
      const broken = worker([job({ noc: '31102', start: '2024-06-03', end: '2025-01-05' }), job({ noc: '31102', start: '2025-02-03', end: '2025-09-28' })]);
      expect(categories(continuous, '2026-03-01').physicians_cdn?.eligible).toBe(true);
      expect(categories(broken, '2026-03-01').physicians_cdn?.reasons).toEqual(['CATEGORY_EXPERIENCE_NOT_CONTINUOUS']);
    });
  });

  describe('French-language proficiency', () => {
    it.each([
      ['NCLC 7 on all four', [nclc(7)], true, []],
      ['NCLC 6 on one ability', [nclc(7, 7, 6, 7)], false, ['CATEGORY_FRENCH_BELOW_NCLC7']],
      ['English only', [clb(10)], false, ['CATEGORY_FRENCH_BELOW_NCLC7']],
      ['an expired French test', [nclc(9, 9, 9, 9, '2024-01-10')], false, ['LANGUAGE_TEST_EXPIRED', 'CATEGORY_FRENCH_BELOW_NCLC7']],
    ])('%s: %s', (_name, languageTests, eligible, reasons) => {
      expect(categories(profile({ languageTests }), '2026-06-01').french).toEqual({
        eligible,
        noc: null,
        months: null,
        version: '2026-Version 2',
        rule: null,
        reasons,
      });
    });
  });

  describe('skilled military recruits', () => {
    const recruit = (jobOffer: Profile['jobOffer']) => worker([job({ noc: '40042', country: 'GB', start: '2020-01-06', end: null })], { jobOffer });

    it('needs a Canadian Armed Forces offer in a listed occupation', () => {
      expect(categories(recruit({ noc: '40042', lmiaOrExempt: true }), '2026-08-01').military).toMatchObject({ eligible: true, noc: '40042', reasons: [] });
      expect(categories(recruit(null), '2026-08-01').military?.reasons).toEqual(['CATEGORY_NO_CAF_JOB_OFFER']);
    });
  });
});
