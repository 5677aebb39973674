import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { countAdminTotals, findRoundByNumber, listRecentRounds, listRoundYears, listRounds, toRoundInput } from '@/lib/data/rounds';
import { upsertAdmin } from '@/lib/data/users';
import { importFeed } from '@/lib/rounds/import';
import { resetDatabase } from '@/tests/integration/database';

// The rounds data module's reads, on the official feed.

beforeAll(async () => {
  await resetDatabase();
  const admin = await upsertAdmin('admin@rounds-data.test', 'not-a-real-hash');
  await importFeed(admin, await readFile(new URL('../../data/ee_rounds.json', import.meta.url), 'utf8'));
});

const numbers = (rounds: { number: string }[]) => rounds.map((round) => round.number);

describe('listRecentRounds', () => {
  it.each([
    [1, ['437']],
    [3, ['437', '436', '435']],
    [0, []],
  ])('gives the %i newest rounds, newest first', async (limit, expected) => {
    expect(numbers(await listRecentRounds(limit))).toEqual(expected);
  });

  it('orders rounds of the same date by number (91b after 91a means newer)', async () => {
    await db.round.updateMany({ where: { number: { in: ['91a', '91b'] } }, data: { date: new Date('2026-12-02T00:00:00Z') } });
    try {
      expect(numbers(await listRecentRounds(2))).toEqual(['91b', '91a']);
    } finally {
      await db.round.updateMany({ where: { number: { in: ['91a', '91b'] } }, data: { date: new Date('2018-05-30T00:00:00Z') } });
    }
  });
});

describe('toRoundInput', () => {
  it('gives the rules module the round as it evaluates it', async () => {
    const [round] = await listRounds({ category: 'stem', year: 2023 });

    expect(toRoundInput(round)).toEqual({
      number: '274',
      date: '2023-12-08',
      category: 'stem',
      programs: ['fsw', 'cec', 'fst'],
      cutoff: 481,
      tieBreakAt: '2023-09-07T09:24:49.000Z',
      drawAt: '2023-12-08T03:02:52.000Z',
    });
  });
});

describe('listRounds', () => {
  it.each([
    [{ category: 'stem' as const }, ['293', '274', '254']],
    [{ category: 'stem' as const, year: 2024 }, ['293']],
    [{ category: 'none' as const, year: 2018, program: 'pnp' as const }, ['107', '106', '105', '104', '103', '102', '101', '99', '98', '97', '96', '95', '94', '93', '92', '91b', '90', '89', '88', '87', '86', '85', '84', '83', '82', '81']],
  ])('filters by %j, newest first', async (filters, expected) => {
    expect(numbers(await listRounds(filters))).toEqual(expected);
  });
});

describe('listRoundYears', () => {
  it('lists every year with a round, newest first', async () => {
    expect(await listRoundYears()).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015]);
  });
});

describe('countAdminTotals', () => {
  it('counts accounts, profiles and rounds', async () => {
    expect(await countAdminTotals()).toEqual({ users: 1, profiles: 0, rounds: 438 });
  });
});

describe('findRoundByNumber', () => {
  it('finds a lettered round and answers null for an unknown number', async () => {
    expect((await findRoundByNumber('91b'))?.name).toBe('Provincial Nominee Program');
    expect(await findRoundByNumber('91')).toBeNull();
  });

  it.each(['\u0000', '274\u0000', '', "274' OR '1'='1", '9'.repeat(13)])('answers null for %j, not a round number', async (number) => {
    expect(await findRoundByNumber(number)).toBeNull();
  });
});
