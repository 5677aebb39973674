// Eligibility for the three Express Entry programs on a date: Federal Skilled Worker (minimums and
// the 67-point grid), Canadian Experience Class and Federal Skilled Trades [§3].
import type { Profile } from '../../schemas/profile';
import type { CalendarDate } from '../dates';
import { inForceOrThrow } from '../dated';
import { canadianWorkCriteria, factsOn, prepareProfile, yearsBefore, type Facts } from '../facts';
import { crsFromFacts, type LanguageAssignment } from '../crs/calculate-crs';
import { languageReason, type TestResult } from '../language/clb';
import type { ReasonCode } from '../reasons';
import {
  completedYears,
  groupByNoc,
  hoursInWindow,
  longestContinuousHours,
  selectStints,
} from '../work/experience';
import { checkFunds, type FundsCheck } from './proof-of-funds';
import { CEC, FST, FSW, type FswGrid } from './tables';

/** Programs a round can be open to; 'pnp' = candidates with a provincial nomination. */
export type ProgramId = 'fsw' | 'cec' | 'fst' | 'pnp';
/** The three programs with their own eligibility rules. */
export type FederalProgramId = Exclude<ProgramId, 'pnp'>;

export type FswResult = {
  eligible: boolean;
  /** The selection grid total (out of 100), computed even when a minimum is not met. */
  points: number;
  /** The grid's pass mark in force (67). */
  passMark: number;
  grid: { language: number; education: number; experience: number; age: number; arrangedEmployment: number; adaptability: number };
  /** Primary occupation: the NOC of the longest continuous run of skilled work in the last 10 years. */
  noc: string | null;
  /** Completed years of that run. */
  experienceYears: number;
  funds: FundsCheck;
  reasons: ReasonCode[];
};

export type CecResult = {
  eligible: boolean;
  /** Qualifying Canadian hours in the last 3 years (30 h/week at most), whole hours. */
  canadianHours: number;
  /** CLB/NCLC needed on every ability: 7 when relying on TEER 0/1 work, 5 for TEER 2/3 only. */
  requiredClb: number;
  /** The rule in force: hours needed within the last `windowYears` years. */
  requiredHours: number;
  windowYears: number;
  reasons: ReasonCode[];
};

export type FstResult = {
  eligible: boolean;
  /** The trade with the most hours in the last 5 years, or null without trade experience. */
  noc: string | null;
  /** Its hours in the last 5 years (30 h/week at most), whole hours. */
  tradeHours: number;
  /** The rule in force: hours needed within the last `windowYears` years. */
  requiredHours: number;
  windowYears: number;
  funds: FundsCheck;
  reasons: ReasonCode[];
};

export type ProgramsResult = { fsw: FswResult; cec: CecResult; fst: FstResult };

/** Whether a result reaches `minimum` on every ability. */
function meets(result: TestResult | null, minimum: { listening: number; reading: number; writing: number; speaking: number }): boolean {
  if (result === null) return false;
  const l = result.levels;
  return l.listening >= minimum.listening && l.reading >= minimum.reading && l.writing >= minimum.writing && l.speaking >= minimum.speaking;
}

// ---- Federal Skilled Worker ---------------------------------------------------------------------

function fswAdaptability(facts: Facts, grid: FswGrid, arrangedEmployment: boolean): number {
  const points = grid.adaptability;
  const { prepared, profile } = facts;
  const everBefore = { from: Number.NEGATIVE_INFINITY, to: facts.asOfDay - 1 };
  // "At least 1 year of full-time work in Canada": full-time jobs only (30 h/week or more).
  // UNVERIFIED: self-employment and work while a full-time student are left out, as for Canadian
  // experience (the FSW adaptability text does not say).
  let total = 0;
  if (hoursInWindow(prepared.stints, everBefore, canadianWorkCriteria(facts.skilledTeers, false)) >= grid.minimumHours) {
    total += points.ownWork;
  }
  if (facts.principal.education.canadianStudyTwoYears) total += points.ownStudy;
  if (arrangedEmployment) total += points.arrangedEmployment;
  if (profile.relativeInCanada === true || profile.siblingInCanada === true) total += points.relatives;
  const spouse = facts.spouse;
  if (spouse !== null && prepared.spouse !== null) {
    const { english, french } = spouse.language;
    const spouseMin = Math.max(english?.min ?? 0, french?.min ?? 0);
    if (spouseMin >= points.spouseLanguageMinClb) total += points.spouseLanguage;
    if (spouse.education.canadianStudyTwoYears) total += points.spouseStudy;
    if (hoursInWindow(prepared.spouse.stints, everBefore, canadianWorkCriteria(null, false)) >= grid.minimumHours) {
      total += points.spouseWork;
    }
  }
  return Math.min(points.cap, total);
}

