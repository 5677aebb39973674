import { describe, expect, it } from 'vitest';
import type { Profile } from '@/lib/schemas/profile';
import { clb, credential, job, nclc, profile, spouse } from '@/tests/unit/profiles';
import { addDays, addYears } from '../dates';
import { calculateCrs } from './calculate-crs';

const AS_OF = '2026-11-15';
const crs = (p: Profile, asOf = AS_OF) => calculateCrs(p, { asOf });
const married = (overrides: Parameters<typeof spouse>[0] = {}): Partial<Profile> => ({
  maritalStatus: 'married',
  spouse: spouse(overrides),
});
/** `years` years (and a week) of 30 h/week work up to the day before `asOf`. */
const work = (years: number, country: string, asOf = AS_OF, noc = '21232') =>
  years === 0 ? [] : [job({ noc, country, start: addDays(addYears(asOf, -years), -7), end: addDays(asOf, -1), hoursPerWeek: 30 })];

describe('calculateCrs', () => {
  describe('age (every row)', () => {
    it.each([
      [17, 0, 0],
      [18, 90, 99],
      [19, 95, 105],
      [20, 100, 110],
      [25, 100, 110],
      [29, 100, 110],
      [30, 95, 105],
      [31, 90, 99],
      [32, 85, 94],
      [33, 80, 88],
      [34, 75, 83],
      [35, 70, 77],
      [36, 65, 72],
      [37, 60, 66],
      [38, 55, 61],
      [39, 50, 55],
      [40, 45, 50],
      [41, 35, 39],
      [42, 25, 28],
      [43, 15, 17],
      [44, 5, 6],
      [45, 0, 0],
      [60, 0, 0],
    ])('age %i: %i with spouse, %i without', (age, withSpouse, single) => {
      const dateOfBirth = `${2026 - age}-06-15`;
      expect(crs(profile({ dateOfBirth, ...married() })).factors.age).toBe(withSpouse);
      expect(crs(profile({ dateOfBirth })).factors.age).toBe(single);
    });

    it.each([
      ['1996-11-16', 29, 110, 'the day before the 30th birthday'],
      ['1996-11-15', 30, 105, 'on the 30th birthday'],
      ['1996-02-29', 30, 105, 'born on Feb 29'],
    ])('born %s: age %i, %i points (%s)', (dateOfBirth, age, points) => {
      const result = crs(profile({ dateOfBirth }));
      expect(result.basis.age).toBe(age);
      expect(result.factors.age).toBe(points);
    });

    it('a Feb-29 birthday is reached on Mar 1 in a common year', () => {
      const p = profile({ dateOfBirth: '1997-02-28' });
      expect(crs({ ...p, dateOfBirth: '1996-02-29' }, '2026-02-28').factors.age).toBe(110);
      expect(crs({ ...p, dateOfBirth: '1996-02-29' }, '2026-03-01').factors.age).toBe(105);
    });
  });

  describe('level of education (every row)', () => {
    it.each([
      ['nothing', [], 0, 0],
      ['secondary', [credential('secondary')], 28, 30],
      ['one-year', [credential('one_year')], 84, 90],
      ['two-year', [credential('two_year')], 91, 98],
      ["bachelor's", [credential('bachelors')], 112, 120],
      ['three-year', [credential('three_year')], 112, 120],
      ['two or more, one of 3+ years', [credential('one_year'), credential('bachelors')], 119, 128],
      ["master's", [credential('masters')], 126, 135],
      ['professional', [credential('professional')], 126, 135],
      ['doctoral', [credential('doctoral')], 140, 150],
      ["secondary + bachelor's is not 'two or more'", [credential('secondary'), credential('bachelors')], 112, 120],
      ['two short credentials are not "two or more"', [credential('one_year'), credential('two_year')], 91, 98],
      ["master's beats two or more", [credential('bachelors'), credential('masters')], 126, 135],
      ['foreign without ECA counts for nothing', [credential('masters', { eca: false })], 0, 0],
      ['a Canadian credential needs no ECA', [credential('masters', { canadian: true, eca: false })], 126, 135],
      ['completed after the date: not yet', [credential('masters', { completedOn: '2026-11-16' })], 0, 0],
    ])('%s: %i with spouse, %i without', (_name, education, withSpouse, single) => {
      expect(crs(profile({ education, ...married() })).factors.education).toBe(withSpouse);
      expect(crs(profile({ education })).factors.education).toBe(single);
    });
  });

  describe('first official language (every row, per ability)', () => {
    it.each([
      [3, 0, 0],
      [4, 6, 6],
      [5, 6, 6],
      [6, 8, 9],
      [7, 16, 17],
      [8, 22, 23],
      [9, 29, 31],
      [10, 32, 34],
      [12, 32, 34],
    ])('CLB %i: %i with spouse, %i without, per ability', (level, withSpouse, single) => {
      const languageTests = [clb(level)];
      expect(crs(profile({ languageTests, ...married() })).factors.firstLanguage).toBe(4 * withSpouse);
      expect(crs(profile({ languageTests })).factors.firstLanguage).toBe(4 * single);
    });

    it('scores each ability separately', () => {
      expect(crs(profile({ languageTests: [clb(10, 9, 7, 4)] })).factors.firstLanguage).toBe(34 + 31 + 17 + 6);
    });
  });

  describe('second official language (every row, per ability, and the cap)', () => {
    it.each([
      [4, 0, 0],
      [5, 4, 4],
      [6, 4, 4],
      [7, 12, 12],
      [8, 12, 12],
      [9, 22, 24],
      [10, 22, 24],
    ])('NCLC %i on all four: %i with spouse (capped at 22), %i without', (level, withSpouse, single) => {
      const languageTests = [clb(10), nclc(level)];
      const p = profile({ languageTests, firstOfficialLanguage: 'english' });
      expect(crs({ ...p, ...married() }).factors.secondLanguage).toBe(withSpouse);
      expect(crs(p).factors.secondLanguage).toBe(single);
    });
  });

  describe('Canadian work experience (every row)', () => {
    it.each([
      [0, 0, 0],
      [1, 35, 40],
      [2, 46, 53],
      [3, 56, 64],
      [4, 63, 72],
      [5, 70, 80],
      [8, 70, 80],
    ])('%i years: %i with spouse, %i without', (years, withSpouse, single) => {
      const workHistory = work(years, 'CA');
      expect(crs(profile({ workHistory, ...married() })).factors.canadianWork).toBe(withSpouse);
      expect(crs(profile({ workHistory })).factors.canadianWork).toBe(single);
    });

    it.each([
      ['1 year 11 months is 1 year', [job({ start: '2024-12-01', end: '2026-10-31', hoursPerWeek: 40 })], 1],
      ['work over 10 years ago does not count', [job({ start: '2010-01-01', end: '2016-10-31' })], 0],
      ['self-employment does not count', work(3, 'CA').map((j) => ({ ...j, selfEmployed: true })), 0],
      ['work while a full-time student does not count', work(3, 'CA').map((j) => ({ ...j, fullTimeStudent: true })), 0],
      ['unauthorized work does not count', work(3, 'CA').map((j) => ({ ...j, authorized: false })), 0],
      ['TEER 4 work does not count', work(3, 'CA', AS_OF, '64100'), 0],
      ['unpaid work does not count', work(3, 'CA').map((j) => ({ ...j, paid: false })), 0],
      ['part-time 15 h/week for 2 years is 1 year', [job({ start: '2024-11-04', end: '2026-11-08', hoursPerWeek: 15 })], 1],
    ])('%s', (_name, workHistory, years) => {
      expect(crs(profile({ workHistory })).basis.canadianWorkYears).toBe(years);
    });

    it('before 2015-05-30 only full-time jobs counted', () => {
      const workHistory = [job({ start: '2011-01-03', end: '2015-01-31', hoursPerWeek: 20 })];
      expect(crs(profile({ workHistory }), '2015-05-29').basis.canadianWorkYears).toBe(0);
      expect(crs(profile({ workHistory }), '2015-05-30').basis.canadianWorkYears).toBe(2);
    });
  });

  describe('spouse factors (every row)', () => {
    it.each([
      ['nothing', [], 0],
      ['secondary', [credential('secondary')], 2],
      ['one-year', [credential('one_year')], 6],
      ['two-year', [credential('two_year')], 7],
      ["bachelor's", [credential('bachelors')], 8],
      ['two or more', [credential('two_year'), credential('bachelors')], 9],
      ["master's", [credential('masters')], 10],
      ['doctoral', [credential('doctoral')], 10],
    ])('education %s: %i', (_name, education, points) => {
      expect(crs(profile(married({ education }))).factors.spouseEducation).toBe(points);
    });

    it.each([
      [3, 0],
      [4, 0],
      [5, 1],
      [6, 1],
      [7, 3],
      [8, 3],
      [9, 5],
      [10, 5],
    ])('language CLB %i: %i per ability', (level, points) => {
      expect(crs(profile(married({ languageTests: [clb(level)] }))).factors.spouseLanguage).toBe(4 * points);
    });

    it.each([
      [0, 0],
      [1, 5],
      [2, 7],
      [3, 8],
      [4, 9],
      [5, 10],
      [7, 10],
    ])('Canadian work %i years: %i', (years, points) => {
      expect(crs(profile(married({ workHistory: work(years, 'CA') }))).factors.spouseCanadianWork).toBe(points);
    });

    it('the spouse section is at most 40', () => {
      const p = profile(married({ education: [credential('doctoral')], languageTests: [clb(10)], workHistory: work(6, 'CA') }));
      expect(crs(p).spouse).toBe(40);
    });
  });

  describe('skill transferability', () => {
    const education = { secondary: [credential('secondary')], bachelors: [credential('bachelors')], masters: [credential('masters')] };
    it.each([
      ['secondary', 9, 0],
      ['bachelors', 6, 0],
      ['bachelors', 7, 13],
      ['bachelors', 8, 13],
      ['bachelors', 9, 25],
      ['masters', 6, 0],
      ['masters', 7, 25],
      ['masters', 9, 50],
    ] as const)('education %s + CLB %i on all four: %i', (level, minClb, points) => {
      expect(crs(profile({ education: education[level], languageTests: [clb(minClb)] })).factors.educationLanguage).toBe(points);
    });

    it.each([
      ['secondary', 2, 0],
      ['bachelors', 0, 0],
      ['bachelors', 1, 13],
      ['bachelors', 2, 25],
      ['masters', 1, 25],
      ['masters', 3, 50],
    ] as const)('education %s + %i years Canadian work: %i', (level, years, points) => {
      expect(crs(profile({ education: education[level], workHistory: work(years, 'CA') })).factors.educationCanadianWork).toBe(points);
    });

    it.each([
      [0, 9, 0],
      [1, 6, 0],
      [1, 7, 13],
      [2, 9, 25],
      [3, 7, 25],
      [3, 9, 50],
    ])('%i years foreign work + CLB %i: %i', (years, minClb, points) => {
      const p = profile({ workHistory: work(years, 'IN'), languageTests: [clb(minClb)] });
      expect(crs(p).factors.foreignWorkLanguage).toBe(points);
    });

    it.each([
      [1, 0, 0],
      [1, 1, 13],
      [2, 2, 25],
      [3, 1, 25],
      [3, 2, 50],
    ])('%i years foreign work + %i years Canadian work: %i', (foreign, canadian, points) => {
      const p = profile({ workHistory: [...work(foreign, 'IN'), ...work(canadian, 'CA', AS_OF, '21231')] });
      expect(crs(p).factors.foreignWorkCanadianWork).toBe(points);
    });

    it('foreign work counts while a full-time student, but not self-employed (UNVERIFIED, conservative)', () => {
      const student = work(3, 'IN').map((j) => ({ ...j, fullTimeStudent: true }));
      const selfEmployed = work(3, 'IN').map((j) => ({ ...j, selfEmployed: true }));
      expect(crs(profile({ workHistory: student })).basis.foreignWorkYears).toBe(3);
      expect(crs(profile({ workHistory: selfEmployed })).basis.foreignWorkYears).toBe(0);
    });

    it.each([
      [4, 0],
      [5, 25],
      [6, 25],
      [7, 50],
      [10, 50],
    ])('certificate of qualification + CLB %i on all four: %i', (minClb, points) => {
      const p = profile({ certificateOfQualification: { trade: '72200', province: 'ON' }, languageTests: [clb(minClb)] });
      expect(crs(p).factors.certificateOfQualification).toBe(points);
    });

    it('caps each group at 50 and the section at 100', () => {
      const p = profile({
        education: education.masters,
        languageTests: [clb(10)],
        workHistory: [...work(3, 'IN'), ...work(2, 'CA', AS_OF, '21231')],
        certificateOfQualification: { trade: '72200', province: 'ON' },
      });
      const result = crs(p);
      expect(result.factors).toMatchObject({
        educationLanguage: 50,
        educationCanadianWork: 50,
        foreignWorkLanguage: 50,
        foreignWorkCanadianWork: 50,
        certificateOfQualification: 50,
      });
      expect(result.transferabilityGroups).toEqual({ education: 50, foreignWork: 50, certificateOfQualification: 50 });
      expect(result.transferability).toBe(100);
    });
  });

  describe('additional points', () => {
    const recent = (asOf: string) => addDays(asOf, -30);

    it.each([
      ['2026-11-15', 600],
      ['2026-11-16', 600],
      ['2026-11-14', 0],
    ])('provincial nomination of 2026-11-15, on %s: %i', (asOf, points) => {
      const p = profile({ provincialNomination: { province: 'ON', nominatedOn: '2026-11-15' } });
      expect(crs(p, asOf).factors.provincialNomination).toBe(points);
    });

    it.each([
      ['2016-11-18', '00013', 600],
      ['2016-11-18', '21232', 600],
      ['2016-11-19', '00013', 200],
      ['2016-11-19', '21232', 50],
      ['2025-03-24', '00013', 200],
      ['2025-03-24', '72200', 50],
      ['2025-03-25', '00013', 0],
      ['2025-03-25', '21232', 0],
      ['2026-11-15', '00013', 0],
      ['2024-01-01', '64100', 0],
    ])('arranged employment on %s, NOC %s: %i', (asOf, noc, points) => {
      const p = profile({ jobOffer: { noc, lmiaOrExempt: true, startedOn: null } });
      expect(crs(p, asOf).factors.arrangedEmployment).toBe(points);
    });

    it('an offer without LMIA or exemption earns nothing', () => {
      expect(crs(profile({ jobOffer: { noc: '00013', lmiaOrExempt: false } }), '2024-01-01').factors.arrangedEmployment).toBe(0);
    });

    it.each([
      ['2017-06-05', 0, 0],
      ['2017-06-06', 15, 30],
      ['2020-10-26', 15, 30],
      ['2020-10-27', 25, 50],
      ['2026-11-15', 25, 50],
    ])('French bonus on %s: %i French-only, %i bilingual', (asOf, frenchOnly, bilingual) => {
      const french = nclc(7, 7, 7, 7, recent(asOf));
      expect(crs(profile({ languageTests: [french] }), asOf).factors.frenchLanguage).toBe(frenchOnly);
      expect(crs(profile({ languageTests: [french, clb(5, 5, 5, 5, recent(asOf))] }), asOf).factors.frenchLanguage).toBe(bilingual);
    });

    it.each([
      ['English CLB 4 on one ability: the French-only 25', [nclc(7), clb(9, 9, 9, 4)], 25],
      ['French NCLC 6 on one ability: nothing', [nclc(7, 7, 7, 6), clb(9)], 0],
      ['an expired French test: nothing', [nclc(9, 9, 9, 9, '2024-11-15'), clb(9)], 0],
    ])('%s', (_name, languageTests, points) => {
      expect(crs(profile({ languageTests })).factors.frenchLanguage).toBe(points);
    });

    it.each([
      ['2017-06-05', 0],
      ['2017-06-06', 15],
    ])('sibling in Canada on %s: %i', (asOf, points) => {
      expect(crs(profile({ siblingInCanada: true }), asOf).factors.sibling).toBe(points);
    });

    it.each([
      ['2016-11-18', 'bachelors', 0],
      ['2016-11-19', 'secondary', 0],
      ['2016-11-19', 'one_year', 15],
      ['2016-11-19', 'two_year', 15],
      ['2016-11-19', 'bachelors', 30],
      ['2016-11-19', 'three_year', 30],
      ['2016-11-19', 'masters', 30],
      ['2016-11-19', 'professional', 30],
      ['2016-11-19', 'doctoral', 30],
    ] as const)('Canadian education on %s, %s: %i', (asOf, level, points) => {
      const p = profile({ education: [credential(level, { canadian: true, eca: false, completedOn: '2014-06-30' })] });
      expect(crs(p, asOf).factors.canadianEducation).toBe(points);
    });

    it('only the best Canadian credential counts', () => {
      const education = [credential('one_year', { canadian: true }), credential('masters', { canadian: true })];
      expect(crs(profile({ education })).factors.canadianEducation).toBe(30);
    });
  });

  describe('public-calculator mistakes (crs-and-programs.md)', () => {
    it("1. a single bachelor's or two-year credential gets the lower transferability tier", () => {
      for (const level of ['bachelors', 'two_year'] as const) {
        const result = crs(profile({ education: [credential(level)], languageTests: [clb(9)], workHistory: work(2, 'CA') }));
        expect(result.factors.educationLanguage).toBe(25);
        expect(result.factors.educationCanadianWork).toBe(25);
      }
    });

    it('2. thresholds use the lowest ability, not the average', () => {
      const result = crs(profile({ education: [credential('masters')], languageTests: [clb(10, 10, 10, 7)] }));
      expect(result.factors.educationLanguage).toBe(25);
      expect(result.factors.firstLanguage).toBe(34 * 3 + 17);
    });

    it('3. additional points are capped at 600', () => {
      const p = profile({
        provincialNomination: { province: 'ON', nominatedOn: '2026-01-10' },
        languageTests: [nclc(9), clb(9)],
        siblingInCanada: true,
        education: [credential('masters', { canadian: true })],
      });
      const result = crs(p);
      expect(result.factors.provincialNomination + result.factors.frenchLanguage + result.factors.sibling + result.factors.canadianEducation).toBe(695);
      expect(result.additional).toBe(600);
    });

    it('4. no job-offer points since 2025-03-25', () => {
      const p = profile({ jobOffer: { noc: '00012', lmiaOrExempt: true, startedOn: '2024-01-01' } });
      expect(crs(p).factors.arrangedEmployment).toBe(0);
      expect(crs(p).additional).toBe(0);
    });

    it('5. the 22-point second-language cap applies only with a spouse', () => {
      const languageTests = [clb(9), nclc(9)];
      expect(crs(profile({ languageTests, firstOfficialLanguage: 'english' })).factors.secondLanguage).toBe(24);
      expect(crs(profile({ languageTests, firstOfficialLanguage: 'english', ...married() })).factors.secondLanguage).toBe(22);
    });

    it.each([
      ['not accompanying', { accompanying: false }, false, 110],
      ['a Canadian citizen or PR', { canadianCitizenOrPR: true }, false, 110],
      ['accompanying, not Canadian', {}, true, 100],
    ])('6. a spouse %s: with-spouse tables = %s', (_name, overrides, withSpouse, age) => {
      const result = crs(profile({ dateOfBirth: '2000-01-01', ...married({ education: [credential('masters')], ...overrides }) }));
      expect(result.withSpouse).toBe(withSpouse);
      expect(result.factors.age).toBe(age);
      expect(result.spouse).toBe(withSpouse ? 10 : 0);
    });

    it('6. divorced with a spouse object left in: scored as single', () => {
      const result = crs(profile({ maritalStatus: 'divorced', spouse: spouse({ education: [credential('masters')] }) }));
      expect(result.withSpouse).toBe(false);
      expect(result.spouse).toBe(0);
    });

    it('7. certificate of qualification thresholds are CLB 5 and 7', () => {
      const coq = { trade: '72200', province: 'ON' as const };
      expect(crs(profile({ certificateOfQualification: coq, languageTests: [clb(5)] })).factors.certificateOfQualification).toBe(25);
      expect(crs(profile({ certificateOfQualification: coq, languageTests: [clb(7)] })).factors.certificateOfQualification).toBe(50);
    });

    it("8. the French bonus reads the French results, whichever language is first", () => {
      const englishFirst = crs(profile({ languageTests: [clb(10), nclc(6)], firstOfficialLanguage: 'english' }));
      expect(englishFirst.factors.frenchLanguage).toBe(0);
      const frenchFirst = crs(profile({ languageTests: [nclc(8), clb(6)], firstOfficialLanguage: 'french' }));
      expect(frenchFirst.factors.frenchLanguage).toBe(50);
      const englishStrongFrenchFirst = crs(profile({ languageTests: [nclc(7), clb(10)], firstOfficialLanguage: 'french' }));
      expect(englishStrongFrenchFirst.factors.frenchLanguage).toBe(50);
    });
  });

  describe('first and second official language', () => {
    it('without a choice, the assignment scoring more is used', () => {
      const result = crs(profile({ languageTests: [clb(7), nclc(10)] }));
      expect(result.clb.first?.language).toBe('french');
      expect(result.clb.second?.language).toBe('english');
      expect(result.factors.firstLanguage).toBe(4 * 34);
      expect(result.factors.secondLanguage).toBe(4 * 3);
    });

    it('the named first official language is used even when it scores less', () => {
      const result = crs(profile({ languageTests: [clb(7), nclc(10)], firstOfficialLanguage: 'english' }));
      expect(result.clb.first).toEqual({ language: 'english', test: 'clb', date: '2026-01-10', listening: 7, reading: 7, writing: 7, speaking: 7 });
      expect(result.factors.firstLanguage).toBe(4 * 17);
      expect(result.factors.secondLanguage).toBe(4 * 6);
    });

    it('an expired test scores nothing', () => {
      const result = crs(profile({ languageTests: [clb(10, 10, 10, 10, '2024-11-15')] }));
      expect(result.clb).toEqual({ first: null, second: null });
      expect(result.factors.firstLanguage).toBe(0);
    });
  });

  describe('totals', () => {
    it('reaches the 1,200 maximum and no more', () => {
      const p = profile({
        dateOfBirth: '2000-01-01',
        education: [credential('doctoral', { canadian: true })],
        languageTests: [clb(10), nclc(10)],
        firstOfficialLanguage: 'english',
        workHistory: [...work(6, 'CA'), ...work(3, 'IN', AS_OF, '21231')],
        certificateOfQualification: { trade: '72200', province: 'ON' },
        provincialNomination: { province: 'ON', nominatedOn: '2026-01-10' },
        siblingInCanada: true,
      });
      expect(crs(p)).toMatchObject({ total: 1200, core: 500, spouse: 0, transferability: 100, additional: 600 });
    });

    it('reports the rule set in force', () => {
      expect(crs(profile()).rules).toBe('2026-02-18');
      expect(crs(profile(), '2023-12-08').rules).toBe('2023-05-31');
    });
  });
});
