// The Comprehensive Ranking System grid, keyed by effective date.
// Source: docs/domain/crs-and-programs.md §0.1 and §1 (official CRS criteria page, modified
// 2026-06-22, cell-by-cell transcription in zhizhunbao/pnp-job-tracker data/raw/ee/crs-grid.json).
import type { Dated } from '../dated';

/** Education rows of the grid, lowest first. `bachelors` also covers three_year programs. */
export type EducationRow =
  | 'none'
  | 'secondary'
  | 'one_year'
  | 'two_year'
  | 'bachelors'
  | 'two_or_more'
  | 'masters'
  | 'doctoral';

/** Points [with an accompanying spouse, without]. */
type Pair = readonly [withSpouse: number, single: number];

export type CoreGrid = {
  /** Points by age in completed years; ages not listed score 0. */
  readonly age: Readonly<Record<number, Pair>>;
  readonly education: Readonly<Record<EducationRow, Pair>>;
  /** Per ability of the first official language, by CLB: highest first, `minClb` = lowest CLB of the row. */
  readonly firstLanguage: readonly { readonly minClb: number; readonly points: Pair }[];
  /** Per ability of the second official language. */
  readonly secondLanguage: readonly { readonly minClb: number; readonly points: Pair }[];
  /** Cap on the second-language sum. */
  readonly secondLanguageCap: Pair;
  /** Points by completed years of Canadian work, index = years (5 = 5 or more). */
  readonly canadianWork: readonly Pair[];
  readonly cap: Pair;
};

export type SpouseGrid = {
  readonly education: Readonly<Record<EducationRow, number>>;
  readonly language: readonly { readonly minClb: number; readonly points: number }[];
  /** Index = completed years (5 = 5 or more). */
  readonly canadianWork: readonly number[];
  readonly cap: number;
};

/** Transferability combination: points for [tier 1, tier 2] of the first criterion. */
type Tiers = readonly [lower: number, upper: number];

export type TransferabilityGrid = {
  /** Language of the first official language, lowest ability: CLB 7+ (some under 9) / CLB 9+ on all four. */
  readonly languageClb: readonly [lower: number, upper: number];
  readonly language: { readonly lower: Tiers; readonly upper: Tiers };
  /** Canadian work: 1 year / 2 years or more. */
  readonly canadianWork: { readonly oneYear: Tiers; readonly twoYears: Tiers };
  /** Certificate of qualification with the lowest ability at CLB 5+ (some under 7) / CLB 7+. */
  readonly certificateClb: readonly [lower: number, upper: number];
  readonly certificate: readonly [lower: number, upper: number];
  readonly groupCap: number;
  readonly cap: number;
};

export type AdditionalGrid = {
  readonly provincialNomination: number;
  /** Arranged employment: NOC TEER 0 Major Group 00 / any other qualifying offer (TEER 0-3). */
  readonly arrangedEmployment: { readonly majorGroup00: number; readonly other: number };
  /** Canadian post-secondary credential: one or two years / three years or longer (incl. master's, PhD). */
  readonly canadianEducation: { readonly oneOrTwoYears: number; readonly threeYearsOrMore: number };
  /** NCLC 7+ on all four French abilities, and English CLB 4 or less (or none) / CLB 5+ on all four. */
  readonly french: { readonly frenchOnly: number; readonly bilingual: number };
  readonly sibling: number;
  readonly cap: number;
};

export type CanadianWorkRule = {
  /** Part-time work counts pro rata (MI 15(3)(b) as amended 2015-05-30); before, full-time jobs only. */
  readonly partTimeCounts: boolean;
};

const CRS_PAGE = 'canada.ca CRS criteria page (modified 2026-06-22), §1 of crs-and-programs.md';

export const CORE: readonly Dated<CoreGrid>[] = [
  {
    from: '2015-01-01',
    source: CRS_PAGE,
    value: {
      age: {
        18: [90, 99],
        19: [95, 105],
        20: [100, 110],
        21: [100, 110],
        22: [100, 110],
        23: [100, 110],
        24: [100, 110],
        25: [100, 110],
        26: [100, 110],
        27: [100, 110],
        28: [100, 110],
        29: [100, 110],
        30: [95, 105],
        31: [90, 99],
        32: [85, 94],
        33: [80, 88],
        34: [75, 83],
        35: [70, 77],
        36: [65, 72],
        37: [60, 66],
        38: [55, 61],
        39: [50, 55],
        40: [45, 50],
        41: [35, 39],
        42: [25, 28],
        43: [15, 17],
        44: [5, 6],
      },
      education: {
        none: [0, 0],
        secondary: [28, 30],
        one_year: [84, 90],
        two_year: [91, 98],
        bachelors: [112, 120],
        two_or_more: [119, 128],
        masters: [126, 135],
        doctoral: [140, 150],
      },
      firstLanguage: [
        { minClb: 10, points: [32, 34] },
        { minClb: 9, points: [29, 31] },
        { minClb: 8, points: [22, 23] },
        { minClb: 7, points: [16, 17] },
        { minClb: 6, points: [8, 9] },
        { minClb: 4, points: [6, 6] },
      ],
      secondLanguage: [
        { minClb: 9, points: [6, 6] },
        { minClb: 7, points: [3, 3] },
        { minClb: 5, points: [1, 1] },
      ],
      secondLanguageCap: [22, 24],
      canadianWork: [
        [0, 0],
        [35, 40],
        [46, 53],
        [56, 64],
        [63, 72],
        [70, 80],
      ],
      cap: [460, 500],
    },
  },
];

