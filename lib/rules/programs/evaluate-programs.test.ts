import { describe, expect, it } from 'vitest';
import type { Profile } from '@/lib/schemas/profile';
import { clb, credential, job, nclc, profile, spouse } from '@/tests/unit/profiles';
import { addDays, addYears } from '../dates';
import { evaluatePrograms } from './evaluate-programs';
import { fundsRequired } from './proof-of-funds';

const AS_OF = '2026-11-15';
const programs = (p: Profile, asOf = AS_OF) => evaluatePrograms(p, { asOf });
/** `years` years (and a week) of 30 h/week work up to the day before AS_OF. */
const work = (years: number, overrides: Parameters<typeof job>[0] = {}) => [
  job({ start: addDays(addYears(AS_OF, -years), -7), end: addDays(AS_OF, -1), hoursPerWeek: 30, ...overrides }),
];

/** Eligible for FSW: age 30 (12), master's (23), CLB 9 (24), 3 years abroad (11) = 70; funds shown. */
const fswBase = (overrides: Partial<Profile> = {}) =>
  profile({
    dateOfBirth: '1996-06-15',
    education: [credential('masters')],
    languageTests: [clb(9)],
    workHistory: work(3, { country: 'IN' }),
    proofOfFundsCad: 20000,
    ...overrides,
  });

