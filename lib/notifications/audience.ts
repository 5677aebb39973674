import { findAudienceVersion, findCandidatePage, type AlertDetail, type AlertKind, type CandidateRow } from '@/lib/data/notifications';
import type { Profile } from '@/lib/schemas/profile';
import { categoryVersionOn, evaluateRound, type RoundInput } from '@/lib/rules';

// The finder: who hears about a round. SQL narrows the candidates (lib/data/notifications.ts:
// consent, verified email, the alert kind, a first-language test still valid, in the pool, an
// occupation on the category's list), streamed in keyset pages; the rules module then evaluates each
// profile as of the round's date. The fan-out writes what this finds; countInvitedUsers only counts.

export type { RoundInput };

export const STEM = 'stem';
export const AUDIENCE_PAGE_SIZE = 2000;

export type Verdict = { kind: AlertKind; crs: number; detail: AlertDetail };

/**
 * The NOC codes a round's category lists on its date, for the SQL prefilter, or null when the round
 * does not filter on occupation (no category, or French/military, which have no occupation list).
 */
export function categoryNocs(round: Pick<RoundInput, 'category' | 'date'>): string[] | null {
  if (!round.category) return null;
  const version = categoryVersionOn(round.category, round.date);
  if (!version) return [];
  return version.kind === 'occupational' ? [...version.occupations] : null;
}

/**
 * The alert a profile earns for a round, or null: invited and "tie" are the rules module's round
 * verdict; a near miss is a candidate whose only shortfall is a CRS below the cutoff.
 */
export function classify(profile: Profile, round: RoundInput): Verdict | null {
  const verdict = evaluateRound(profile, round);
  const category = verdict.categoryResult;
  const detail: AlertDetail = {
    programs: verdict.programs,
    noc: category?.noc ?? null,
    months: category?.months ?? null,
    categoryVersion: category?.version ?? null,
    submittedAt: profile.expressEntry?.submittedAt ?? null,
    pointsShort: null,
  };
  if (verdict.invited === true) return { kind: 'INVITED', crs: verdict.crs, detail };
  if (verdict.invited === 'tie') return { kind: 'TIE', crs: verdict.crs, detail };
  if (verdict.reasons.length === 1 && verdict.reasons[0] === 'ROUND_CRS_BELOW_CUTOFF') {
    return { kind: 'NEAR_MISS', crs: verdict.crs, detail: { ...detail, pointsShort: round.cutoff - verdict.crs } };
  }
  return null;
}

export type AudienceMember = { userId: string } & Verdict;

/** The prefiltered candidates, page by page (the SQL part of the finder; the benchmark's floor). */
export async function* scanCandidates(round: RoundInput, pageSize = AUDIENCE_PAGE_SIZE): AsyncGenerator<CandidateRow[]> {
  const filter = { limit: pageSize, date: round.date, stem: round.category === STEM, nocs: categoryNocs(round) };
  let cursor = '';
  for (;;) {
    const page = await findCandidatePage({ ...filter, after: cursor });
    if (page.length === 0) return;
    cursor = page[page.length - 1].userId;
    yield page;
    if (page.length < pageSize) return;
  }
}

/**
 * Everyone a round alerts, page by page (memory stays bounded whatever the number of users).
 * Near misses are included only for users who opted in to them.
 */
export async function* findAudience(round: RoundInput, pageSize = AUDIENCE_PAGE_SIZE): AsyncGenerator<AudienceMember[]> {
  for await (const page of scanCandidates(round, pageSize)) {
    const members: AudienceMember[] = [];
    for (const row of page) {
      const verdict = classify(row.data, round);
      if (!verdict || (verdict.kind === 'NEAR_MISS' && !row.alertNearMiss)) continue;
      members.push({ userId: row.userId, ...verdict });
    }
    yield members;
  }
}

export type AudienceCounts = { invited: number; tie: number; nearMiss: number };

// Counting evaluates every candidate profile, and the admin pages ask for many rounds on each view.
// Answers are kept until any user or profile changes: the version below moves on every write.
const countsMemo = new Map<string, AudienceCounts>();
const MEMO_LIMIT = 1000;

/**
 * How many users a round would alert, by kind (the same finder as the fan-out; writes nothing).
 * Remembered per round until users or profiles change.
 */
export async function countInvitedUsers(round: RoundInput): Promise<AudienceCounts> {
  const key = `${await findAudienceVersion()}|${JSON.stringify(round)}`;
  const known = countsMemo.get(key);
  if (known) return { ...known };
  const counts = await countAudience(round);
  if (countsMemo.size >= MEMO_LIMIT) countsMemo.clear();
  countsMemo.set(key, counts);
  return { ...counts };
}

async function countAudience(round: RoundInput): Promise<AudienceCounts> {
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