export const SPOUSE: readonly Dated<SpouseGrid>[] = [
  {
    from: '2015-01-01',
    source: CRS_PAGE,
    value: {
      education: {
        none: 0,
        secondary: 2,
        one_year: 6,
        two_year: 7,
        bachelors: 8,
        two_or_more: 9,
        masters: 10,
        doctoral: 10,
      },
      language: [
        { minClb: 9, points: 5 },
        { minClb: 7, points: 3 },
        { minClb: 5, points: 1 },
      ],
      canadianWork: [0, 5, 7, 8, 9, 10],
      cap: 40,
    },
  },
];

export const TRANSFERABILITY: readonly Dated<TransferabilityGrid>[] = [
  {
    from: '2015-01-01',
    source: CRS_PAGE,
    value: {
      languageClb: [7, 9],
      language: { lower: [13, 25], upper: [25, 50] },
      canadianWork: { oneYear: [13, 25], twoYears: [25, 50] },
      certificateClb: [5, 7],
      certificate: [25, 50],
      groupCap: 50,
      cap: 100,
    },
  },
];

export const ADDITIONAL: readonly Dated<AdditionalGrid>[] = [
  {
    from: '2015-01-01',
    source: 'immigration.ca summary of MI (2014-11-28); canada.ca archived MI pages (§0.1, §1.10)',
    value: {
      provincialNomination: 600,
      arrangedEmployment: { majorGroup00: 600, other: 600 },
      canadianEducation: { oneOrTwoYears: 0, threeYearsOrMore: 0 },
      french: { frenchOnly: 0, bilingual: 0 },
      sibling: 0,
      cap: 600,
    },
  },
  {
    from: '2016-11-19',
    source: 'canada.ca "ARCHIVED - Ministerial Instructions ... May 30, 2015 to November 18, 2016" (§0.1)',
    value: {
      provincialNomination: 600,
      arrangedEmployment: { majorGroup00: 200, other: 50 },
      canadianEducation: { oneOrTwoYears: 15, threeYearsOrMore: 30 },
      french: { frenchOnly: 0, bilingual: 0 },
      sibling: 0,
      cap: 600,
    },
  },
  {
    from: '2017-06-06',
    source: 'canada.ca "Ministerial Instructions Amending... 2017-1" in force 2017-06-06 (§0.1)',
    value: {
      provincialNomination: 600,
      arrangedEmployment: { majorGroup00: 200, other: 50 },
      canadianEducation: { oneOrTwoYears: 15, threeYearsOrMore: 30 },
      french: { frenchOnly: 15, bilingual: 30 },
      sibling: 15,
      cap: 600,
    },
  },
  {
    // UNVERIFIED: sources disagree on the date (2020-10-20 per balglobal/envoyglobal/jpier, 2020-10-27
    // per the press release). The later date keeps the lower bonus longer: the conservative reading.
    from: '2020-10-27',
    source: 'UNVERIFIED date: worktocanada.com (press release 2020-10-27) vs balglobal.com, envoyglobal.com (2020-10-20)',
    value: {
      provincialNomination: 600,
      arrangedEmployment: { majorGroup00: 200, other: 50 },
      canadianEducation: { oneOrTwoYears: 15, threeYearsOrMore: 30 },
      french: { frenchOnly: 25, bilingual: 50 },
      sibling: 15,
      cap: 600,
    },
  },
  {
    from: '2025-03-25',
    source: 'official CRS page (2026-06-22) has no arranged-employment row; celpip.biz, CIC News (§0.1, §1.10)',
    value: {
      provincialNomination: 600,
      arrangedEmployment: { majorGroup00: 0, other: 0 },
      canadianEducation: { oneOrTwoYears: 15, threeYearsOrMore: 30 },
      french: { frenchOnly: 25, bilingual: 50 },
      sibling: 15,
      cap: 600,
    },
  },
];

export const CANADIAN_WORK_RULE: readonly Dated<CanadianWorkRule>[] = [
  { from: '2015-01-01', source: 'MI 15(3)(b) before the 2015-05-30 amendment (§0.1)', value: { partTimeCounts: false } },
  {
    from: '2015-05-30',
    source: 'canada.ca "Ministerial Instructions Amending... Paragraphs 15(3)(b) and 19(4)(b)", 2015-05-30 (§0.1)',
    value: { partTimeCounts: true },
  },
];

/** The grand total can never exceed this. */
export const TOTAL_CAP = 1200;
