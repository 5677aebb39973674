import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { categoryVersionOn, type RoundInput } from '@/lib/rules';
import { resetDatabase } from '@/tests/integration/database';
import { categoryNocs, classify, countInvitedUsers, findAudience, type AudienceMember } from './audience';
import { candidateProfile, REFERENCE_DATE, seedUsers, type SeedUser } from './testing';

// Round #274's figures on the reference date; the tie-break sits between two submission times.
const TIE_BREAK = '2026-10-01T12:00:00.000Z';
const BEFORE = '2026-09-01T08:00:00.000Z';
const AFTER = '2026-10-15T08:00:00.000Z';
const stem: RoundInput = { number: '438', date: REFERENCE_DATE, category: 'stem', cutoff: 481, tieBreakAt: TIE_BREAK };
const general: RoundInput = { number: '439', date: REFERENCE_DATE, category: null, cutoff: 481, tieBreakAt: TIE_BREAK };

const profile = (noc: string, score: 'HIGH' | 'CUTOFF' | 'LOW', submittedAt: string | null = BEFORE) =>
  candidateProfile({ asOf: REFERENCE_DATE, noc, score, submittedAt });

describe('classify', () => {
  it.each([
    ['civil engineer above the cutoff', profile('21300', 'HIGH'), stem, { kind: 'INVITED', crs: 496, pointsShort: null }],
    ['at the cutoff, submitted before the tie-break', profile('21310', 'CUTOFF', BEFORE), stem, { kind: 'INVITED', crs: 481, pointsShort: null }],
    ['at the cutoff, submission time unknown', profile('21310', 'CUTOFF', null), stem, { kind: 'TIE', crs: 481, pointsShort: null }],
    ['5 points below the cutoff, in the category', profile('21300', 'LOW'), stem, { kind: 'NEAR_MISS', crs: 476, pointsShort: 5 }],
  ] as const)('%s', (_name, candidate, round, expected) => {
    const verdict = classify(candidate, round);
    expect({ kind: verdict?.kind, crs: verdict?.crs, pointsShort: verdict?.detail.pointsShort }).toEqual(expected);
  });

  it.each([
    ['at the cutoff, submitted after the tie-break', profile('21310', 'CUTOFF', AFTER), stem],
    ['software developer (21232 left the STEM list in 2025)', profile('21232', 'HIGH'), stem],
    ['below the cutoff and outside the category', profile('21232', 'LOW'), stem],
  ] as const)('no alert: %s', (_name, candidate, round) => {
    expect(classify(candidate, round)).toBeNull();
  });

  it('explains why the candidate qualifies: programs, occupation, months, list version', () => {
    expect(classify(profile('21300', 'HIGH'), stem)?.detail).toEqual({
      programs: ['fsw'],
      noc: '21300',
      months: 13,
      categoryVersion: categoryVersionOn('stem', REFERENCE_DATE)?.label,
      submittedAt: BEFORE,
      pointsShort: null,
    });
  });

  it('a general round takes every occupation', () => {
    expect(classify(profile('21232', 'HIGH'), general)?.kind).toBe('INVITED');
  });
});

describe('categoryNocs', () => {
  it.each([
    ['no category', general, null],
    ['STEM on the reference date lists civil and electrical engineers, not software developers', stem, ['21300', '21310']],
  ] as const)('%s', (_name, round, expected) => {
    const nocs = categoryNocs(round);
    if (expected === null) expect(nocs).toBeNull();
    else {
      expect(nocs).toEqual(expect.arrayContaining([...expected]));
      expect(nocs).not.toContain('21232');
    }
  });
});

const users: (SeedUser & { name: string })[] = [
  { name: 'invited', email: 'invited@example.test', profile: profile('21300', 'HIGH') },
  { name: 'invited-at-cutoff', email: 'cutoff@example.test', profile: profile('21310', 'CUTOFF', BEFORE) },
  { name: 'tie', email: 'tie@example.test', profile: profile('21310', 'CUTOFF', null) },
  { name: 'after-tie-break', email: 'after@example.test', profile: profile('21310', 'CUTOFF', AFTER) },
  { name: 'near-miss-opted-in', email: 'near@example.test', profile: profile('21300', 'LOW'), alertNearMiss: true },
  { name: 'near-miss-not-opted-in', email: 'near-no@example.test', profile: profile('21300', 'LOW') },
  { name: 'off-list', email: 'dev@example.test', profile: profile('21232', 'HIGH') },
  { name: 'no-consent', email: 'noconsent@example.test', profile: profile('21300', 'HIGH'), consent: false },
  { name: 'unverified', email: 'unverified@example.test', profile: profile('21300', 'HIGH'), verified: false },
  { name: 'unsubscribed', email: 'unsub@example.test', profile: profile('21300', 'HIGH'), unsubscribed: true },
  { name: 'no-stem-alerts', email: 'nostem@example.test', profile: profile('21300', 'HIGH'), alertStem: false },
  { name: 'other-rounds-too', email: 'other@example.test', profile: profile('21232', 'HIGH'), alertOther: true },
  { name: 'no-profile', email: 'noprofile@example.test', profile: null },
];

async function members(round: RoundInput, pageSize?: number): Promise<AudienceMember[]> {
  const found: AudienceMember[] = [];
  for await (const page of findAudience(round, pageSize)) found.push(...page);
  return found;
}

describe('findAudience', () => {
  let byId: Map<string, string>;
  beforeEach(async () => {
    await resetDatabase();
    const ids = await seedUsers(users);
    byId = new Map(ids.map((id, index) => [id, users[index].name]));
  });

  it('finds consenting, verified users the rules invite, tie, or (opted in) nearly invite', async () => {
    const found = (await members(stem)).map((member) => `${byId.get(member.userId)}:${member.kind}`).sort();
    expect(found).toEqual(['invited-at-cutoff:INVITED', 'invited:INVITED', 'near-miss-opted-in:NEAR_MISS', 'tie:TIE']);
  });

  it('a round of another category or program reaches only users who asked for other rounds', async () => {
    const found = (await members(general)).map((member) => `${byId.get(member.userId)}:${member.kind}`).sort();
    expect(found).toEqual(['other-rounds-too:INVITED']);
  });

  it('pages with a keyset cursor: small pages find the same users', async () => {
    const all = (await members(stem)).map((member) => member.userId);
    const paged = (await members(stem, 2)).map((member) => member.userId);
    expect(paged).toEqual(all);
  });
});

describe('countInvitedUsers', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedUsers(users);
  });

  it.each([
    ['the STEM round', stem, { invited: 2, tie: 1, nearMiss: 1 }],
    ['a general round', general, { invited: 1, tie: 0, nearMiss: 0 }],
  ] as const)('counts %s without writing anything', async (_name, round, expected) => {
    expect(await countInvitedUsers(round)).toEqual(expected);
    expect(await db.notification.count()).toBe(0);
  });
});
