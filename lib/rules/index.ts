// Public API of the rules module: pure functions of a profile and a date (see docs/rules.md).
export type { Profile } from '../schemas/profile';
export { profileSchema, profileJsonSchema, formatIssues } from '../schemas/profile';

export {
  addDays,
  addMonths,
  addYears,
  ageOn,
  birthdayOf,
  compareDates,
  daysBetween,
  fromDayNumber,
  toDayNumber,
  type CalendarDate,
} from './dates';
export { ruleSetOn, RULE_CHANGES, EXPRESS_ENTRY_START } from './rule-set';
export { reasonText, REASON_CODES, type ReasonCode } from './reasons';

export {
  toClb,
  toTestResult,
  testLanguage,
  testExpiresOn,
  isResultValidOn,
  languageStandingOn,
  type AbilityLevels,
  type LanguageStanding,
  type OfficialLanguage,
  type TefScale,
  type TestResult,
} from './language/clb';
export type { Ability } from './language/tables';

export {
  completedYears,
  fullTimeMonths,
  groupByNoc,
  hoursInWindow,
  longestContinuousHours,
  selectStints,
  stintCounts,
  teerOf,
  toStint,
  windowBefore,
  HOURS_PER_MONTH,
  HOURS_PER_YEAR,
  WEEKLY_HOURS_CAP,
  type Stint,
  type StintCriteria,
  type Window,
} from './work/experience';

export { calculateCrs, type CrsFactors, type CrsResult, type LanguageLevels } from './crs/calculate-crs';
export {
  evaluatePrograms,
  type CecResult,
  type FederalProgramId,
  type FstResult,
  type FswResult,
  type ProgramId,
  type ProgramsResult,
} from './programs/evaluate-programs';
export { fundsRequired, type FundsCheck } from './programs/proof-of-funds';
export {
  categoriesInForce,
  categoryVersionOn,
  experienceRuleOn,
  CATEGORY_IDS,
  CATEGORY_NAMES,
  type CategoryId,
  type CategoryVersion,
  type ExperienceRule,
} from './categories/catalog';
export { evaluateCategories, type CategoriesResult, type CategoryResult } from './categories/evaluate-categories';
export { evaluateRound, type RoundInput, type RoundVerdict } from './rounds/evaluate-round';
export { evaluate, type EvaluateOptions, type Evaluation } from './evaluate';
