import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { profileColumns } from '@/lib/data/profiles';
import type { Profile } from '@/lib/schemas/profile';

// Seeding for the alert tests and the benchmark (the profiles themselves are in candidates.ts).
export { candidateProfile, REFERENCE_DATE, type Score } from './candidates';

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
