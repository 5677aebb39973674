import { db } from '@/lib/db';
import { testExpiresOn, testLanguage } from '@/lib/rules/language/clb';
import { profileSchema, type Profile } from '@/lib/schemas/profile';

// Candidate profiles: the interchange format in `data`, plus the columns the alert fan-out filters
// on. Every function takes the user id from the caller's session; no function takes a profile id.

export type ProfileColumns = {
  dateOfBirth: Date;
  nocCodes: string[];
  hasNomination: boolean;
  languageValidTo: Date | null;
  expressEntryAt: Date | null;
};

/** "YYYY-MM-DD" as the Date Prisma stores in a @db.Date column (UTC midnight, no shift). */
function dateColumn(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/**
 * The derived columns of a profile: the distinct NOC codes of the principal's work history (sorted),
 * whether there is a provincial nomination, the day the latest first-language test stops counting
 * (test date + 2 years; any language when the first official language is left to the rules), and
 * the Express Entry submission instant.
 */
export function profileColumns(profile: Profile): ProfileColumns {
  const first = profile.firstOfficialLanguage ?? null;
  const firstLanguageDates = profile.languageTests
    .filter((test) => first === null || testLanguage(test.test) === first)
    .map((test) => test.date)
    .sort();
  const latest = firstLanguageDates.at(-1);
  const submittedAt = profile.expressEntry?.submittedAt ?? null;
  return {
    dateOfBirth: dateColumn(profile.dateOfBirth),
    nocCodes: [...new Set(profile.workHistory.map((job) => job.noc))].sort(),
    hasNomination: Boolean(profile.provincialNomination),
    languageValidTo: latest ? dateColumn(testExpiresOn(latest)) : null,
    expressEntryAt: submittedAt ? new Date(submittedAt) : null,
  };
}

/**
 * Saves the user's profile: validates it again (the schema is the authority) and writes the data and
 * every derived column in one statement, so a save is all or nothing.
 */
export async function saveProfile(userId: string, input: unknown): Promise<Profile> {
  const profile = profileSchema.parse(input);
  const columns = profileColumns(profile);
  await db.profile.upsert({
    where: { userId },
    create: { userId, data: profile, ...columns },
    update: { data: profile, ...columns },
  });
  return profile;
}

export type SavedProfile = { profile: Profile; updatedAt: Date };

/** The user's saved profile, or null. */
export async function findProfile(userId: string): Promise<SavedProfile | null> {
  const row = await db.profile.findUnique({ where: { userId }, select: { data: true, updatedAt: true } });
  if (!row) return null;
  return { profile: profileSchema.parse(row.data), updatedAt: row.updatedAt };
}
