import { addDays, daysBetween } from '@/lib/rules';
import type { Profile } from '@/lib/schemas/profile';

// Candidates with known scores for the alert tests and the fan-out benchmark. Each template is
// written as of REFERENCE_DATE and shifted by whole days to any other date, so ages, test validity
// and experience (hence the CRS) stay the same whatever day the tests run.

export const REFERENCE_DATE = '2026-12-03';

/** Score levels; their CRS as of the (shifted) reference date, from the rules module: 496, 481, 476. */
export type Score = 'HIGH' | 'CUTOFF' | 'LOW';

const TEMPLATES: Record<Score, { dateOfBirth: string; level: 'doctoral' | 'masters' }> = {
  HIGH: { dateOfBirth: '1998-03-14', level: 'doctoral' },
  CUTOFF: { dateOfBirth: '1998-03-14', level: 'masters' },
  LOW: { dateOfBirth: '1996-03-14', level: 'masters' },
};

/**
 * A single candidate with a foreign doctorate or master's (ECA), CELPIP 10 in every skill, and four
 * years of full-time work abroad in `noc` ending two years before `asOf` (13 months of it in the
 * 3-year window: FSW-eligible, and in the category when `noc` is on its list).
 */
export function candidateProfile(options: { asOf: string; noc: string; score: Score; submittedAt?: string | null }): Profile {
  const shift = (date: string) => addDays(date, daysBetween(REFERENCE_DATE, options.asOf));
  const template = TEMPLATES[options.score];
  return {
    version: 1,
    dateOfBirth: shift(template.dateOfBirth),
    maritalStatus: 'single',
    spouse: null,
    dependentChildren: 0,
    education: [{ level: template.level, completedOn: shift('2019-06-30'), canadian: false, eca: true }],
    languageTests: [{ test: 'celpip_general', date: shift('2025-09-10'), listening: 10, reading: 10, writing: 10, speaking: 10 }],
    firstOfficialLanguage: 'english',
    workHistory: [
      {
        noc: options.noc,
        title: 'Engineer',
        country: 'IN',
        start: shift('2021-01-04'),
        end: shift('2024-12-31'),
        hoursPerWeek: 40,
        paid: true,
        selfEmployed: false,
        fullTimeStudent: false,
        authorized: true,
      },
    ],
    certificateOfQualification: null,
    jobOffer: null,
    provincialNomination: null,
    siblingInCanada: false,
    relativeInCanada: false,
    proofOfFundsCad: 30000,
    expressEntry: options.submittedAt ? { submittedAt: options.submittedAt } : null,
  };
}