function evaluateFsw(facts: Facts, assignment: LanguageAssignment, funds: FundsCheck): FswResult {
  const grid = inForceOrThrow(FSW, facts.asOf);
  const reasons: ReasonCode[] = [];

  // Work: 1 year (1,560 h) of continuous paid skilled work in one occupation in the last 10 years.
  // Work while studying counts for FSW (§3.2).
  // UNVERIFIED: whether self-employment counts (sources disagree): excluded.
  // UNVERIFIED: whether years beyond the first must be continuous and in the same occupation (§3.3):
  // the experience points count only that continuous run (conservative).
  const skilled = selectStints(facts.prepared.stints, {
    where: 'anywhere',
    teers: facts.skilledTeers,
    nocs: null,
    excludeSelfEmployed: true,
    excludeFullTimeStudent: false,
    minHoursPerWeek: 0,
  });
  const window = yearsBefore(facts, grid.windowYears);
  let noc: string | null = null;
  let runHours = 0;
  for (const [code, stints] of groupByNoc(skilled)) {
    const hours = longestContinuousHours(stints, window);
    if (hours > runHours) {
      runHours = hours;
      noc = code;
    }
  }
  const experienceYears = completedYears(runHours);
  if (runHours < grid.minimumHours) reasons.push('FSW_WORK_EXPERIENCE_UNDER_1_YEAR');

  // Language: first official language CLB 7+ on all four.
  const { first, second } = assignment;
  const missing = languageReason(facts.principal.language);
  if (missing !== null) reasons.push(missing);
  else if (first === null || first.min < grid.minimumClb) reasons.push('FSW_LANGUAGE_BELOW_CLB7');
  let language = 0;
  if (first !== null && first.min >= grid.minimumClb) {
    for (const clb of [first.levels.listening, first.levels.reading, first.levels.writing, first.levels.speaking]) {
      language += grid.firstLanguage.find((row) => clb >= row.minClb)?.points ?? 0;
    }
  }
  if (second !== null && second.min >= grid.secondLanguage.minClb) language += grid.secondLanguage.points;

  // Education: a Canadian credential or an assessed foreign one.
  if (!facts.principal.education.assessed) reasons.push('FSW_EDUCATION_NOT_ASSESSED');
  const education = grid.education[facts.principal.education.row];

  const experience = grid.experience.find((row) => experienceYears >= row.minYears)?.points ?? 0;
  const age = grid.age[facts.age] ?? 0;
  const arrangedEmployment = facts.offerQualifies ? grid.arrangedEmployment : 0;
  const adaptability = fswAdaptability(facts, grid, arrangedEmployment > 0);
  const points = language + education + experience + age + arrangedEmployment + adaptability;
  if (points < grid.passMark) reasons.push('FSW_POINTS_BELOW_67');

  if (funds.problem === 'UNKNOWN') reasons.push('FSW_PROOF_OF_FUNDS_UNKNOWN');
  if (funds.problem === 'INSUFFICIENT') reasons.push('FSW_PROOF_OF_FUNDS_INSUFFICIENT');

  return {
    eligible: reasons.length === 0,
    points,
    passMark: grid.passMark,
    grid: { language, education, experience, age, arrangedEmployment, adaptability },
    noc,
    experienceYears,
    funds,
    reasons,
  };
}

// ---- Canadian Experience Class ------------------------------------------------------------------

function evaluateCec(facts: Facts): CecResult {
  const rules = inForceOrThrow(CEC, facts.asOf);
  const reasons: ReasonCode[] = [];
  // In Canada, authorized, paid, TEER 0-3; not self-employed, not while a full-time student [§3.5].
  const window = yearsBefore(facts, rules.windowYears);
  const canadianHours = hoursInWindow(facts.prepared.stints, window, canadianWorkCriteria(facts.skilledTeers, true));
  // UNVERIFIED: the language level when the hours mix TEER 0/1 and TEER 2/3 (§3.5, open question 5).
  // CLB 5 only when TEER 2/3 work alone makes the year; otherwise the candidate relies on TEER 0/1 work.
  const teer23 = facts.skilledTeers.filter((teer) => teer >= 2);
  const teer23Hours = hoursInWindow(facts.prepared.stints, window, canadianWorkCriteria(teer23, true));
  const requiredClb = teer23Hours >= rules.minimumHours ? rules.clbTeer23 : rules.clbTeer01;
  if (canadianHours < rules.minimumHours) reasons.push('CEC_CANADIAN_EXPERIENCE_UNDER_1_YEAR');
  // "CLB 7 in English or NCLC 7 in French": either official language.
  const { english, french } = facts.principal.language;
  const missing = languageReason(facts.principal.language);
  if (missing !== null) reasons.push(missing);
  else if ((english?.min ?? 0) < requiredClb && (french?.min ?? 0) < requiredClb) {
    reasons.push(requiredClb >= rules.clbTeer01 ? 'CEC_LANGUAGE_BELOW_CLB7' : 'CEC_LANGUAGE_BELOW_CLB5');
  }
  return {
    eligible: reasons.length === 0,
    canadianHours: Math.floor(canadianHours),
    requiredClb,
    requiredHours: rules.minimumHours,
    windowYears: rules.windowYears,
    reasons,
  };
}

