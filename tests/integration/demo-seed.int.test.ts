// The development seed's demo candidates: twelve verified demo accounts with valid, varied profiles
// saved with their derived columns, the same after a second run, and never made in production.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { isDemoUser } from '@/lib/data/demo-users';
import { profileColumns } from '@/lib/data/profiles';
import { verifyPassword } from '@/lib/passwords';
import { evaluate } from '@/lib/rules';
import { profileSchema } from '@/lib/schemas/profile';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, DEMO_USERS, shouldSeedDemoUsers } from '@/prisma/demo-users';
import { seed, seedDemoUsers } from '@/prisma/seed';
import { resetDatabase } from '@/tests/integration/database';

const demoUsers = () =>
  db.user.findMany({
    where: { isDemo: true },
    orderBy: { email: 'asc' },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      emailVerified: true,
      alertConsentAt: true,
      profile: { select: { id: true, data: true, dateOfBirth: true, nocCodes: true, hasNomination: true, languageValidTo: true, expressEntryAt: true } },
    },
  });

describe('shouldSeedDemoUsers', () => {
  it.each([
    ['development', true],
    ['test', true],
    ['production', false],
  ])('NODE_ENV=%s -> %s', (nodeEnv, expected) => {
    expect(shouldSeedDemoUsers(nodeEnv)).toBe(expected);
  });
});

describe('DEMO_USERS', () => {
  it.each(DEMO_USERS.map((user) => [user.email, user] as const))('%s has a profile the schema accepts', (_, user) => {
    expect(profileSchema.safeParse(user.profile).success).toBe(true);
  });

  // What each demo shows, on the project's reference date.
  it.each<[string, string[], string[]]>([
    ['amara.okafor', ['fsw'], ['stem']],
    ['wei.chen', ['fsw', 'cec'], ['stem']],
    ['priya.sharma', ['fsw', 'cec'], []],
    ['grace.mensah', ['cec'], ['healthcare']],
    ['marco.rossi', ['cec', 'fst'], ['trade']],
    ['rajesh.singh', ['cec'], []],
    ['sophie.tremblay', ['fsw'], ['education', 'french']],
    ['youssef.benali', ['fsw'], ['french']],
    ['olga.petrenko', [], ['stem']],
    ['kwame.asante', ['fsw'], []],
    ['elena.garcia', ['cec'], []],
    ['tom.nguyen', [], []],
  ])('%s on 2026-12-03: programs %j, categories %j', (local, programs, categories) => {
    const user = DEMO_USERS.find((demo) => demo.email === `${local}@${DEMO_EMAIL_DOMAIN}`);
    const evaluation = evaluate(profileSchema.parse(user?.profile), { asOf: '2026-12-03' });
    expect(Object.entries(evaluation.programs).filter(([, result]) => result.eligible).map(([id]) => id)).toEqual(programs);
    expect(Object.entries(evaluation.categories).filter(([, result]) => result.eligible).map(([id]) => id)).toEqual(categories);
  });

  it('covers a Canadian PR spouse, accompanying spouses, French tests, an expired test and a nomination', () => {
    const profiles = DEMO_USERS.map((user) => user.profile);
    expect(profiles.filter((p) => p.spouse?.canadianCitizenOrPR)).toHaveLength(1);
    expect(profiles.filter((p) => p.spouse?.accompanying).length).toBeGreaterThanOrEqual(2);
    expect(profiles.flatMap((p) => p.languageTests.map((test) => test.test)).filter((test) => test === 'tef_canada' || test === 'tcf_canada')).toHaveLength(2);
    expect(profiles.filter((p) => p.provincialNomination)).toHaveLength(1);
    expect(profiles.filter((p) => p.languageTests.every((test) => test.date < '2024-12-03'))).toHaveLength(1);
  });
});

describe('seed: demo accounts', () => {
  beforeAll(async () => {
    await resetDatabase();
    await seed();
  }, 180_000);

  it('creates twelve verified demo accounts, some with alert consent, each with its profile and derived columns', async () => {
    const users = await demoUsers();
    expect(users).toHaveLength(12);
    expect(users.map((user) => user.email)).toEqual(DEMO_USERS.map((user) => user.email).sort());
    for (const user of users) {
      const demo = DEMO_USERS.find((candidate) => candidate.email === user.email);
      expect(user.email.endsWith(`@${DEMO_EMAIL_DOMAIN}`)).toBe(true);
      expect(user).toMatchObject({ name: demo?.name, role: 'USER', emailVerified: demo?.emailVerified, alertConsentAt: demo?.alertConsentAt });
      const profile = profileSchema.parse(demo?.profile);
      expect(user.profile?.data).toEqual(profile);
      expect(user.profile).toMatchObject(profileColumns(profile));
    }
    expect(users.filter((user) => user.alertConsentAt !== null)).toHaveLength(7);
  });

  it('gives every demo account the shared password', async () => {
    const hashes = await db.user.findMany({ where: { isDemo: true }, select: { passwordHash: true } });
    for (const { passwordHash } of hashes) expect(await verifyPassword(passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
  });

  it('marks demo accounts (the header badge) and only them', async () => {
    const [demo] = await demoUsers();
    const admin = await db.user.findFirstOrThrow({ where: { role: 'ADMIN' }, select: { id: true } });
    expect(await isDemoUser(demo.id)).toBe(true);
    expect(await isDemoUser(admin.id)).toBe(false);
    expect(await isDemoUser('no-such-user')).toBe(false);
  });

  it('updates on a second run and never duplicates', async () => {
    const before = await demoUsers();
    await db.profile.update({ where: { userId: before[0].id }, data: { data: { version: 1 }, nocCodes: [] } });
    await seed();
    const after = await demoUsers();
    expect(after).toEqual(before);
    expect(await db.user.count()).toBe(13);
    expect(await db.profile.count()).toBe(12);
  });

  it('creates no demo account in production', async () => {
    await resetDatabase();
    expect(await seedDemoUsers('production')).toBe(0);
    expect(await db.user.count()).toBe(0);
    expect(await seedDemoUsers('development')).toBe(12);
    expect(await db.user.count({ where: { isDemo: true } })).toBe(12);
  });
});
