import { describe, expect, it } from 'vitest';
import type { Profile } from '@/lib/schemas/profile';
import { clb, credential, job, profile } from '@/tests/unit/profiles';
import { calculateCrs } from '../crs/calculate-crs';
import { evaluateRound, type RoundInput } from './evaluate-round';

const TIE_BREAK = '2026-09-01T12:00:00Z';

/** A civil engineer (STEM from 2025) with two years in Canada: eligible for CEC and FSW. */
const engineer = (overrides: Partial<Profile> = {}) =>
  profile({
    dateOfBirth: '1994-06-15',
    education: [credential('masters')],
    languageTests: [clb(9, 9, 9, 9, '2025-06-01')],
    workHistory: [job({ noc: '21300', start: '2024-06-03', end: null })],
    proofOfFundsCad: 20000,
    expressEntry: { submittedAt: '2026-01-10T10:00:00Z' },
    ...overrides,
  });

const DATE = '2026-11-20';
const SCORE = calculateCrs(engineer(), { asOf: DATE }).total;

const round = (overrides: Partial<RoundInput> = {}): RoundInput => ({
  number: '450',
  date: DATE,
  category: null,
  cutoff: SCORE - 1,
  tieBreakAt: TIE_BREAK,
  ...overrides,
});

describe('evaluateRound', () => {
  it('invites a profile above the cut-off that qualifies for a program', () => {
    expect(evaluateRound(engineer(), round())).toEqual({
      number: '450',
      date: DATE,
      category: null,
      cutoff: SCORE - 1,
      tieBreakAt: TIE_BREAK,
      invited: true,
      crs: SCORE,
      reasons: [],
      programs: ['fsw', 'cec'],
      categoryResult: null,
    });
  });

  it('an empty program list means every program', () => {
    expect(evaluateRound(engineer(), round({ programs: [] }))).toMatchObject({ invited: true, programs: ['fsw', 'cec'] });
  });

  it('keeps a 91a-style round number as text', () => {
    expect(evaluateRound(engineer(), round({ number: '91a' })).number).toBe('91a');
  });

  it('does not invite below the cut-off', () => {
    expect(evaluateRound(engineer(), round({ cutoff: SCORE + 1 }))).toMatchObject({ invited: false, reasons: ['ROUND_CRS_BELOW_CUTOFF'] });
  });

  describe('tie-break at the cut-off', () => {
    it.each([
      ['1 s before the tie-break', '2026-09-01T11:59:59Z', true, []],
      ['at the tie-break second', '2026-09-01T12:00:00Z', true, []],
      ['inside the published tie-break second', '2026-09-01T12:00:00.999Z', true, []],
      ['at the tie-break second, written with an offset', '2026-09-01T08:00:00-04:00', true, []],
      ['1 s after the tie-break', '2026-09-01T12:00:01Z', false, ['ROUND_SUBMITTED_AFTER_TIE_BREAK']],
      ['1 s after, written with an offset', '2026-09-01T08:00:01-04:00', false, ['ROUND_SUBMITTED_AFTER_TIE_BREAK']],
    ])('submitted %s (%s): invited %s', (_name, submittedAt, invited, reasons) => {
      const verdict = evaluateRound(engineer({ expressEntry: { submittedAt } }), round({ cutoff: SCORE }));
      expect(verdict).toMatchObject({ invited, reasons });
    });

    it("is a 'tie' when the submission time is unknown", () => {
      expect(evaluateRound(engineer({ expressEntry: null }), round({ cutoff: SCORE }))).toMatchObject({
        invited: 'tie',
        reasons: ['ROUND_TIE_SUBMISSION_TIME_UNKNOWN'],
      });
    });

    it("is a 'tie' when the round has no tie-break time", () => {
      expect(evaluateRound(engineer(), round({ cutoff: SCORE, tieBreakAt: null }))).toMatchObject({
        invited: 'tie',
        reasons: ['ROUND_TIE_BREAK_TIME_UNKNOWN'],
      });
    });

    it('an ineligible profile at the cut-off is not a tie', () => {
      const verdict = evaluateRound(engineer({ expressEntry: null }), round({ cutoff: SCORE, programs: ['fst'] }));
      expect(verdict.invited).toBe(false);
      expect(verdict.reasons).not.toContain('ROUND_TIE_SUBMISSION_TIME_UNKNOWN');
    });
  });

  describe('profile in the pool', () => {
    it.each([
      ['2026-11-19', undefined, true, []],
      ['2026-11-20', undefined, false, ['PROFILE_EXPIRED']],
      ['2026-11-20', '2026-11-20T09:59:59Z', true, []],
      ['2026-11-20', '2026-11-20T10:00:00Z', false, ['PROFILE_EXPIRED']],
    ])('submitted 2025-11-20T10:00Z, round on %s at %s: invited %s', (date, drawAt, invited, reasons) => {
      const p = engineer({ expressEntry: { submittedAt: '2025-11-20T10:00:00Z' } });
      expect(evaluateRound(p, round({ date, drawAt }))).toMatchObject({ invited, reasons });
    });

    it.each([
      ['2026-11-21T09:00:00Z', undefined, false, ['PROFILE_SUBMITTED_AFTER_ROUND']],
      ['2026-11-20T15:00:00Z', undefined, true, []],
      ['2026-11-20T15:00:00Z', '2026-11-20T14:59:59Z', false, ['PROFILE_SUBMITTED_AFTER_ROUND']],
      ['2026-11-20T14:59:59Z', '2026-11-20T14:59:59Z', true, []],
    ])('submitted %s, round at %s: invited %s', (submittedAt, drawAt, invited, reasons) => {
      expect(evaluateRound(engineer({ expressEntry: { submittedAt } }), round({ drawAt, tieBreakAt: null }))).toMatchObject({
        invited,
        reasons,
      });
    });
  });

  describe('language tests on the round date', () => {
    it.each([
      ['2026-11-19', true, []],
      ['2026-11-20', false, ['ROUND_NO_ELIGIBLE_PROGRAM', 'LANGUAGE_TEST_EXPIRED', 'FSW_POINTS_BELOW_67', 'FST_NO_TRADE_EXPERIENCE', 'ROUND_CRS_BELOW_CUTOFF']],
    ])('a test of 2024-11-20, round on %s: invited %s', (date, invited, reasons) => {
      const p = engineer({ languageTests: [clb(9, 9, 9, 9, '2024-11-20')] });
      const cutoff = calculateCrs(p, { asOf: '2026-11-19' }).total - 1;
      expect(evaluateRound(p, round({ date, cutoff }))).toMatchObject({ invited, reasons });
    });
  });

  describe('program-specific rounds', () => {
    it.each([
      [['cec'], true, ['cec'], []],
      [['fst'], false, [], ['ROUND_NO_ELIGIBLE_PROGRAM', 'FST_NO_TRADE_EXPERIENCE']],
      [['fsw', 'fst'], true, ['fsw'], []],
      [['pnp', 'fst'], false, [], ['ROUND_NO_ELIGIBLE_PROGRAM', 'FST_NO_TRADE_EXPERIENCE']],
    ] as const)('a %j round: invited %s, qualifying %j', (programs, invited, qualifying, reasons) => {
      expect(evaluateRound(engineer(), round({ programs: [...programs] }))).toMatchObject({ invited, programs: qualifying, reasons });
    });

    it.each([
      [null, false, ['ROUND_NO_PROVINCIAL_NOMINATION']],
      [{ province: 'ON' as const, nominatedOn: '2026-11-21' }, false, ['ROUND_NO_PROVINCIAL_NOMINATION']],
      [{ province: 'ON' as const, nominatedOn: '2026-11-20' }, true, []],
    ])('a PNP round with nomination %j: invited %s', (provincialNomination, invited, reasons) => {
      const p = engineer({ provincialNomination });
      const cutoff = calculateCrs(p, { asOf: DATE }).total - 1;
      expect(evaluateRound(p, round({ programs: ['pnp'], cutoff }))).toMatchObject({ invited, reasons });
    });

    it('a PNP round needs eligibility for FSW, CEC or FST too', () => {
      const p = engineer({ provincialNomination: { province: 'ON', nominatedOn: '2026-01-01' }, workHistory: [], proofOfFundsCad: null });
      expect(evaluateRound(p, round({ programs: ['pnp'], cutoff: 300 })).reasons).toEqual([
        'ROUND_NO_ELIGIBLE_PROGRAM',
        'FSW_WORK_EXPERIENCE_UNDER_1_YEAR',
        'FSW_POINTS_BELOW_67',
        'FSW_PROOF_OF_FUNDS_UNKNOWN',
        'CEC_CANADIAN_EXPERIENCE_UNDER_1_YEAR',
        'FST_NO_TRADE_EXPERIENCE',
        'FST_PROOF_OF_FUNDS_UNKNOWN',
      ]);
    });
  });

  describe('category rounds', () => {
    it('a civil engineer is invited in a 2026 STEM round', () => {
      const verdict = evaluateRound(engineer(), round({ category: 'stem' }));
      expect(verdict).toMatchObject({ invited: true, programs: ['fsw', 'cec'], reasons: [] });
      expect(verdict.categoryResult).toMatchObject({ eligible: true, noc: '21300', rule: 'occupational-12m-noncontinuous' });
    });

    it('a software developer is not (21232 left the STEM list on 2025-02-27)', () => {
      const developer = engineer({ workHistory: [job({ noc: '21232', start: '2024-06-03', end: null })] });
      const cutoff = calculateCrs(developer, { asOf: DATE }).total - 1;
      expect(evaluateRound(developer, round({ category: 'stem', cutoff }))).toMatchObject({
        invited: false,
        reasons: ['ROUND_CATEGORY_NOT_MET', 'CATEGORY_NOC_NOT_ON_LIST'],
      });
    });

    it('a software developer was, in STEM round #274 (2023-12-08, 2023 list)', () => {
      const developer = engineer({
        languageTests: [clb(9, 9, 9, 9, '2023-06-01')],
        workHistory: [job({ noc: '21232', start: '2021-06-07', end: null })],
        expressEntry: { submittedAt: '2023-09-01T08:00:00Z' },
      });
      const verdict = evaluateRound(developer, {
        number: '274',
        date: '2023-12-08',
        category: 'stem',
        cutoff: 481,
        tieBreakAt: '2023-09-07T09:24:49Z',
      });
      expect(verdict.categoryResult).toMatchObject({ eligible: true, noc: '21232', version: 'Version 1' });
      expect(verdict.programs).toEqual(['fsw', 'cec']);
    });

    it('a category not in force on the round date', () => {
      const p = engineer({ expressEntry: null });
      expect(evaluateRound(p, round({ category: 'transport', date: '2025-06-01', cutoff: 300 }))).toMatchObject({
        invited: false,
        reasons: ['ROUND_CATEGORY_NOT_MET', 'CATEGORY_NOT_IN_FORCE'],
      });
    });
  });
});