// ---- Federal Skilled Trades ---------------------------------------------------------------------

function isTrade(noc: string, trades: { include: readonly string[]; exclude: readonly string[] }): boolean {
  return trades.include.some((prefix) => noc.startsWith(prefix)) && !trades.exclude.some((prefix) => noc.startsWith(prefix));
}

function evaluateFst(facts: Facts, funds: FundsCheck): FstResult {
  const rules = inForceOrThrow(FST, facts.asOf);
  const reasons: ReasonCode[] = [];
  const { profile } = facts;
  // Paid work in one skilled trade, in Canada or abroad.
  // UNVERIFIED: self-employment excluded; hours in different trades are not added ("in a skilled
  // trade"); the offer or certificate must be in that same trade. Experience only counts once
  // qualified to practise (jiauddinimmigration.com), which the profile cannot show: not applied.
  const paid = selectStints(facts.prepared.stints, {
    where: 'anywhere',
    teers: null,
    nocs: null,
    excludeSelfEmployed: true,
    excludeFullTimeStudent: false,
    minHoursPerWeek: 0,
  });
  const window = yearsBefore(facts, rules.windowYears);
  const offer = profile.jobOffer;
  const certificate = profile.certificateOfQualification;
  let noc: string | null = null;
  let tradeHours = 0;
  let qualifyingTrade = false;
  let backedTrade = false;
  for (const [code, stints] of groupByNoc(paid)) {
    if (!isTrade(code, rules.trades)) continue;
    const hours = hoursInWindow(stints, window);
    if (noc === null || hours > tradeHours) {
      tradeHours = hours;
      noc = code;
    }
    if (hours >= rules.minimumHours) {
      qualifyingTrade = true;
      if ((offer != null && offer.lmiaOrExempt && offer.noc === code) || certificate?.trade === code) backedTrade = true;
    }
  }
  if (noc === null) reasons.push('FST_NO_TRADE_EXPERIENCE');
  else if (!qualifyingTrade) reasons.push('FST_TRADE_EXPERIENCE_UNDER_2_YEARS');
  else if (!backedTrade) reasons.push('FST_NO_JOB_OFFER_OR_CERTIFICATE');

  const { english, french } = facts.principal.language;
  const missing = languageReason(facts.principal.language);
  if (missing !== null) reasons.push(missing);
  else if (!meets(english, rules.minimumClb) && !meets(french, rules.minimumClb)) reasons.push('FST_LANGUAGE_BELOW_MINIMUM');

  if (funds.problem === 'UNKNOWN') reasons.push('FST_PROOF_OF_FUNDS_UNKNOWN');
  if (funds.problem === 'INSUFFICIENT') reasons.push('FST_PROOF_OF_FUNDS_INSUFFICIENT');
  return {
    eligible: reasons.length === 0,
    noc,
    tradeHours: Math.floor(tradeHours),
    requiredHours: rules.minimumHours,
    windowYears: rules.windowYears,
    funds,
    reasons,
  };
}

// ---- all three ----------------------------------------------------------------------------------

export function programsFromFacts(facts: Facts, assignment: LanguageAssignment): ProgramsResult {
  const funds = checkFunds(facts);
  return { fsw: evaluateFsw(facts, assignment, funds), cec: evaluateCec(facts), fst: evaluateFst(facts, funds) };
}

/** FSW, CEC and FST eligibility of `profile` under the rules in force on `asOf`. */
export function evaluatePrograms(profile: Profile, options: { asOf: CalendarDate }): ProgramsResult {
  const facts = factsOn(prepareProfile(profile), options.asOf);
  return programsFromFacts(facts, crsFromFacts(facts).assignment);
}
