// Language test results -> CLB/NCLC levels per ability, test validity, and the choice of the
// result that counts for each official language on a date.
import type { LanguageTest, LanguageTestName } from '../../schemas/profile';
import { addYears, type CalendarDate } from '../dates';
import { EXPRESS_ENTRY_START, inForce, inForceOrThrow, type Dated } from '../dated';
import {
  CELPIP_GENERAL,
  IELTS_GENERAL,
  PTE_CORE,
  TCF_CANADA,
  TEF_CURRENT,
  TEF_LEGACY,
  TEST_VALIDITY_YEARS,
  type Ability,
  type ConversionTable,
} from './tables';

export type OfficialLanguage = 'english' | 'french';
export type TefScale = 'current' | 'legacy';

/** CLB (English) or NCLC (French) level of each ability; 0 = below the lowest level of the table. */
export type AbilityLevels = { listening: number; reading: number; writing: number; speaking: number };

export function testLanguage(test: LanguageTestName): OfficialLanguage {
  return test === 'tef_canada' || test === 'tcf_canada' || test === 'nclc' ? 'french' : 'english';
}

function tablesFor(test: LanguageTestName, scale: TefScale | undefined): readonly Dated<ConversionTable>[] | null {
  switch (test) {
    case 'ielts_general':
      return IELTS_GENERAL;
    case 'celpip_general':
      return CELPIP_GENERAL;
    case 'pte_core':
      return PTE_CORE;
    case 'tcf_canada':
      return TCF_CANADA;
    case 'tef_canada':
      if (scale === undefined) throw new TypeError('tef_canada needs a scale: "current" or "legacy"');
      return scale === 'current' ? TEF_CURRENT : TEF_LEGACY;
    case 'clb':
    case 'nclc':
      return null;
  }
}

/**
 * The date a result's tables are read on: its test date, or for a result taken before Express Entry
 * opened, the opening day. Such a result still counted for two years, under the tables that came in
 * force on 2015-01-01 (tables that start later, PTE Core and TEF /699, never applied to it).
 */
function tableDate(testDate: CalendarDate): CalendarDate {
  return testDate < EXPRESS_ENTRY_START ? EXPRESS_ENTRY_START : testDate;
}

/**
 * The CLB/NCLC level of one ability's score: the highest level whose minimum the score meets, 0 below
 * the table. `clb`/`nclc` entries are levels already. Returns null when no table applies to a test
 * taken on `testDate` (PTE Core before 2024-01-30, a /699 TEF before 2019-10-01): the result does not
 * count for Express Entry.
 */
export function toClb(
  test: LanguageTestName,
  ability: Ability,
  score: number,
  testDate: CalendarDate,
  scale?: TefScale,
): number | null {
  const tables = tablesFor(test, scale);
  if (tables === null) return score;
  const table = inForce(tables, tableDate(testDate));
  if (table === undefined) return null;
  const { top, mins } = table[ability];
  for (let i = 0; i < mins.length; i++) if (score >= mins[i]) return top - i;
  return 0;
}

/** The first day a result taken on `testDate` no longer counts. */
export function testExpiresOn(testDate: CalendarDate): CalendarDate {
  return addYears(testDate, inForceOrThrow(TEST_VALIDITY_YEARS, tableDate(testDate)));
}

/** A test result converted once: what the rules read. */
export type TestResult = {
  readonly test: LanguageTestName;
  readonly language: OfficialLanguage;
  readonly date: CalendarDate;
  /** A TEF Canada result's scale, null for other tests. */
  readonly scale: TefScale | null;
  /** First day it no longer counts. */
  readonly expiresOn: CalendarDate;
  readonly levels: Readonly<AbilityLevels>;
  /** Lowest level of the four: what every threshold uses. */
  readonly min: number;
  readonly sum: number;
};

/** Converts a test; null when the test has no conversion on its date (it never counts). */
export function toTestResult(test: LanguageTest): TestResult | null {
  const scale = test.test === 'tef_canada' ? test.scale : undefined;
  const listening = toClb(test.test, 'listening', test.listening, test.date, scale);
  const reading = toClb(test.test, 'reading', test.reading, test.date, scale);
  const writing = toClb(test.test, 'writing', test.writing, test.date, scale);
  const speaking = toClb(test.test, 'speaking', test.speaking, test.date, scale);
  if (listening === null || reading === null || writing === null || speaking === null) return null;
  return {
    test: test.test,
    language: testLanguage(test.test),
    date: test.date,
    scale: scale ?? null,
    expiresOn: testExpiresOn(test.date),
    levels: { listening, reading, writing, speaking },
    min: Math.min(listening, reading, writing, speaking),
    sum: listening + reading + writing + speaking,
  };
}

/** Valid on `date`: taken on or before it and less than 2 years old. */
export function isResultValidOn(result: TestResult, date: CalendarDate): boolean {
  return result.date <= date && date < result.expiresOn;
}

/** What a set of results gives on a date: the best valid result per language. */
export type LanguageStanding = {
  readonly english: TestResult | null;
  readonly french: TestResult | null;
  /** No result is valid on the date, and at least one had expired by then. */
  readonly expired: boolean;
};

/** Why no language counts on the date: no valid result, because some expired or none was taken. */
export function languageReason(standing: LanguageStanding): 'LANGUAGE_TEST_EXPIRED' | 'LANGUAGE_TEST_MISSING' | null {
  if (standing.english !== null || standing.french !== null) return null;
  return standing.expired ? 'LANGUAGE_TEST_EXPIRED' : 'LANGUAGE_TEST_MISSING';
}

function better(a: TestResult, b: TestResult | null): boolean {
  if (b === null) return true;
  if (a.min !== b.min) return a.min > b.min;
  if (a.sum !== b.sum) return a.sum > b.sum;
  return a.date > b.date;
}

/**
 * The result that counts for each language on `date`: among results valid that day, the one with the
 * highest minimum level, then the highest total, then the most recent. (A candidate enters one
 * result per language in the Express Entry profile and would enter the best one.)
 */
export function languageStandingOn(results: readonly TestResult[], date: CalendarDate): LanguageStanding {
  let english: TestResult | null = null;
  let french: TestResult | null = null;
  let sawExpired = false;
  for (const result of results) {
    if (!isResultValidOn(result, date)) {
      if (date >= result.expiresOn) sawExpired = true;
    } else if (result.language === 'english') {
      if (better(result, english)) english = result;
    } else if (better(result, french)) french = result;
  }
  return { english, french, expired: sawExpired && english === null && french === null };
}
