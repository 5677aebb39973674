import { describe, expect, it } from 'vitest';
import type { LanguageTest } from '@/lib/schemas/profile';
import { isResultValidOn, languageStandingOn, testExpiresOn, testLanguage, toClb, toTestResult, type TefScale } from './clb';
import type { Ability } from './tables';

// The official tables of crs-and-programs.md §2, typed out again: minimum score per CLB, CLB 10 first.
type Row = { test: LanguageTest['test']; scale?: TefScale; date: string; step: number; mins: Record<Ability, number[]> };
const uniform = (mins: number[]) => ({ listening: mins, reading: mins, writing: mins, speaking: mins });
const TABLES: Row[] = [
  {
    test: 'ielts_general',
    date: '2025-01-10',
    step: 0.5,
    mins: {
      listening: [8.5, 8.0, 7.5, 6.0, 5.5, 5.0, 4.5],
      reading: [8.0, 7.0, 6.5, 6.0, 5.0, 4.0, 3.5],
      writing: [7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.0],
      speaking: [7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.0],
    },
  },
  { test: 'celpip_general', date: '2025-01-10', step: 1, mins: uniform([10, 9, 8, 7, 6, 5, 4]) },
  {
    test: 'pte_core',
    date: '2025-01-10',
    step: 1,
    mins: {
      listening: [89, 82, 71, 60, 50, 39, 28, 18],
      reading: [88, 78, 69, 60, 51, 42, 33, 24],
      writing: [90, 88, 79, 69, 60, 51, 41, 32],
      speaking: [89, 84, 76, 68, 59, 51, 42, 34],
    },
  },
  {
    test: 'tef_canada',
    scale: 'legacy',
    date: '2025-01-10',
    step: 1,
    mins: {
      listening: [316, 298, 280, 249, 217, 181, 145],
      reading: [263, 248, 233, 207, 181, 151, 121],
      writing: [393, 371, 349, 310, 271, 226, 181],
      speaking: [393, 371, 349, 310, 271, 226, 181],
    },
  },
  {
    test: 'tef_canada',
    scale: 'current',
    date: '2023-12-11',
    step: 1,
    mins: {
      listening: [546, 503, 462, 434, 393, 352, 306],
      reading: [546, 503, 462, 434, 393, 352, 306],
      writing: [558, 512, 472, 428, 379, 330, 268],
      speaking: [556, 518, 494, 456, 422, 387, 328],
    },
  },
  { test: 'tef_canada', scale: 'current', date: '2023-12-10', step: 1, mins: uniform([566, 533, 500, 450, 400, 350, 300]) },
  {
    test: 'tcf_canada',
    date: '2025-01-10',
    step: 1,
    mins: {
      listening: [549, 523, 503, 458, 398, 369, 331],
      reading: [549, 524, 499, 453, 406, 375, 342],
      writing: [16, 14, 12, 10, 7, 6, 4],
      speaking: [16, 14, 12, 10, 7, 6, 4],
    },
  },
];

const ROWS = TABLES.flatMap((table) =>
  (['listening', 'reading', 'writing', 'speaking'] as Ability[]).flatMap((ability) =>
    table.mins[ability].map((min, index) => ({
      name: `${table.test}${table.scale ? ` (${table.scale}, ${table.date})` : ''} ${ability} CLB ${10 - index}`,
      ...table,
      ability,
      min,
      clb: 10 - index,
      below: index === table.mins[ability].length - 1 ? 0 : 9 - index,
    })),
  ),
);

