import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { recordRound, updateRound } from '@/lib/data/rounds';
import type { RoundFields } from '@/lib/rounds/fields';
import { resetDatabase } from '@/tests/integration/database';
import { FANOUT_QUEUE, stopQueue } from './queue';
import { torontoToday } from '@/lib/toronto-today';
import { decideSchedule, scheduleRoundAlerts } from './schedule';
import { clearJobs } from './testing';

async function fanoutJobs(roundId: string): Promise<number> {
  const rows = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM pgboss.job WHERE name = ${FANOUT_QUEUE} AND data->>'roundId' = ${roundId}`;
  return Number(rows[0].count);
}

async function allFanoutJobs(): Promise<number> {
  const rows = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM pgboss.job WHERE name = ${FANOUT_QUEUE}`;
  return Number(rows[0].count);
}

function roundData(number: string, date: string) {
  return { number, date: new Date(`${date}T00:00:00Z`), name: 'STEM occupations', category: 'stem', programs: [], cutoff: 481, invitations: 5900 };
}

function fields(number: string, date: string): RoundFields {
  return {
    number,
    date,
    drawAt: null,
    tieBreakAt: `${date}T09:00:00.000Z`,
    name: 'STEM occupations (2026-Version 1)',
    category: 'stem',
    categoryVersion: null,
    programs: [],
    cutoff: 481,
    invitations: 5900,
    distributionAsOf: null,
    distribution: null,
    url: null,
  };
}

beforeEach(async () => {
  await resetDatabase();
  await clearJobs();
});

afterAll(async () => {
  await stopQueue();
});

describe('decideSchedule', () => {
  it.each([
    ['a round dated today', '2026-12-03', '2026-12-03T15:00:00Z', 'SCHEDULE'],
    ['a round dated tomorrow', '2026-12-04', '2026-12-03T15:00:00Z', 'ROUND_IN_FUTURE'],
    ['tomorrow in Toronto although today in UTC', '2026-12-04', '2026-12-04T03:00:00Z', 'ROUND_IN_FUTURE'],
    ['a round dated 10 days ago', '2026-11-23', '2026-12-03T15:00:00Z', 'SCHEDULE'],
    ['a round dated 11 days ago', '2026-11-22', '2026-12-03T15:00:00Z', 'ROUND_TOO_OLD'],
    ['10 days in Toronto although 11 in UTC', '2026-12-03', '2026-12-14T03:00:00Z', 'SCHEDULE'],
    ['11 days once Toronto reaches the next day', '2026-12-03', '2026-12-14T05:00:00Z', 'ROUND_TOO_OLD'],
    ['round #274 from the history', '2023-12-08', '2026-12-03T15:00:00Z', 'ROUND_TOO_OLD'],
  ] as const)('%s: %s', (_name, date, now, expected) => {
    expect(decideSchedule({ date }, new Date(now))).toBe(expected);
  });
});

describe('scheduleRoundAlerts', () => {
  it('creates the queue schema on first use, before any worker ever started', async () => {
    await stopQueue();
    await db.$executeRawUnsafe('DROP SCHEMA IF EXISTS pgboss CASCADE');
    const round = await db.$transaction(async (tx) => {
      const created = await tx.round.create({ data: roundData('900', '2026-12-03') });
      await scheduleRoundAlerts(tx, { id: created.id, date: '2026-12-03' }, new Date('2026-12-03T15:00:00Z'));
      return created;
    });
    expect(await fanoutJobs(round.id)).toBe(1);
  });

  it('commits the fan-out job and the alertsScheduled flag with the round', async () => {
    const { round, scheduled } = await db.$transaction(async (tx) => {
      const created = await tx.round.create({ data: roundData('901', '2026-12-03') });
      return { round: created, scheduled: await scheduleRoundAlerts(tx, { id: created.id, date: '2026-12-03' }, new Date('2026-12-03T15:00:00Z')) };
    });
    expect(scheduled).toBe(true);
    expect(await fanoutJobs(round.id)).toBe(1);
    expect((await db.round.findUniqueOrThrow({ where: { id: round.id } })).alertsScheduled).toBe(true);
  });

  it('leaves neither the round nor its job when the transaction rolls back', async () => {
    let roundId = '';
    await expect(
      db.$transaction(async (tx) => {
        const created = await tx.round.create({ data: roundData('902', '2026-12-03') });
        roundId = created.id;
        await scheduleRoundAlerts(tx, { id: created.id, date: '2026-12-03' }, new Date('2026-12-03T15:00:00Z'));
        throw new Error('the round failed to record');
      }),
    ).rejects.toThrow('the round failed to record');
    expect(await db.round.count()).toBe(0);
    expect(await fanoutJobs(roundId)).toBe(0);
  });

  it.each([
    ['a round dated 11 days before today', '2026-11-22'],
    ['a round dated tomorrow', '2026-12-04'],
  ] as const)('queues nothing for %s', async (_name, date) => {
    const round = await db.$transaction(async (tx) => {
      const created = await tx.round.create({ data: roundData('903', date) });
      expect(await scheduleRoundAlerts(tx, { id: created.id, date }, new Date('2026-12-03T15:00:00Z'))).toBe(false);
      return created;
    });
    expect(await fanoutJobs(round.id)).toBe(0);
    expect((await db.round.findUniqueOrThrow({ where: { id: round.id } })).alertsScheduled).toBe(false);
  });

  it('is called once by recordRound, and editing the round (or recording it again) queues nothing more', async () => {
    const admin = await db.user.create({ data: { email: 'admin@example.test', role: 'ADMIN' } });
    const today = torontoToday(new Date());
    const recorded = await recordRound(fields('904', today), admin.id);
    if (!recorded.ok) throw new Error('recording failed');
    expect(recorded.alertsScheduled).toBe(true);
    expect(await recordRound(fields('904', today), admin.id)).toEqual({ ok: false, reason: 'DUPLICATE_NUMBER' });
    const edited = await updateRound(recorded.round.id, { cutoff: 482, invitations: 6000 }, admin.id);
    expect(edited.ok).toBe(true);
    expect(await allFanoutJobs()).toBe(1);
  });
});