describe('evaluatePrograms', () => {
  describe('FSW', () => {
    it('a candidate meeting every minimum with 70 points is eligible', () => {
      const { fsw } = programs(fswBase());
      expect(fsw).toMatchObject({
        eligible: true,
        points: 70,
        grid: { language: 24, education: 23, experience: 11, age: 12, arrangedEmployment: 0, adaptability: 0 },
        noc: '21232',
        experienceYears: 3,
        funds: { familySize: 1, required: 15263, problem: null },
        reasons: [],
      });
    });

    it.each([
      [7, 4],
      [8, 5],
      [9, 6],
      [10, 6],
    ])('first language CLB %i: %i points per ability', (level, points) => {
      expect(programs(fswBase({ languageTests: [clb(level)] })).fsw.grid.language).toBe(4 * points);
    });

    it('first language below CLB 7 on one ability: not eligible', () => {
      const { fsw } = programs(fswBase({ languageTests: [clb(9, 9, 9, 6)] }));
      expect(fsw.eligible).toBe(false);
      expect(fsw.reasons).toContain('FSW_LANGUAGE_BELOW_CLB7');
      expect(fsw.grid.language).toBe(0);
    });

    it.each([
      [5, 4],
      [4, 0],
    ])('second language NCLC %i on all four: %i points', (level, points) => {
      const p = fswBase({ languageTests: [clb(9), nclc(level)], firstOfficialLanguage: 'english' });
      expect(programs(p).fsw.grid.language).toBe(24 + points);
    });

    it.each([
      ['secondary', [credential('secondary')], 5],
      ['one-year', [credential('one_year')], 15],
      ['two-year', [credential('two_year')], 19],
      ["bachelor's", [credential('bachelors')], 21],
      ['three-year', [credential('three_year')], 21],
      ['two or more, one of 3+ years', [credential('two_year'), credential('bachelors')], 22],
      ["master's", [credential('masters')], 23],
      ['professional', [credential('professional')], 23],
      ['doctoral', [credential('doctoral')], 25],
    ])('education %s: %i points', (_name, education, points) => {
      expect(programs(fswBase({ education })).fsw.grid.education).toBe(points);
    });

    it('a foreign credential without ECA: not eligible', () => {
      const { fsw } = programs(fswBase({ education: [credential('masters', { eca: false })] }));
      expect(fsw.reasons).toContain('FSW_EDUCATION_NOT_ASSESSED');
      expect(fsw.grid.education).toBe(0);
    });

    it.each([
      [1, 9],
      [2, 11],
      [3, 11],
      [4, 13],
      [5, 13],
      [6, 15],
      [9, 15],
    ])('9. experience brackets are kept apart: %i years -> %i points', (years, points) => {
      expect(programs(fswBase({ workHistory: work(years, { country: 'IN' }) })).fsw.grid.experience).toBe(points);
    });

    it.each([
      [17, 0],
      [18, 12],
      [35, 12],
      [36, 11],
      [37, 10],
      [38, 9],
      [39, 8],
      [40, 7],
      [41, 6],
      [42, 5],
      [43, 4],
      [44, 3],
      [45, 2],
      [46, 1],
      [47, 0],
    ])('9. age brackets are kept apart: %i -> %i points', (age, points) => {
      expect(programs(fswBase({ dateOfBirth: `${2026 - age}-06-15` })).fsw.grid.age).toBe(points);
    });

    it.each([
      ['two 7-month jobs in different occupations', [job({ noc: '21231', start: '2025-01-06', end: '2025-08-03' }), job({ start: '2025-08-04', end: '2026-03-01' })]],
      ['a year with a one-day gap', [job({ start: '2025-01-06', end: '2025-07-06' }), job({ start: '2025-07-08', end: '2026-01-11' })]],
      ['self-employed (UNVERIFIED, conservative)', work(3, { country: 'IN', selfEmployed: true })],
      ['TEER 4', work(3, { country: 'IN', noc: '64100' })],
      ['more than 10 years ago', [job({ country: 'IN', start: '2012-01-02', end: '2016-01-03' })]],
    ])('no continuous skilled year: %s', (_name, workHistory) => {
      const { fsw } = programs(fswBase({ workHistory }));
      expect(fsw.reasons).toContain('FSW_WORK_EXPERIENCE_UNDER_1_YEAR');
      expect(fsw.eligible).toBe(false);
    });

    it('work while a full-time student counts for FSW', () => {
      expect(programs(fswBase({ workHistory: work(3, { country: 'IN', fullTimeStudent: true }) })).fsw.eligible).toBe(true);
    });

    it('part-time continuous work reaching 1,560 h is a year', () => {
      const workHistory = [job({ country: 'IN', start: '2024-11-04', end: '2026-11-08', hoursPerWeek: 15 })];
      expect(programs(fswBase({ workHistory })).fsw.experienceYears).toBe(1);
    });

    it('below 67 points: not eligible', () => {
      const { fsw } = programs(fswBase({ dateOfBirth: '1980-01-01', languageTests: [clb(7)] }));
      expect(fsw.points).toBe(16 + 23 + 11 + 1);
      expect(fsw.reasons).toEqual(['FSW_POINTS_BELOW_67']);
    });

    it('arranged employment: 10 points plus 5 for adaptability', () => {
      const { fsw } = programs(fswBase({ jobOffer: { noc: '21232', lmiaOrExempt: true } }));
      expect(fsw.grid.arrangedEmployment).toBe(10);
      expect(fsw.grid.adaptability).toBe(5);
    });

    it.each([
      ['spouse CLB 4 on all four', { spouse: spouse({ languageTests: [clb(4)] }), maritalStatus: 'married' }, 5],
      ['spouse CLB 3 on one ability', { spouse: spouse({ languageTests: [clb(4, 4, 4, 3)] }), maritalStatus: 'married' }, 0],
      ['own two-year study in Canada', { education: [credential('masters'), credential('two_year', { canadian: true })] }, 5],
      ["own master's in Canada (may be one year: UNVERIFIED)", { education: [credential('masters', { canadian: true })] }, 0],
      ['spouse study in Canada', { spouse: spouse({ education: [credential('bachelors', { canadian: true })] }), maritalStatus: 'married' }, 5],
      ['own year of full-time skilled work in Canada', { workHistory: [...work(3, { country: 'IN' }), ...work(1, { noc: '21231' })] }, 10],
      ['own part-time work in Canada does not count', { workHistory: [...work(3, { country: 'IN' }), ...work(2, { noc: '21231', hoursPerWeek: 20 })] }, 0],
      ['spouse year of full-time work in Canada', { spouse: spouse({ workHistory: work(1, { noc: '65100' }) }), maritalStatus: 'married' }, 5],
      ['a relative in Canada', { relativeInCanada: true }, 5],
      ['a sibling is a relative', { siblingInCanada: true }, 5],
      ['several elements are capped at 10', { relativeInCanada: true, education: [credential('masters'), credential('two_year', { canadian: true })], jobOffer: { noc: '21232', lmiaOrExempt: true } }, 10],
    ] as const)('adaptability, %s: %i', (_name, overrides, points) => {
      expect(programs(fswBase(overrides as Partial<Profile>)).fsw.grid.adaptability).toBe(points);
    });

    it.each([
      [null, 'FSW_PROOF_OF_FUNDS_UNKNOWN'],
      [15262, 'FSW_PROOF_OF_FUNDS_INSUFFICIENT'],
    ] as const)('funds %s: %s', (proofOfFundsCad, reason) => {
      const { fsw } = programs(fswBase({ proofOfFundsCad }));
      expect(fsw.reasons).toEqual([reason]);
    });

    it('a spouse (even a Canadian one) and children count in the family size', () => {
      const p = fswBase({ maritalStatus: 'married', spouse: spouse({ canadianCitizenOrPR: true }), dependentChildren: 2, proofOfFundsCad: 28362 });
      expect(programs(p).fsw.funds).toEqual({ familySize: 4, required: 28362, problem: null });
    });

    it('no funds needed when working in Canada with a job offer', () => {
      const p = fswBase({ workHistory: [...work(3, { country: 'IN' }), job({ start: '2026-06-01', noc: '21231' })], jobOffer: { noc: '21232', lmiaOrExempt: true }, proofOfFundsCad: null });
      expect(programs(p).fsw.funds).toEqual({ familySize: 1, required: null, problem: null });
      expect(programs(p).fsw.eligible).toBe(true);
    });

    it('an expired language test: the generic reason', () => {
      expect(programs(fswBase({ languageTests: [clb(9, 9, 9, 9, '2024-11-15')] })).fsw.reasons).toContain('LANGUAGE_TEST_EXPIRED');
    });
  });

  describe('CEC', () => {
    const cecBase = (overrides: Partial<Profile> = {}) => profile({ languageTests: [clb(7)], workHistory: work(1), ...overrides });

    it('a year of skilled Canadian work (TEER 1) with CLB 7: eligible, no funds needed', () => {
      expect(programs(cecBase()).cec).toEqual({ eligible: true, canadianHours: 1594, requiredClb: 7, requiredHours: 1560, windowYears: 3, reasons: [] });
    });

    it.each([
      ['TEER 1 work with CLB 6', { languageTests: [clb(6)] }, ['CEC_LANGUAGE_BELOW_CLB7']],
      ['TEER 3 work with CLB 5', { languageTests: [clb(5)], workHistory: work(1, { noc: '63100' }) }, []],
      ['TEER 2 work with CLB 4 on one ability', { languageTests: [clb(5, 5, 5, 4)], workHistory: work(1, { noc: '72200' }) }, ['CEC_LANGUAGE_BELOW_CLB5']],
      [
        'TEER 1 + TEER 3 hours needed together with CLB 5 (UNVERIFIED: needs CLB 7)',
        { languageTests: [clb(5)], workHistory: [job({ start: '2025-06-02', end: '2025-12-31', hoursPerWeek: 30 }), job({ noc: '63100', start: '2026-01-01', end: '2026-11-14', hoursPerWeek: 30 })] },
        ['CEC_LANGUAGE_BELOW_CLB7'],
      ],
      ['NCLC 7 in French satisfies the language rule', { languageTests: [nclc(7)] }, []],
      ['foreign work does not count', { workHistory: work(3, { country: 'IN' }) }, ['CEC_CANADIAN_EXPERIENCE_UNDER_1_YEAR']],
      ['self-employment does not count', { workHistory: work(2, { selfEmployed: true }) }, ['CEC_CANADIAN_EXPERIENCE_UNDER_1_YEAR']],
      ['work while a full-time student does not count', { workHistory: work(2, { fullTimeStudent: true }) }, ['CEC_CANADIAN_EXPERIENCE_UNDER_1_YEAR']],
      ['unauthorized work does not count', { workHistory: work(2, { authorized: false }) }, ['CEC_CANADIAN_EXPERIENCE_UNDER_1_YEAR']],
      ['work more than 3 years ago does not count', { workHistory: [job({ start: '2020-01-06', end: '2023-11-01' })] }, ['CEC_CANADIAN_EXPERIENCE_UNDER_1_YEAR']],
      ['part-time work adds up: 15 h for 2 years', { workHistory: [job({ start: '2024-11-04', end: '2026-11-08', hoursPerWeek: 15 })] }, []],
      ['no language test', { languageTests: [] }, ['LANGUAGE_TEST_MISSING']],
    ] as const)('%s: %j', (_name, overrides, reasons) => {
      expect(programs(cecBase(overrides as Partial<Profile>)).cec.reasons).toEqual(reasons);
    });
  });

  describe('FST', () => {
    const trades = (overrides: Partial<Profile> = {}) =>
      profile({
        languageTests: [clb(5, 4, 4, 5)],
        workHistory: work(2, { noc: '72200', country: 'IN' }),
        certificateOfQualification: { trade: '72200', province: 'ON' },
        proofOfFundsCad: 16000,
        ...overrides,
      });

    it('2 years in a trade, a certificate and CLB 5/4/4/5: eligible', () => {
      expect(programs(trades()).fst).toMatchObject({ eligible: true, noc: '72200', tradeHours: 3158, requiredHours: 3120, windowYears: 5, reasons: [] });
    });

    it.each([
      ['speaking CLB 4', { languageTests: [clb(5, 4, 4, 4)] }, ['FST_LANGUAGE_BELOW_MINIMUM']],
      ['reading CLB 3', { languageTests: [clb(5, 3, 4, 5)] }, ['FST_LANGUAGE_BELOW_MINIMUM']],
      ['no trade work', { workHistory: work(3, { country: 'IN' }) }, ['FST_NO_TRADE_EXPERIENCE']],
      ['726 is excluded from major group 72', { workHistory: work(3, { noc: '72600', country: 'IN' }), certificateOfQualification: { trade: '72600', province: 'ON' } }, ['FST_NO_TRADE_EXPERIENCE']],
      ['932 is excluded from major group 93', { workHistory: work(3, { noc: '93200', country: 'IN' }), certificateOfQualification: { trade: '93200', province: 'ON' } }, ['FST_NO_TRADE_EXPERIENCE']],
      ['chefs (62200) are a trade', { workHistory: work(3, { noc: '62200', country: 'IN' }), certificateOfQualification: { trade: '62200', province: 'ON' } }, []],
      ['one year only', { workHistory: work(1, { noc: '72200', country: 'IN' }) }, ['FST_TRADE_EXPERIENCE_UNDER_2_YEARS']],
      ['certificate in another trade', { certificateOfQualification: { trade: '72300', province: 'ON' } }, ['FST_NO_JOB_OFFER_OR_CERTIFICATE']],
      ['job offer in the trade instead of a certificate', { certificateOfQualification: null, jobOffer: { noc: '72200', lmiaOrExempt: true } }, []],
      ['funds unknown', { proofOfFundsCad: null }, ['FST_PROOF_OF_FUNDS_UNKNOWN']],
      ['funds short', { proofOfFundsCad: 15000 }, ['FST_PROOF_OF_FUNDS_INSUFFICIENT']],
    ] as const)('%s: %j', (_name, overrides, reasons) => {
      expect(programs(trades(overrides as Partial<Profile>)).fst.reasons).toEqual(reasons);
    });

    it('major group 83 is a trade from 2022-11-16 only', () => {
      const p = trades({
        languageTests: [clb(5, 4, 4, 5, '2022-01-10')],
        workHistory: [job({ noc: '83100', country: 'IN', start: '2019-01-07', end: '2022-10-31', hoursPerWeek: 30 })],
        certificateOfQualification: { trade: '83100', province: 'ON' },
      });
      expect(programs(p, '2022-11-15').fst.reasons).toEqual(['FST_NO_TRADE_EXPERIENCE']);
      expect(programs(p, '2022-11-16').fst.reasons).toEqual([]);
    });
  });
});

describe('fundsRequired', () => {
  it.each([
    [1, 15263, 14690],
    [2, 19001, 18288],
    [3, 23360, 22483],
    [4, 28362, 27297],
    [5, 32168, 30690],
    [6, 36280, 34917],
    [7, 40392, 38875],
    [8, 44504, 42833],
    [9, 48616, 46791],
  ])('family of %i: %i from 2025-07-07, %i before', (size, from2025, before) => {
    expect(fundsRequired(size, '2025-07-07')).toBe(from2025);
    expect(fundsRequired(size, '2025-07-06')).toBe(before);
    expect(fundsRequired(size, '2024-05-28')).toBe(before);
  });
});
