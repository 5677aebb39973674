import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { developerProfile } from '@/e2e/fixtures/profiles';
import type { Profile } from '@/lib/schemas/profile';
import { resetDatabase } from '@/tests/integration/database';
import { findProfile, profileColumns, saveProfile } from './profiles';

beforeEach(resetDatabase);

async function user(email: string) {
  return db.user.create({ data: { email }, select: { id: true } });
}

const couple: Profile = {
  ...developerProfile,
  maritalStatus: 'married',
  spouse: {
    accompanying: true,
    canadianCitizenOrPR: false,
    workHistory: [{ noc: '31301', country: 'CA', start: '2022-01-01', end: null, hoursPerWeek: 35, paid: true, selfEmployed: false, fullTimeStudent: false, authorized: true }],
  },
  languageTests: [
    { test: 'tef_canada', date: '2026-02-01', scale: 'current', listening: 500, reading: 500, writing: 500, speaking: 500 },
    { test: 'celpip_general', date: '2024-06-15', listening: 9, reading: 9, writing: 9, speaking: 9 },
    { test: 'ielts_general', date: '2025-09-20', listening: 8, reading: 7, writing: 7, speaking: 6.5 },
  ],
  workHistory: [
    { ...developerProfile.workHistory[1], noc: '21232' },
    { ...developerProfile.workHistory[0], noc: '21211' },
    { ...developerProfile.workHistory[0], noc: '21232', start: '2017-01-01', end: '2017-12-31' },
  ],
  provincialNomination: { province: 'ON', nominatedOn: '2026-05-01' },
  expressEntry: null,
};

describe('profileColumns', () => {
  it.each([
    [
      'the developer (English first)',
      developerProfile,
      { dateOfBirth: '1994-05-17', nocCodes: ['21232'], hasNomination: false, languageValidTo: '2027-09-20', expressEntryAt: '2026-03-02T15:04:00.000Z' },
    ],
    [
      'a married nominee: principal codes only, English tests only, no submission',
      couple,
      { dateOfBirth: '1994-05-17', nocCodes: ['21211', '21232'], hasNomination: true, languageValidTo: '2027-09-20', expressEntryAt: null },
    ],
    [
      'first language left to the rules: the latest test of either language',
      { ...couple, firstOfficialLanguage: null },
      { dateOfBirth: '1994-05-17', nocCodes: ['21211', '21232'], hasNomination: true, languageValidTo: '2028-02-01', expressEntryAt: null },
    ],
    [
      'no language test',
      { ...developerProfile, languageTests: [], workHistory: [] },
      { dateOfBirth: '1994-05-17', nocCodes: [], hasNomination: false, languageValidTo: null, expressEntryAt: '2026-03-02T15:04:00.000Z' },
    ],
  ])('%s', (_name, profile, expected) => {
    const columns = profileColumns(profile);
    expect({
      dateOfBirth: columns.dateOfBirth.toISOString().slice(0, 10),
      nocCodes: columns.nocCodes,
      hasNomination: columns.hasNomination,
      languageValidTo: columns.languageValidTo?.toISOString().slice(0, 10) ?? null,
      expressEntryAt: columns.expressEntryAt?.toISOString() ?? null,
    }).toEqual(expected);
  });
});

describe('saveProfile', () => {
  it('writes the profile and its derived columns exactly', async () => {
    const { id } = await user('ana@example.test');
    await saveProfile(id, couple);
    const row = await db.profile.findUniqueOrThrow({ where: { userId: id } });
    expect(row.data).toEqual(couple);
    expect(row.dateOfBirth.toISOString()).toBe('1994-05-17T00:00:00.000Z');
    expect(row.nocCodes).toEqual(['21211', '21232']);
    expect(row.hasNomination).toBe(true);
    expect(row.languageValidTo?.toISOString()).toBe('2027-09-20T00:00:00.000Z');
    expect(row.expressEntryAt).toBeNull();
  });

  it('replaces the data and every column on the next save', async () => {
    const { id } = await user('ana@example.test');
    await saveProfile(id, couple);
    await saveProfile(id, developerProfile);
    const row = await db.profile.findUniqueOrThrow({ where: { userId: id } });
    expect(row.data).toEqual(developerProfile);
    expect([row.nocCodes, row.hasNomination, row.expressEntryAt?.toISOString()]).toEqual([['21232'], false, '2026-03-02T15:04:00.000Z']);
    expect(await db.profile.count()).toBe(1);
  });

  it('is all or nothing: an invalid profile changes nothing', async () => {
    const { id } = await user('ana@example.test');
    await saveProfile(id, developerProfile);
    const before = await db.profile.findUniqueOrThrow({ where: { userId: id } });
    const broken = { ...couple, workHistory: [{ ...couple.workHistory[0], hoursPerWeek: 200 }] };
    await expect(saveProfile(id, broken)).rejects.toThrow('must be a number of paid hours per week from 1 to 168');
    expect(await db.profile.findUniqueOrThrow({ where: { userId: id } })).toEqual(before);
  });

  it('drops keys the format does not know (an owner id in the data has no effect)', async () => {
    const ana = await user('ana@example.test');
    const ben = await user('ben@example.test');
    await saveProfile(ana.id, { ...developerProfile, userId: ben.id });
    expect(await db.profile.findUnique({ where: { userId: ben.id } })).toBeNull();
    expect((await findProfile(ana.id))?.profile).toEqual(developerProfile);
  });
});

describe('findProfile', () => {
  it("returns only the given user's profile, or null", async () => {
    const ana = await user('ana@example.test');
    const ben = await user('ben@example.test');
    await saveProfile(ana.id, developerProfile);
    expect((await findProfile(ana.id))?.profile).toEqual(developerProfile);
    expect(await findProfile(ben.id)).toBeNull();
  });
});
