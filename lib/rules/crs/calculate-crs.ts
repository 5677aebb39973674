// The Comprehensive Ranking System score of a profile on a date: every factor, the four sections
// (A core, B spouse, C skill transferability, D additional), their caps and the total.
// Source: docs/domain/crs-and-programs.md §1.
import type { Profile } from '../../schemas/profile';
import type { CalendarDate } from '../dates';
import { inForceOrThrow } from '../dated';
import { factsOn, prepareProfile, type Facts } from '../facts';
import type { AbilityLevels, OfficialLanguage, TestResult } from '../language/clb';
import { ruleSetOn } from '../rule-set';
import { completedYears } from '../work/experience';
import {
  ADDITIONAL,
  CORE,
  SPOUSE,
  TOTAL_CAP,
  TRANSFERABILITY,
  type AdditionalGrid,
  type CoreGrid,
  type EducationRow,
  type TransferabilityGrid,
} from './tables';

export type CrsFactors = {
  // A. core / human capital
  age: number;
  education: number;
  firstLanguage: number;
  secondLanguage: number;
  canadianWork: number;
  // B. spouse or common-law partner
  spouseEducation: number;
  spouseLanguage: number;
  spouseCanadianWork: number;
  // C. skill transferability (before the group caps of 50)
  educationLanguage: number;
  educationCanadianWork: number;
  foreignWorkLanguage: number;
  foreignWorkCanadianWork: number;
  certificateOfQualification: number;
  // D. additional points
  provincialNomination: number;
  arrangedEmployment: number;
  frenchLanguage: number;
  canadianEducation: number;
  sibling: number;
};

/** A language result as shown to the user: the test and the CLB/NCLC of each ability. */
export type LanguageLevels = AbilityLevels & {
  language: OfficialLanguage;
  test: TestResult['test'];
  date: CalendarDate;
};

export type CrsResult = {
  total: number;
  core: number;
  spouse: number;
  transferability: number;
  additional: number;
  factors: CrsFactors;
  /** Transferability after each group's cap of 50. */
  transferabilityGroups: { education: number; foreignWork: number; certificateOfQualification: number };
  clb: { first: LanguageLevels | null; second: LanguageLevels | null };
  /** Scored with the "with spouse" columns and section B. */
  withSpouse: boolean;
  /** The figures the points come from. */
  basis: {
    age: number;
    education: EducationRow;
    canadianWorkYears: number;
    foreignWorkYears: number;
    spouseEducation: EducationRow | null;
    spouseCanadianWorkYears: number | null;
  };
  /** Rule-set identifier in force on the date (see lib/rules/rule-set.ts). */
  rules: string;
};

/** Which result is the first official language, which the second. */
export type LanguageAssignment = { first: TestResult | null; second: TestResult | null };

/** Sum over the four abilities of the points of the first row each level reaches (0 below every row). */
function languagePoints<T>(rows: readonly { minClb: number; points: T }[], levels: AbilityLevels, points: (row: T) => number): number {
  return (
    rowPoints(rows, levels.listening, points) +
    rowPoints(rows, levels.reading, points) +
    rowPoints(rows, levels.writing, points) +
    rowPoints(rows, levels.speaking, points)
  );
}

function rowPoints<T>(rows: readonly { minClb: number; points: T }[], clb: number, points: (row: T) => number): number {
  for (const row of rows) if (clb >= row.minClb) return points(row.points);
  return 0;
}

const withSpouseColumn = (pair: readonly [number, number]) => pair[0];
const singleColumn = (pair: readonly [number, number]) => pair[1];
const asIs = (points: number) => points;

function levelsOf(result: TestResult | null): LanguageLevels | null {
  if (result === null) return null;
  return { language: result.language, test: result.test, date: result.date, ...result.levels };
}

/** Transferability points of one combination: `tier` 1 or 2 of the first criterion. */
function tierPoints(tiers: readonly [number, number], tier: 0 | 1 | 2): number {
  return tier === 0 ? 0 : tiers[tier - 1];
}