describe('toClb', () => {
  it.each(ROWS)('$name: $min is the lowest score of the level', ({ test, scale, date, step, ability, min, clb, below }) => {
    expect(toClb(test, ability, min, date, scale)).toBe(clb);
    expect(toClb(test, ability, min - step, date, scale)).toBe(below);
  });

  it.each([
    { test: 'ielts_general', ability: 'listening', score: 7.0, clb: 7, why: 'IELTS listening 7.0 is CLB 7, not 8' },
    { test: 'ielts_general', ability: 'listening', score: 6.5, clb: 7, why: 'IELTS listening 6.5 is CLB 7' },
    { test: 'ielts_general', ability: 'reading', score: 5.5, clb: 6, why: 'IELTS reading 5.5 is CLB 6' },
    { test: 'ielts_general', ability: 'listening', score: 4.0, clb: 0, why: 'IELTS listening 4.0 is below CLB 4' },
    { test: 'ielts_general', ability: 'reading', score: 9, clb: 10, why: 'IELTS 9 is CLB 10' },
    { test: 'celpip_general', ability: 'speaking', score: 12, clb: 10, why: 'CELPIP 12 is CLB 10 or more' },
    { test: 'pte_core', ability: 'writing', score: 89, clb: 9, why: 'PTE writing 89 is CLB 9' },
  ] as const)('$why', ({ test, ability, score, clb }) => {
    expect(toClb(test, ability, score, '2025-01-10')).toBe(clb);
  });

  it.each([
    ['clb', 11],
    ['nclc', 3],
  ] as const)('%s levels are taken as typed (%i)', (test, level) => {
    expect(toClb(test, 'reading', level, '2025-01-10')).toBe(level);
  });

  it.each([
    { test: 'celpip_general', score: 9, date: '2014-12-31', clb: 9, why: 'a result taken before Express Entry opened, read with its first table' },
    { test: 'ielts_general', score: 8.5, date: '2013-03-01', clb: 10, why: 'IELTS taken in 2013, still valid in the first rounds' },
    { test: 'tef_canada', scale: 'legacy', score: 249, date: '2014-07-01', clb: 7, why: 'an ancien-score TEF taken in 2014' },
    { test: 'tef_canada', scale: 'current', score: 600, date: '2014-07-01', clb: null, why: 'no /699 TEF table before 2019-10-01' },
    { test: 'pte_core', score: 90, date: '2014-07-01', clb: null, why: 'PTE Core was not accepted in 2014' },
    { test: 'pte_core', score: 90, date: '2024-01-29', clb: null, why: 'PTE Core before Express Entry accepted it (2024-01-30)' },
    { test: 'pte_core', score: 90, date: '2024-01-30', clb: 10, why: 'PTE Core from 2024-01-30' },
    { test: 'tef_canada', scale: 'current', score: 600, date: '2019-09-30', clb: null, why: 'a /699 TEF before 2019-10-01' },
    { test: 'tef_canada', scale: 'current', score: 600, date: '2019-10-01', clb: 10, why: 'a /699 TEF on 2019-10-01' },
    { test: 'tef_canada', scale: 'current', score: 540, date: '2023-12-10', clb: 9, why: 'a /699 TEF on the last day of the 2019 bands' },
    { test: 'tef_canada', scale: 'current', score: 540, date: '2023-12-11', clb: 9, why: 'a /699 TEF on the first day of the 2023 bands' },
    { test: 'tef_canada', scale: 'current', score: 560, date: '2023-12-10', clb: 9, why: '560 is NCLC 9 in the 2019 bands' },
    { test: 'tef_canada', scale: 'current', score: 560, date: '2023-12-11', clb: 10, why: '560 is NCLC 10 in the 2023 bands' },
  ] as const)('listening $score taken $date -> $clb: $why', (row) => {
    expect(toClb(row.test, 'listening', row.score, row.date, 'scale' in row ? row.scale : undefined)).toBe(row.clb);
  });

  it('refuses a TEF score without its scale', () => {
    expect(() => toClb('tef_canada', 'reading', 300, '2025-01-10')).toThrow('tef_canada needs a scale');
  });
});

describe('testLanguage', () => {
  it.each([
    ['ielts_general', 'english'],
    ['celpip_general', 'english'],
    ['pte_core', 'english'],
    ['clb', 'english'],
    ['tef_canada', 'french'],
    ['tcf_canada', 'french'],
    ['nclc', 'french'],
  ] as const)('%s is %s', (test, language) => {
    expect(testLanguage(test)).toBe(language);
  });
});

describe('testExpiresOn', () => {
  it.each([
    ['2024-05-17', '2026-05-17'],
    ['2024-02-29', '2026-02-28'],
    ['2014-06-01', '2016-06-01'],
    ['2010-01-15', '2012-01-15'],
  ])('a result of %s stops counting on %s', (date, expires) => {
    expect(testExpiresOn(date)).toBe(expires);
  });
});

const ielts = (date: string, l: number, r: number, w: number, s: number): LanguageTest => ({
  test: 'ielts_general',
  date,
  listening: l,
  reading: r,
  writing: w,
  speaking: s,
});

describe('toTestResult', () => {
  it('converts each ability and keeps the lowest level', () => {
    expect(toTestResult(ielts('2025-02-01', 8.5, 8, 7.5, 8))).toEqual({
      test: 'ielts_general',
      language: 'english',
      date: '2025-02-01',
      scale: null,
      expiresOn: '2027-02-01',
      levels: { listening: 10, reading: 10, writing: 10, speaking: 10 },
      min: 10,
      sum: 40,
    });
    expect(toTestResult(ielts('2025-02-01', 7, 7, 7, 7))?.levels).toEqual({ listening: 7, reading: 9, writing: 9, speaking: 9 });
  });

  it('is null for a test with no conversion on its date', () => {
    expect(toTestResult({ test: 'pte_core', date: '2023-06-01', listening: 80, reading: 80, writing: 80, speaking: 80 })).toBeNull();
  });
});

describe('isResultValidOn', () => {
  const result = toTestResult(ielts('2024-05-17', 8, 8, 8, 8))!;
  it.each([
    ['2024-05-16', false, 'the day before the test'],
    ['2024-05-17', true, 'the test day'],
    ['2026-05-16', true, 'the last day of the 2 years'],
    ['2026-05-17', false, '2 years to the day'],
  ])('on %s: %s (%s)', (date, valid) => {
    expect(isResultValidOn(result, date)).toBe(valid);
  });
});

describe('languageStandingOn', () => {
  const old = toTestResult(ielts('2023-01-10', 9, 9, 9, 9))!;
  const recent = toTestResult(ielts('2025-01-10', 7, 7, 7, 7))!;
  const french = toTestResult({ test: 'tcf_canada', date: '2025-03-01', listening: 500, reading: 500, writing: 12, speaking: 12 })!;

  it('keeps the best valid result of each language', () => {
    expect(languageStandingOn([old, recent, french], '2024-06-01')).toEqual({ english: old, french: null, expired: false });
    expect(languageStandingOn([old, recent, french], '2025-06-01')).toEqual({ english: recent, french, expired: false });
  });

  it('says expired when every result is over 2 years old', () => {
    expect(languageStandingOn([old], '2025-01-10')).toEqual({ english: null, french: null, expired: true });
  });

  it('does not say expired when the only result is taken after the date', () => {
    expect(languageStandingOn([recent], '2024-12-01')).toEqual({ english: null, french: null, expired: false });
  });
});
