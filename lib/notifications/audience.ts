import { db } from '@/lib/db';
import type { Profile } from '@/lib/schemas/profile';
import { categoryVersionOn, evaluate, type RoundInput } from '@/lib/rules';

// The finder: who hears about a round. SQL narrows the candidates (consent, verified email, the
// alert kind, a first-language test still valid, in the pool, an occupation on the category's list
// via the GIN index on nocCodes), streamed in keyset pages; the rules module then evaluates each
// profile as of the round's date. The fan-out writes what this finds; countInvitedUsers only counts.

export type { RoundInput };

export const STEM = 'stem';
export const AUDIENCE_PAGE_SIZE = 2000;

export type AlertKind = 'INVITED' | 'TIE' | 'NEAR_MISS';

/** What the email explains, stored on the Notification row (`detail`). */
export type AlertDetail = {
  /** Programs the candidate is eligible for among those the round covers (fsw, cec, fst, pnp). */
  programs: string[];
  /** The listed occupation and its months of qualifying experience (category rounds). */
  noc: string | null;
  months: number | null;
  categoryVersion: string | null;
  /** Points under the cutoff (near misses only). */
  pointsShort: number | null;
};

export type Verdict = { kind: AlertKind; crs: number; detail: AlertDetail };

/** The category's occupation list on a date, or null for a round open to every occupation. */
export function categoryNocs(round: Pick<RoundInput, 'category' | 'date'>): { version: string; nocs: string[] } | null {
  if (!round.category) return null;
  const version = categoryVersionOn(round.category, round.date);
  if (!version) return { version: 'NONE', nocs: [] };
  return { version: version.version, nocs: version.occupations.map((occupation) => occupation.noc) };
}

/**
 * The alert a profile earns for a round, or null. Invited and "tie" come from the rules module's
 * round verdict; a near miss is a candidate who meets the round's program and category conditions
 * and whose CRS is below the cutoff.
 */
export function classify(profile: Profile, round: RoundInput): Verdict | null {
  const result = evaluate(profile, { asOf: round.date, round });
  const verdict = result.round;
  if (!verdict) return null;
  const crs = result.crs.total;
  const covered = round.programs && round.programs.length > 0 ? round.programs : ['fsw', 'cec', 'fst'];
  const programs = covered.filter((program) => program === 'pnp' ? Boolean(profile.provincialNomination) : result.programs[program as 'fsw' | 'cec' | 'fst']?.eligible);
  const category = round.category ? result.categories[round.category] : null;
  const detail: AlertDetail = {
    programs,
    noc: category?.noc ?? null,
    months: category?.months ?? null,
    categoryVersion: round.category ? (categoryNocs(round)?.version ?? null) : null,
    pointsShort: null,
  };
  if (verdict.invited === true) return { kind: 'INVITED', crs, detail };
  if (verdict.invited === 'tie') return { kind: 'TIE', crs, detail };
  const qualifies = programs.length > 0 && (!round.category || Boolean(category?.eligible));
  if (qualifies && crs < round.cutoff) return { kind: 'NEAR_MISS', crs, detail: { ...detail, pointsShort: round.cutoff - crs } };
  return null;
}

type CandidateRow = { userId: string; data: Profile; alertNearMiss: boolean };

/** One keyset page of candidates after `cursor` (user ids ascending), prefiltered in SQL. */
async function candidatePage(round: RoundInput, cursor: string, limit: number): Promise<CandidateRow[]> {
  const list = categoryNocs(round);
  const isStem = round.category === STEM;
  const roundDay = round.date;
  return db.$queryRaw<CandidateRow[]>`
    SELECT p."userId", p.data, u."alertNearMiss"
    FROM "Profile" p JOIN "User" u ON u.id = p."userId"
    WHERE p."userId" > ${cursor}
      AND u."emailVerified" IS NOT NULL
      AND u."alertConsentAt" IS NOT NULL
      AND u."unsubscribedAt" IS NULL
      AND (CASE WHEN ${isStem} THEN u."alertStem" ELSE u."alertOther" END)
      AND p."languageValidTo" >= ${roundDay}::date
      AND (p."expressEntryAt" IS NULL OR p."expressEntryAt" < (${roundDay}::date + 1)::timestamptz)
      AND (${list === null} OR p."nocCodes" && ${list?.nocs ?? []}::text[])
    ORDER BY p."userId"
    LIMIT ${limit}`;
}

export type AudienceMember = { userId: string } & Verdict;

/**
 * Everyone a round alerts, page by page (memory stays bounded whatever the number of users).
 * Near misses are included only for users who opted in to them.
 */
export async function* findAudience(round: RoundInput, pageSize = AUDIENCE_PAGE_SIZE): AsyncGenerator<AudienceMember[]> {
  let cursor = '';
  for (;;) {
    const page = await candidatePage(round, cursor, pageSize);
    if (page.length === 0) return;
    cursor = page[page.length - 1].userId;
    const members: AudienceMember[] = [];
    for (const row of page) {
      const verdict = classify(row.data, round);
      if (!verdict || (verdict.kind === 'NEAR_MISS' && !row.alertNearMiss)) continue;
      members.push({ userId: row.userId, ...verdict });
    }
    yield members;
    if (page.length < pageSize) return;
  }
}

/** How many users a round would alert, by kind (the same finder as the fan-out; writes nothing). */
export async function countInvitedUsers(round: RoundInput): Promise<{ invited: number; tie: number; nearMiss: number }> {
  const counts = { invited: 0, tie: 0, nearMiss: 0 };
  for await (const members of findAudience(round)) {
    for (const member of members) {
      if (member.kind === 'INVITED') counts.invited += 1;
      else if (member.kind === 'TIE') counts.tie += 1;
      else counts.nearMiss += 1;
    }
  }
  return counts;
}
