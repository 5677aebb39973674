// The figures every rule reads, derived once per profile and date: dates become day numbers, test
// scores become CLB levels, jobs become stints, then the date-dependent figures (age, education,
// valid language results, CRS work experience) are computed once and shared by the CRS, programs,
// categories and round verdicts.
import type { Credential, Profile } from '../schemas/profile';
import { ageOn, toDayNumber, type CalendarDate } from './dates';
import { inForceOrThrow } from './dated';
import { summarizeEducation, type EducationSummary } from './education';
import { languageStandingOn, toTestResult, type LanguageStanding, type TestResult } from './language/clb';
import { CANADIAN_WORK_RULE } from './crs/tables';
import { SKILLED_TEERS } from './work/skilled';
import { hoursInWindow, teerOf, toStint, windowBefore, type Stint, type StintCriteria, type Window } from './work/experience';

/** The date-independent part: computed once per profile. */
export type PreparedPerson = {
  readonly education: readonly Credential[];
  readonly results: readonly TestResult[];
  readonly stints: readonly Stint[];
};

export type PreparedProfile = PreparedPerson & {
  readonly profile: Profile;
  /** Married or common-law. */
  readonly couple: boolean;
  /** The spouse is scored ("with spouse" columns, section B): accompanying and not a citizen or PR. */
  readonly withSpouse: boolean;
  /** The spouse, when the candidate is married or common-law. */
  readonly spouse: (PreparedPerson & { readonly accompanying: boolean; readonly canadianCitizenOrPR: boolean }) | null;
};

function preparePerson(education: readonly Credential[], tests: Profile['languageTests'], jobs: Profile['workHistory']): PreparedPerson {
  const results: TestResult[] = [];
  for (const test of tests) {
    const result = toTestResult(test);
    if (result !== null) results.push(result);
  }
  return { education, results, stints: jobs.map(toStint) };
}

export function prepareProfile(profile: Profile): PreparedProfile {
  const couple = profile.maritalStatus === 'married' || profile.maritalStatus === 'common_law';
  const spouse = couple && profile.spouse ? profile.spouse : null;
  return {
    profile,
    couple,
    withSpouse: spouse !== null && spouse.accompanying && !spouse.canadianCitizenOrPR,
    ...preparePerson(profile.education, profile.languageTests, profile.workHistory),
    spouse:
      spouse === null
        ? null
        : {
            accompanying: spouse.accompanying,
            canadianCitizenOrPR: spouse.canadianCitizenOrPR,
            ...preparePerson(spouse.education ?? [], spouse.languageTests ?? [], spouse.workHistory ?? []),
          },
  };
}

/** A person's figures on a date. */
export type PersonFacts = {
  readonly education: EducationSummary;
  readonly language: LanguageStanding;
  /** Canadian skilled work in the 10 years before the date (CRS definition), hours. */
  readonly canadianHours: number;
};

export type Facts = {
  readonly prepared: PreparedProfile;
  readonly profile: Profile;
  readonly asOf: CalendarDate;
  readonly asOfDay: number;
  readonly age: number;
  readonly principal: PersonFacts;
  /** Foreign skilled work in the 10 years before the date (CRS definition), hours. */
  readonly foreignHours: number;
  /** The spouse's figures when the spouse is scored (`withSpouse`), else null. */
  readonly spouse: PersonFacts | null;
  readonly skilledTeers: readonly number[];
  /** A job offer that earns arranged-employment points: LMIA-supported or exempt, skilled (TEER 0-3). */
  readonly offerQualifies: boolean;
  /** Windows already computed, by number of years (see `yearsBefore`). */
  readonly windows: Window[];
};

/** The `years` years before the facts' date (`windowBefore`), computed once per evaluation. */
export function yearsBefore(facts: Facts, years: number): Window {
  let window = facts.windows[years];
  if (window === undefined) {
    window = windowBefore(facts.asOf, years);
    facts.windows[years] = window;
  }
  return window;
}

/**
 * Canadian work [OFFICIAL, MI 15(3), 15(7)(a); §4; CEC page]: in Canada, paid, authorized, in `teers`
 * (null = any), not while a full-time student; with `partTimeCounts` false, full-time jobs only. The
 * CRS, CEC and FSW adaptability all read Canadian work this way.
 */
export function canadianWorkCriteria(teers: readonly number[] | null, partTimeCounts: boolean): StintCriteria {
  return {
    where: 'canada',
    teers,
    nocs: null,
    // UNVERIFIED: the exact MI clause excluding self-employment was not seen; excluded as for CEC
    // (canadianimmigrationinstitute.com podcast ep. 167).
    excludeSelfEmployed: true,
    excludeFullTimeStudent: true,
    minHoursPerWeek: partTimeCounts ? 0 : 30,
  };
}

/** CRS foreign work [§4]: outside Canada, skilled, paid; work during full-time study counts (carvajal.ca 2018). */
export function foreignWorkCriteria(teers: readonly number[]): StintCriteria {
  // UNVERIFIED: whether foreign self-employment counts; excluded (conservative).
  return { where: 'abroad', teers, nocs: null, excludeSelfEmployed: true, excludeFullTimeStudent: false, minHoursPerWeek: 0 };
}

function personFacts(person: PreparedPerson, asOf: CalendarDate, canadian: StintCriteria, window: Window): PersonFacts {
  return {
    education: summarizeEducation(person.education, asOf),
    language: languageStandingOn(person.results, asOf),
    canadianHours: hoursInWindow(person.stints, window, canadian),
  };
}

export function factsOn(prepared: PreparedProfile, asOf: CalendarDate): Facts {
  const skilledTeers = inForceOrThrow(SKILLED_TEERS, asOf);
  const canadian = canadianWorkCriteria(skilledTeers, inForceOrThrow(CANADIAN_WORK_RULE, asOf).partTimeCounts);
  const tenYears = windowBefore(asOf, 10);
  const offer = prepared.profile.jobOffer;
  const windows: Window[] = [];
  windows[10] = tenYears;
  return {
    prepared,
    profile: prepared.profile,
    asOf,
    asOfDay: toDayNumber(asOf),
    // UNVERIFIED: how IRCC ages a February-29 birthday in a common year; `ageOn` completes the year on
    // March 1 (Interpretation Act s. 30 reading).
    age: ageOn(prepared.profile.dateOfBirth, asOf),
    principal: personFacts(prepared, asOf, canadian, tenYears),
    foreignHours: hoursInWindow(prepared.stints, tenYears, foreignWorkCriteria(skilledTeers)),
    spouse: prepared.withSpouse && prepared.spouse ? personFacts(prepared.spouse, asOf, canadian, tenYears) : null,
    skilledTeers,
    offerQualifies: offer != null && offer.lmiaOrExempt && skilledTeers.includes(teerOf(offer.noc)),
    windows,
  };
}
