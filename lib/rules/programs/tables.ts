// Program requirements (FSW, CEC, FST), the FSW 67-point grid and the proof-of-funds table, keyed by
// effective date. Source: docs/domain/crs-and-programs.md §3 (program pages modified 2026-06-22).
import type { Dated } from '../dated';
import type { EducationRow } from '../crs/tables';

export type FswGrid = {
  readonly passMark: number;
  /** Work: at least this many hours of continuous work in one skilled occupation, within `windowYears`. */
  readonly minimumHours: number;
  readonly windowYears: number;
  /** Lowest CLB of the first official language on every ability. */
  readonly minimumClb: number;
  /** Per ability of the first official language, highest first. */
  readonly firstLanguage: readonly { readonly minClb: number; readonly points: number }[];
  /** Second official language: `points` when every ability is at least `minClb`. */
  readonly secondLanguage: { readonly minClb: number; readonly points: number };
  readonly education: Readonly<Record<EducationRow, number>>;
  /** By completed years, highest first. */
  readonly experience: readonly { readonly minYears: number; readonly points: number }[];
  /** Points by age; ages not listed score 0. */
  readonly age: Readonly<Record<number, number>>;
  readonly arrangedEmployment: number;
  readonly adaptability: {
    readonly spouseLanguage: number;
    readonly spouseLanguageMinClb: number;
    readonly ownStudy: number;
    readonly spouseStudy: number;
    readonly ownWork: number;
    readonly spouseWork: number;
    readonly arrangedEmployment: number;
    readonly relatives: number;
    readonly cap: number;
  };
};

const AGE_POINTS: Record<number, number> = { 36: 11, 37: 10, 38: 9, 39: 8, 40: 7, 41: 6, 42: 5, 43: 4, 44: 3, 45: 2, 46: 1 };
for (let age = 18; age <= 35; age++) AGE_POINTS[age] = 12;

export const FSW: readonly Dated<FswGrid>[] = [
  {
    from: '2015-01-01',
    source: 'FSW page and selection factors (modified 2026-06-22); IRPR s.78-83; FSW operational manuals (§3.2, §3.3)',
    value: {
      passMark: 67,
      minimumHours: 1560,
      windowYears: 10,
      minimumClb: 7,
      firstLanguage: [
        { minClb: 9, points: 6 },
        { minClb: 8, points: 5 },
        { minClb: 7, points: 4 },
      ],
      secondLanguage: { minClb: 5, points: 4 },
      education: {
        none: 0,
        secondary: 5,
        one_year: 15,
        two_year: 19,
        bachelors: 21,
        two_or_more: 22,
        masters: 23,
        doctoral: 25,
      },
      experience: [
        { minYears: 6, points: 15 },
        { minYears: 4, points: 13 },
        { minYears: 2, points: 11 },
        { minYears: 1, points: 9 },
      ],
      age: AGE_POINTS,
      arrangedEmployment: 10,
      adaptability: {
        spouseLanguage: 5,
        spouseLanguageMinClb: 4,
        ownStudy: 5,
        spouseStudy: 5,
        ownWork: 10,
        spouseWork: 5,
        arrangedEmployment: 5,
        relatives: 5,
        cap: 10,
      },
    },
  },
];

export type CecRules = {
  readonly minimumHours: number;
  readonly windowYears: number;
  /** CLB on every ability when relying on TEER 0 or 1 work / on TEER 2 or 3 work only. */
  readonly clbTeer01: number;
  readonly clbTeer23: number;
};

export const CEC: readonly Dated<CecRules>[] = [
  {
    from: '2015-01-01',
    source: 'CEC page (modified 2026-06-22); IRPR 87.1 (§3.5)',
    value: { minimumHours: 1560, windowYears: 3, clbTeer01: 7, clbTeer23: 5 },
  },
];

export type FstRules = {
  readonly minimumHours: number;
  readonly windowYears: number;
  readonly minimumClb: { readonly speaking: number; readonly listening: number; readonly reading: number; readonly writing: number };
  /** Skilled trades: NOC code prefixes included, and prefixes excluded from them. */
  readonly trades: { readonly include: readonly string[]; readonly exclude: readonly string[] };
};

const FST_MINIMUM_CLB = { speaking: 5, listening: 5, reading: 4, writing: 4 } as const;

export const FST: readonly Dated<FstRules>[] = [
  {
    from: '2015-01-01',
    // UNVERIFIED mapping: before NOC 2021 the trades were NOC 2016 major groups 72, 73, 82, 92 and minor
    // groups 632, 633 (pcimmigration.com, settler.ca). Profiles hold NOC 2021 codes; the old list is
    // applied as the NOC 2021 groups that carry those trades (72 without 726, 73, 82, 92, cooks/butchers/
    // bakers 6320, chefs 62200), leaving out 83 and 93, which only the 2022 list names (conservative).
    source: 'UNVERIFIED mapping of NOC 2016 groups 72, 73, 82, 92, 632, 633 onto NOC 2021 codes (§3.6)',
    value: {
      minimumHours: 3120,
      windowYears: 5,
      minimumClb: FST_MINIMUM_CLB,
      trades: { include: ['72', '73', '82', '92', '6320', '62200'], exclude: ['726'] },
    },
  },
  {
    from: '2022-11-16',
    source: 'FST page (modified 2026-06-22); IRPR 87.2(1): major groups 72 (not 726), 73, 82, 83, 92, 93 (not 932), 6320, 62200',
    value: {
      minimumHours: 3120,
      windowYears: 5,
      minimumClb: FST_MINIMUM_CLB,
      trades: { include: ['72', '73', '82', '83', '92', '93', '6320', '62200'], exclude: ['726', '932'] },
    },
  },
];

export type FundsTable = {
  /** Funds required (CAD) for 1..7 family members. */
  readonly upToSeven: readonly number[];
  /** For each member beyond seven. */
  readonly eachAdditional: number;
};

export const PROOF_OF_FUNDS: readonly Dated<FundsTable>[] = [
  {
    from: '2015-01-01',
    // UNVERIFIED: no table older than 2024 is in our sources. Earlier dates use the 2024 amounts,
    // which are higher than any earlier year's (the table follows LICO upwards): conservative.
    source: 'UNVERIFIED: 2024 amounts used for earlier dates (royalcanadianimmigration.com, canadavisapoint.com)',
    value: { upToSeven: [14690, 18288, 22483, 27297, 30690, 34917, 38875], eachAdditional: 3958 },
  },
  {
    // UNVERIFIED date: 2024-05-27/28 (royalcanadianimmigration.com, canadavisapoint.com) or 2024-06-03
    // (careerbrick.com). Only the rule-set identifier depends on it (same amounts as the row above).
    from: '2024-05-28',
    source: 'UNVERIFIED date: royalcanadianimmigration.com, canadavisapoint.com (2024-05-28); careerbrick.com (2024-06-03)',
    value: { upToSeven: [14690, 18288, 22483, 27297, 30690, 34917, 38875], eachAdditional: 3958 },
  },
  {
    from: '2025-07-07',
    // UNVERIFIED whether a 2026 update exists (none found; §3.4).
    source: 'dfimmigration.ca, maplenewswire.ca, zonevisa.com, businesstoday.in (3P, consistent; §3.4)',
    value: { upToSeven: [15263, 19001, 23360, 28362, 32168, 36280, 40392], eachAdditional: 4112 },
  },
];
