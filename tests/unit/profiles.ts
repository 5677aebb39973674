// Builders of valid interchange-format profiles for unit tests: a neutral single candidate that scores
// only what each test adds.
import type { Credential, LanguageTest, Profile, Spouse, WorkStint } from '@/lib/schemas/profile';

export function profile(overrides: Partial<Profile> = {}): Profile {
  return {
    version: 1,
    dateOfBirth: '1996-06-15',
    maritalStatus: 'single',
    spouse: null,
    dependentChildren: 0,
    education: [],
    languageTests: [],
    workHistory: [],
    certificateOfQualification: null,
    jobOffer: null,
    provincialNomination: null,
    siblingInCanada: false,
    relativeInCanada: false,
    proofOfFundsCad: null,
    expressEntry: null,
    ...overrides,
  };
}

export function spouse(overrides: Partial<Spouse> = {}): Spouse {
  return { accompanying: true, canadianCitizenOrPR: false, education: [], languageTests: [], workHistory: [], ...overrides };
}

export function credential(level: Credential['level'], overrides: Partial<Credential> = {}): Credential {
  return { level, completedOn: '2015-06-30', canadian: false, eca: true, ...overrides };
}

/** CLB levels typed in directly (test "clb"), listening/reading/writing/speaking. */
export function clb(l: number, r = l, w = l, s = l, date = '2026-01-10'): LanguageTest {
  return { test: 'clb', date, listening: l, reading: r, writing: w, speaking: s };
}

/** NCLC levels typed in directly (test "nclc"). */
export function nclc(l: number, r = l, w = l, s = l, date = '2026-01-10'): LanguageTest {
  return { test: 'nclc', date, listening: l, reading: r, writing: w, speaking: s };
}

export function job(overrides: Partial<WorkStint> = {}): WorkStint {
  return {
    noc: '21232',
    title: 'Software developer',
    country: 'CA',
    start: '2020-01-01',
    end: null,
    hoursPerWeek: 40,
    paid: true,
    selfEmployed: false,
    fullTimeStudent: false,
    authorized: true,
    ...overrides,
  };
}