function languageTierPoints(grid: TransferabilityGrid, minClb: number, tier: 0 | 1 | 2): number {
  if (minClb >= grid.languageClb[1]) return tierPoints(grid.language.upper, tier);
  if (minClb >= grid.languageClb[0]) return tierPoints(grid.language.lower, tier);
  return 0;
}

function canadianTierPoints(grid: TransferabilityGrid, canadianYears: number, tier: 0 | 1 | 2): number {
  if (canadianYears >= 2) return tierPoints(grid.canadianWork.twoYears, tier);
  if (canadianYears === 1) return tierPoints(grid.canadianWork.oneYear, tier);
  return 0;
}

function additionalPoints(facts: Facts, grid: AdditionalGrid) {
  const { profile, principal } = facts;
  const nomination = profile.provincialNomination;
  const offer = profile.jobOffer;
  let arrangedEmployment = 0;
  if (offer && facts.offerQualifies) {
    arrangedEmployment = offer.noc.startsWith('00') ? grid.arrangedEmployment.majorGroup00 : grid.arrangedEmployment.other;
  }
  // French bonus: keyed to the French results, whichever language is first [§1.9].
  const { english, french } = principal.language;
  let frenchLanguage = 0;
  if (french !== null && french.min >= 7) {
    frenchLanguage = english !== null && english.min >= 5 ? grid.french.bilingual : grid.french.frenchOnly;
  }
  const education = principal.education.canadian;
  return {
    provincialNomination: nomination && nomination.nominatedOn <= facts.asOf ? grid.provincialNomination : 0,
    arrangedEmployment,
    frenchLanguage,
    canadianEducation:
      education === 'three_years_or_more'
        ? grid.canadianEducation.threeYearsOrMore
        : education === 'one_or_two_years'
          ? grid.canadianEducation.oneOrTwoYears
          : 0,
    sibling: profile.siblingInCanada === true ? grid.sibling : 0,
  };
}

