import { describe, expect, it } from 'vitest';
import { clb, credential, job, profile } from '@/tests/unit/profiles';
import type { LanguageTest } from '@/lib/schemas/profile';
import { evaluate } from './evaluate';

const candidate = profile({
  dateOfBirth: '1997-08-07',
  education: [credential('masters')],
  languageTests: [clb(9, 9, 9, 9, '2026-04-29')],
  workHistory: [job({ noc: '21300', country: 'IN', start: '2023-10-06', end: '2026-10-26' })],
  proofOfFundsCad: 16000,
});

describe('evaluate', () => {
  it('produces the evaluation output of profile-format.md', () => {
    const result = evaluate(candidate, { asOf: '2026-11-15' });
    expect(Object.keys(result)).toEqual(['asOf', 'rules', 'crs', 'programs', 'categories', 'notices']);
    expect(result).toMatchObject({
      asOf: '2026-11-15',
      rules: '2026-02-18',
      crs: { total: 469, core: 369, spouse: 0, transferability: 100, additional: 0 },
      programs: {
        fsw: { eligible: true, points: 70, reasons: [] },
        cec: { eligible: false, reasons: ['CEC_CANADIAN_EXPERIENCE_UNDER_1_YEAR'] },
        fst: { eligible: false, reasons: ['FST_NO_TRADE_EXPERIENCE'] },
      },
      categories: { stem: { eligible: true, noc: '21300', months: 35, reasons: [] } },
    });
    expect(result.crs.factors).toMatchObject({ age: 110, education: 135, firstLanguage: 124, foreignWorkLanguage: 50 });
    expect(Object.keys(result.categories)[0]).toBe('stem');
  });

  it("with a round, evaluates on the round's date and adds the verdict", () => {
    const result = evaluate(candidate, {
      round: { number: '91a', date: '2026-11-15', category: 'stem', cutoff: 469, tieBreakAt: '2026-10-01T00:00:00Z' },
    });
    expect(result.asOf).toBe('2026-11-15');
    expect(result.round).toMatchObject({ number: '91a', category: 'stem', cutoff: 469, invited: 'tie', reasons: ['ROUND_TIE_SUBMISSION_TIME_UNKNOWN'] });
  });

  it('counts a result taken before Express Entry opened until it is 2 years old', () => {
    const early = profile({ dateOfBirth: '1990-03-10', languageTests: [clb(9, 9, 9, 9, '2014-06-01')] });
    expect(evaluate(early, { asOf: '2015-03-01' }).crs.factors.firstLanguage).toBe(124);
    expect(evaluate(early, { asOf: '2016-06-01' }).crs.factors.firstLanguage).toBe(0);
  });

  it.each([
    ['current', ['TEF_699_SCALE_MAY_DIFFER']],
    ['legacy', []],
  ] as const)('a TEF result on the %s scale gives notices %j', (scale, notices) => {
    const tef: LanguageTest = { test: 'tef_canada', scale, date: '2026-03-01', listening: 300, reading: 300, writing: 300, speaking: 300 };
    expect(evaluate({ ...candidate, languageTests: [...candidate.languageTests, tef] }, { asOf: '2026-11-15' }).notices).toEqual(notices);
    expect(evaluate(candidate, { asOf: '2026-11-15' }).notices).toEqual([]);
  });

  it('refuses an asOf that differs from the round date', () => {
    expect(() =>
      evaluate(candidate, { asOf: '2026-11-14', round: { number: '1', date: '2026-11-15', category: null, cutoff: 400, tieBreakAt: null } }),
    ).toThrow("asOf 2026-11-14 differs from the round's date 2026-11-15");
  });
});
