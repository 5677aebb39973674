// Which occupations count as skilled work for Express Entry, by date.
import type { Dated } from '../dated';

export const SKILLED_TEERS: readonly Dated<readonly number[]>[] = [
  {
    from: '2015-01-01',
    // UNVERIFIED mapping: before 2022-11-16 the rule was NOC 2016 skill type 0 and skill levels A and B.
    // Profiles hold NOC 2021 codes, so the old rule is applied as TEER 0-3 (0 -> TEER 0, A -> TEER 1,
    // B -> TEER 2 and 3); a few occupations moved between levels in the 2021 revision.
    source: 'UNVERIFIED mapping of NOC 2016 skill type 0 / levels A, B onto NOC 2021 TEER 0-3 (§0.1)',
    value: [0, 1, 2, 3],
  },
  {
    from: '2022-11-16',
    source: 'CEC/FSW pages (modified 2026-06-22): "TEER categories: 0, 1, 2, or 3"; NOC 2021 in force 2022-11-16',
    value: [0, 1, 2, 3],
  },
];