function scoreWith(facts: Facts, assignment: LanguageAssignment, rules: string): CrsResult {
  const core: CoreGrid = inForceOrThrow(CORE, facts.asOf);
  const spouseGrid = inForceOrThrow(SPOUSE, facts.asOf);
  const transfer = inForceOrThrow(TRANSFERABILITY, facts.asOf);
  const extra = inForceOrThrow(ADDITIONAL, facts.asOf);
  const withSpouse = facts.spouse !== null;
  const column = withSpouse ? 0 : 1;
  const { principal } = facts;
  const { first, second } = assignment;

  const canadianYears = completedYears(principal.canadianHours);
  const foreignYears = completedYears(facts.foreignHours);

  // A. core
  const age = core.age[facts.age]?.[column] ?? 0;
  const education = core.education[principal.education.row][column];
  const pick = withSpouse ? withSpouseColumn : singleColumn;
  const firstLanguage = first === null ? 0 : languagePoints(core.firstLanguage, first.levels, pick);
  const secondLanguage =
    second === null ? 0 : Math.min(core.secondLanguageCap[column], languagePoints(core.secondLanguage, second.levels, pick));
  const canadianWork = core.canadianWork[Math.min(canadianYears, core.canadianWork.length - 1)][column];
  const coreTotal = Math.min(core.cap[column], age + education + firstLanguage + secondLanguage + canadianWork);

  // B. spouse
  const spouse = facts.spouse;
  let spouseEducation = 0;
  let spouseLanguage = 0;
  let spouseCanadianWork = 0;
  let spouseYears: number | null = null;
  if (spouse !== null) {
    spouseYears = completedYears(spouse.canadianHours);
    spouseEducation = spouseGrid.education[spouse.education.row];
    // The spouse's first official language: whichever of the spouse's valid results scores more.
    const { english, french } = spouse.language;
    if (english !== null) spouseLanguage = languagePoints(spouseGrid.language, english.levels, asIs);
    if (french !== null) spouseLanguage = Math.max(spouseLanguage, languagePoints(spouseGrid.language, french.levels, asIs));
    spouseCanadianWork = spouseGrid.canadianWork[Math.min(spouseYears, spouseGrid.canadianWork.length - 1)];
  }
  const spouseTotal = Math.min(spouseGrid.cap, spouseEducation + spouseLanguage + spouseCanadianWork);

  // C. skill transferability: language = lowest ability of the first official language.
  const minClb = first === null ? 0 : first.min;
  const tier = principal.education.tier;
  const foreignTier: 0 | 1 | 2 = foreignYears >= 3 ? 2 : foreignYears >= 1 ? 1 : 0;
  const educationLanguage = languageTierPoints(transfer, minClb, tier);
  const educationCanadianWork = canadianTierPoints(transfer, canadianYears, tier);
  const foreignWorkLanguage = languageTierPoints(transfer, minClb, foreignTier);
  const foreignWorkCanadianWork = canadianTierPoints(transfer, canadianYears, foreignTier);
  let certificateOfQualification = 0;
  if (facts.profile.certificateOfQualification) {
    if (minClb >= transfer.certificateClb[1]) certificateOfQualification = transfer.certificate[1];
    else if (minClb >= transfer.certificateClb[0]) certificateOfQualification = transfer.certificate[0];
  }
  const groups = {
    education: Math.min(transfer.groupCap, educationLanguage + educationCanadianWork),
    foreignWork: Math.min(transfer.groupCap, foreignWorkLanguage + foreignWorkCanadianWork),
    certificateOfQualification: Math.min(transfer.groupCap, certificateOfQualification),
  };
  const transferability = Math.min(transfer.cap, groups.education + groups.foreignWork + groups.certificateOfQualification);

  // D. additional
  const additional = additionalPoints(facts, extra);
  const additionalTotal = Math.min(
    extra.cap,
    additional.provincialNomination +
      additional.arrangedEmployment +
      additional.frenchLanguage +
      additional.canadianEducation +
      additional.sibling,
  );

  return {
    total: Math.min(TOTAL_CAP, coreTotal + spouseTotal + transferability + additionalTotal),
    core: coreTotal,
    spouse: spouseTotal,
    transferability,
    additional: additionalTotal,
    factors: {
      age,
      education,
      firstLanguage,
      secondLanguage,
      canadianWork,
      spouseEducation,
      spouseLanguage,
      spouseCanadianWork,
      educationLanguage,
      educationCanadianWork,
      foreignWorkLanguage,
      foreignWorkCanadianWork,
      certificateOfQualification,
      ...additional,
    },
    transferabilityGroups: groups,
    clb: { first: levelsOf(first), second: levelsOf(second) },
    withSpouse,
    basis: {
      age: facts.age,
      education: principal.education.row,
      canadianWorkYears: canadianYears,
      foreignWorkYears: foreignYears,
      spouseEducation: spouse === null ? null : spouse.education.row,
      spouseCanadianWorkYears: spouseYears,
    },
    rules,
  };
}

/**
 * The CRS on the facts' date, with the first/second official language assignment used: the one the
 * profile names (`firstOfficialLanguage`), otherwise the one that scores more (English first on a tie).
 */
export function crsFromFacts(facts: Facts): { crs: CrsResult; assignment: LanguageAssignment } {
  const { english, french } = facts.principal.language;
  const rules = ruleSetOn(facts.asOf);
  const englishFirst: LanguageAssignment = { first: english, second: french };
  const frenchFirst: LanguageAssignment = { first: french, second: english };
  const chosen = facts.profile.firstOfficialLanguage;
  let assignments: LanguageAssignment[];
  if (chosen === 'english' || (chosen == null && french === null)) assignments = [englishFirst];
  else if (chosen === 'french' || english === null) assignments = [frenchFirst];
  else assignments = [englishFirst, frenchFirst];
  let best: { crs: CrsResult; assignment: LanguageAssignment } | null = null;
  for (const assignment of assignments) {
    const crs = scoreWith(facts, assignment, rules);
    if (best === null || crs.total > best.crs.total) best = { crs, assignment };
  }
  return best as { crs: CrsResult; assignment: LanguageAssignment };
}

/** The CRS score of `profile` under the rules in force on `asOf`. */
export function calculateCrs(profile: Profile, options: { asOf: CalendarDate }): CrsResult {
  return crsFromFacts(factsOn(prepareProfile(profile), options.asOf)).crs;
}
