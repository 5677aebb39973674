import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { profileColumns } from '@/lib/data/profiles';
import { addDays, daysBetween } from '@/lib/rules';
import type { Profile } from '@/lib/schemas/profile';

// Candidates with known scores for the alert tests and the fan-out benchmark. Each template is
// written as of REFERENCE_DATE and shifted by whole days to any other date, so ages, test validity
// and experience (hence the CRS) stay the same whatever day the tests run.

export const REFERENCE_DATE = '2026-12-03';

/** CRS as of the (shifted) reference date, from the rules module: 496, 481 and 476. */
export const SCORES = { HIGH: 496, CUTOFF: 481, LOW: 476 } as const;
export type Score = keyof typeof SCORES;

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

export type SeedUser = {
  email: string;
  profile: Profile | null;
  verified?: boolean;
  consent?: boolean;
  unsubscribed?: boolean;
  alertStem?: boolean;
  alertOther?: boolean;
  alertNearMiss?: boolean;
};

/**
 * Creates users (and their profiles) in multi-row inserts of 5,000 (one statement each, arrays
 * unnested in SQL: Prisma's createMany holds far more memory at this size). Returns the user ids
 * in input order.
 */
export async function seedUsers(users: SeedUser[], at = new Date('2026-11-01T12:00:00Z')): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < users.length; start += 5000) {
    const chunk = users.slice(start, start + 5000);
    const chunkIds = chunk.map(() => randomUUID());
    const when = (flag: boolean) => (flag ? at : null);
    await db.$executeRaw`
      INSERT INTO "User" (id, email, "emailVerified", "alertConsentAt", "unsubscribedAt", "alertStem", "alertOther", "alertNearMiss", "updatedAt")
      SELECT id, email, verified, consent, unsubscribed, stem, other, near, ${at}
      FROM unnest(${chunkIds}::text[], ${chunk.map((user) => user.email)}::text[],
        ${chunk.map((user) => when(user.verified !== false))}::timestamptz[], ${chunk.map((user) => when(user.consent !== false))}::timestamptz[],
        ${chunk.map((user) => when(user.unsubscribed === true))}::timestamptz[], ${chunk.map((user) => user.alertStem ?? true)}::boolean[],
        ${chunk.map((user) => user.alertOther ?? false)}::boolean[], ${chunk.map((user) => user.alertNearMiss ?? false)}::boolean[])
        AS u(id, email, verified, consent, unsubscribed, stem, other, near)`;
    const withProfile = chunk.flatMap((user, index) => (user.profile ? [{ userId: chunkIds[index], profile: user.profile, columns: profileColumns(user.profile) }] : []));
    if (withProfile.length > 0) {
      await db.$executeRaw`
        INSERT INTO "Profile" (id, "userId", data, "dateOfBirth", "nocCodes", "hasNomination", "languageValidTo", "expressEntryAt", "updatedAt")
        SELECT gen_random_uuid()::text, "userId", data::jsonb, birth, string_to_array(nocs, ','), nomination, language, submitted, ${at}
        FROM unnest(${withProfile.map((row) => row.userId)}::text[], ${withProfile.map((row) => JSON.stringify(row.profile))}::text[],
          ${withProfile.map((row) => row.columns.dateOfBirth)}::date[], ${withProfile.map((row) => row.columns.nocCodes.join(','))}::text[],
          ${withProfile.map((row) => row.columns.hasNomination)}::boolean[], ${withProfile.map((row) => row.columns.languageValidTo)}::date[],
          ${withProfile.map((row) => row.columns.expressEntryAt)}::timestamptz[])
          AS p("userId", data, birth, nocs, nomination, language, submitted)`;
    }
    ids.push(...chunkIds);
  }
  return ids;
}

/** Empties pg-boss's job tables (the queues stay), for tests that count jobs. */
export async function clearJobs(): Promise<void> {
  const found = await db.$queryRaw<{ exists: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS exists`;
  if (found[0].exists) await db.$executeRawUnsafe('TRUNCATE pgboss.job, pgboss.archive');
}
