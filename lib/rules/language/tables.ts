// Test score -> CLB/NCLC conversion tables, keyed by the date the test was taken.
// Source: docs/domain/crs-and-programs.md §2 (IRCC Express Entry language page, modified
// 2026-06-22; test-equivalency charts; FCIP language page).
import type { Dated } from '../dated';

export type Ability = 'listening' | 'reading' | 'writing' | 'speaking';
export const ABILITIES: readonly Ability[] = ['listening', 'reading', 'writing', 'speaking'];

/**
 * Minimum score of each CLB level, highest level first: `[min for CLB 10, CLB 9, ..., lowest]`.
 * A score maps to the highest level whose minimum it meets; below the last minimum it is 0
 * ("below CLB 4", no points).
 */
export type Thresholds = { readonly top: number; readonly mins: readonly number[] };
export type ConversionTable = Readonly<Record<Ability, Thresholds>>;

const fromClb10 = (...mins: number[]): Thresholds => ({ top: 10, mins });

/** The same minimum for every ability. */
const uniform = (t: Thresholds): ConversionTable => ({ listening: t, reading: t, writing: t, speaking: t });

// IELTS General Training [OFFICIAL, §2.3].
export const IELTS_GENERAL: readonly Dated<ConversionTable>[] = [
  {
    from: '2015-01-01',
    source: 'IRCC Express Entry language page (modified 2026-06-22), IELTS General Training table',
    value: {
      listening: fromClb10(8.5, 8.0, 7.5, 6.0, 5.5, 5.0, 4.5),
      reading: fromClb10(8.0, 7.0, 6.5, 6.0, 5.0, 4.0, 3.5),
      writing: fromClb10(7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.0),
      speaking: fromClb10(7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.0),
    },
  },
];

// CELPIP-General: level = CLB for 4..10; 10-12 are "CLB 10 or more" [OFFICIAL, §2.2].
export const CELPIP_GENERAL: readonly Dated<ConversionTable>[] = [
  {
    from: '2015-01-01',
    source: 'IRCC Express Entry language page (modified 2026-06-22), CELPIP-General table',
    value: uniform(fromClb10(10, 9, 8, 7, 6, 5, 4)),
  },
];

// PTE Core, accepted for Express Entry from 2024-01-30; the table includes its CLB 3 row [OFFICIAL, §2.4].
export const PTE_CORE: readonly Dated<ConversionTable>[] = [
  {
    from: '2024-01-30',
    source: 'IRCC Express Entry language page T17 and FCIP language page; accepted from 2024-01-30 (3P news)',
    value: {
      listening: fromClb10(89, 82, 71, 60, 50, 39, 28, 18),
      reading: fromClb10(88, 78, 69, 60, 51, 42, 33, 24),
      writing: fromClb10(90, 88, 79, 69, 60, 51, 41, 32),
      speaking: fromClb10(89, 84, 76, 68, 59, 51, 42, 34),
    },
  },
];

// TEF Canada, "Équivalence ancien score" (the only TEF table on the EE page) [OFFICIAL, §2.5(a)].
export const TEF_LEGACY: readonly Dated<ConversionTable>[] = [
  {
    from: '2015-01-01',
    source: 'IRCC Express Entry language page T10/T18/T24 (modified 2026-06-22), Équivalence ancien score',
    value: {
      listening: fromClb10(316, 298, 280, 249, 217, 181, 145),
      reading: fromClb10(263, 248, 233, 207, 181, 151, 121),
      writing: fromClb10(393, 371, 349, 310, 271, 226, 181),
      speaking: fromClb10(393, 371, 349, 310, 271, 226, 181),
    },
  },
];

// TEF Canada on the /699 scale, by test date [§2.5(b), (c)].
// UNVERIFIED: IRCC tells Express Entry candidates to enter the "Équivalence ancien score" column
// (scale "legacy"); whether Express Entry converts /699 scores at all is unknown (open question 1). A
// /699 entry is converted with these tables and may differ from IRCC's own system.
export const TEF_CURRENT: readonly Dated<ConversionTable>[] = [
  {
    from: '2019-10-01',
    // UNVERIFIED: single transcription (ranjan-expatready/Neuron clb_tables.md) of the 2019-10-01 ->
    // 2023-12-10 uniform bands. Used as published; no second source.
    source: 'UNVERIFIED: ranjan-expatready/Neuron domain_knowledge/raw/language/clb_tables.md (single source)',
    value: uniform(fromClb10(566, 533, 500, 450, 400, 350, 300)),
  },
  {
    from: '2023-12-11',
    source: 'IRCC PGWP language-results page via ranjan-expatready/Neuron clb_tables.md (accessed 2025-12-07)',
    value: {
      listening: fromClb10(546, 503, 462, 434, 393, 352, 306),
      reading: fromClb10(546, 503, 462, 434, 393, 352, 306),
      writing: fromClb10(558, 512, 472, 428, 379, 330, 268),
      speaking: fromClb10(556, 518, 494, 456, 422, 387, 328),
    },
  },
];

// TCF Canada: reading/listening /699 (different bands), writing/speaking /20 [OFFICIAL, §2.6].
export const TCF_CANADA: readonly Dated<ConversionTable>[] = [
  {
    from: '2015-01-01',
    source: 'IRCC Express Entry language page T20/T26 (modified 2026-06-22); test-equivalency charts',
    value: {
      listening: fromClb10(549, 523, 503, 458, 398, 369, 331),
      reading: fromClb10(549, 524, 499, 453, 406, 375, 342),
      writing: fromClb10(16, 14, 12, 10, 7, 6, 4),
      speaking: fromClb10(16, 14, 12, 10, 7, 6, 4),
    },
  },
];

/** How long a result stays valid, in years from the test date [OFFICIAL, §2.7]. */
export const TEST_VALIDITY_YEARS: readonly Dated<number>[] = [
  { from: '2015-01-01', source: 'IRCC Express Entry language page; MI 2017-1 s.3(4) (§2.7)', value: 2 },
];
