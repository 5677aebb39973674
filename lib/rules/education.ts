// What a list of credentials is worth on a date: the grid row, the transferability tier and the
// Canadian-education level. Shared by the CRS and the FSW grid.
import type { Credential, EducationLevel } from '../schemas/profile';
import type { CalendarDate } from './dates';
import type { EducationRow } from './crs/tables';

export type EducationSummary = {
  /** The best grid row the credentials reach. */
  readonly row: EducationRow;
  /** Transferability tier: 0 = secondary or less, 1 = one post-secondary credential of 1+ years
   *  (one-year, two-year, bachelor's, three-year), 2 = two or more with one of 3+ years, a master's,
   *  a professional degree or a doctorate. */
  readonly tier: 0 | 1 | 2;
  /** Best Canadian post-secondary credential: none, one or two years, three years or longer. */
  readonly canadian: 'none' | 'one_or_two_years' | 'three_years_or_more';
  /** Some credential counts (Canadian, or foreign with an ECA): the FSW education requirement. */
  readonly assessed: boolean;
  /** A Canadian credential of a program of two years or more (FSW adaptability, past study). */
  readonly canadianStudyTwoYears: boolean;
};

const RANK: Readonly<Record<EducationLevel, number>> = {
  secondary: 1,
  one_year: 2,
  two_year: 3,
  bachelors: 4,
  three_year: 4,
  masters: 6,
  professional: 6,
  doctoral: 7,
};
const ROWS: readonly EducationRow[] = [
  'none',
  'secondary',
  'one_year',
  'two_year',
  'bachelors',
  'two_or_more',
  'masters',
  'doctoral',
];
const TWO_OR_MORE_RANK = 5;

// UNVERIFIED: FSW "2 academic years of full-time study in a program of 2+ years". A master's may be a
// one-year program and a secondary diploma may take a single year in Canada, so only these levels are
// taken as proof.
const TWO_YEAR_PROGRAMS: ReadonlySet<EducationLevel> = new Set(['two_year', 'bachelors', 'three_year', 'professional', 'doctoral']);

/**
 * Credentials count once completed (completedOn on or before `date`) and when Canadian or, for a
 * foreign credential, assessed (ECA): the grid is for "Canadian degree, diploma or certificate or
 * ECA equivalent".
 */
export function summarizeEducation(credentials: readonly Credential[], date: CalendarDate): EducationSummary {
  // Not applied (the profile does not record them): the 5-year ECA validity, and the Canadian-education
  // conditions of MI s.30 (8 months of full-time study and physical presence, distance learning).
  let best = 0;
  let postSecondary = 0;
  let threeYears = false;
  let canadianBest = 0;
  let canadianStudyTwoYears = false;
  for (const credential of credentials) {
    if (credential.completedOn > date || !(credential.canadian || credential.eca === true)) continue;
    const rank = RANK[credential.level];
    if (rank > best) best = rank;
    if (rank >= 2) postSecondary++;
    if (rank >= 4) threeYears = true;
    if (credential.canadian && rank >= 2 && rank > canadianBest) canadianBest = rank;
    if (credential.canadian && TWO_YEAR_PROGRAMS.has(credential.level)) canadianStudyTwoYears = true;
  }
  // "Two or more certificates, diplomas or degrees; one must be for a program of 3+ years": post-secondary.
  if (postSecondary >= 2 && threeYears && best < TWO_OR_MORE_RANK) best = TWO_OR_MORE_RANK;
  return {
    row: ROWS[best],
    tier: best <= 1 ? 0 : best >= TWO_OR_MORE_RANK ? 2 : 1,
    canadian: canadianBest === 0 ? 'none' : canadianBest >= 4 ? 'three_years_or_more' : 'one_or_two_years',
    assessed: best > 0,
    canadianStudyTwoYears,
  };
}
