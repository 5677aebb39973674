import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { findRoundByNumber } from '@/lib/data/rounds';
import { upsertAdmin, type SessionUser } from '@/lib/data/users';
import { NotAuthorizedError } from '@/lib/rounds/authorize';
import { stopQueue } from '@/lib/notifications/queue';
import { importFeed } from '@/lib/rounds/import';
import { formatIrccDate } from '@/lib/rounds/format';
import { addDays } from '@/lib/rules';
import { torontoToday } from '@/lib/toronto-today';
import { resetDatabase } from '@/tests/integration/database';

// The import service on the real feed (data/ee_rounds.json, 438 rounds) into a real database.

const feedText = await readFile(new URL('../../data/ee_rounds.json', import.meta.url), 'utf8');
const feed = JSON.parse(feedText.replace(/^\uFEFF/, '')) as { rounds: Record<string, string>[] };

/** The feed with one record's fields replaced (the record found by drawNumber). */
function feedWith(number: string, fields: Record<string, string>): string {
  const rounds = feed.rounds.map((round) => (round.drawNumber === number ? { ...round, ...fields } : round));
  return JSON.stringify({ ...feed, rounds });
}

let admin: SessionUser;
let user: SessionUser;

beforeAll(async () => {
  await resetDatabase();
  admin = await upsertAdmin('admin@rounds.test', 'not-a-real-hash');
  user = await db.user.create({
    data: { email: 'user@rounds.test', role: 'USER' },
    select: { id: true, email: true, role: true, emailVerified: true, name: true, sessionVersion: true },
  });
});

afterAll(async () => {
  await stopQueue();
});

describe('importFeed', () => {
  beforeEach(async () => {
    await db.round.deleteMany();
  });

  it('schedules the alerts of a new round dated in the last 10 days, once; older and re-imported rounds send none', async () => {
    const cec = feed.rounds.find((round) => round.drawNumber === '436')!;
    const at = (date: string, time: string) => `${formatIrccDate(date)} at ${time} UTC`;
    const dated = (number: string, date: string) => ({
      ...cec,
      drawNumber: number,
      drawDate: date,
      drawDateFull: formatIrccDate(date),
      drawDateTime: at(date, '14:05:00'),
      drawCutOff: at(addDays(date, -20), '09:00:00'),
    });
    const today = torontoToday(new Date());
    const text = JSON.stringify({ ...feed, rounds: [dated('9436', today), dated('9435', addDays(today, -11)), ...feed.rounds] });

    const first = await importFeed(admin, text);
    if (!first.ok) throw new Error(JSON.stringify(first));
    expect(first.report.added).toHaveLength(440);
    expect(first.report.alertsScheduled).toEqual(['9436']);
    expect((await findRoundByNumber('9436'))?.alertsScheduled).toBe(true);
    expect((await findRoundByNumber('9435'))?.alertsScheduled).toBe(false);

    const again = await importFeed(admin, text);
    if (!again.ok) throw new Error(JSON.stringify(again));
    expect(again.report.alertsScheduled).toEqual([]);
    expect(again.report.unchanged).toHaveLength(440);
  });

  it('imports every round of the real feed into an empty database, with no alerts', async () => {
    const result = await importFeed(admin, feedText);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.total).toBe(438);
    expect(result.report.added).toHaveLength(438);
    expect(result.report.changed).toEqual([]);
    expect(result.report.unchanged).toEqual([]);
    expect(result.report.alertsScheduled).toEqual([]);
    expect(await db.round.count()).toBe(438);
    expect(await db.round.count({ where: { source: 'IMPORT', alertsScheduled: false } })).toBe(438);
    expect(await db.notification.count()).toBe(0);
  });

  it.each([
    // number, date, drawAt, tieBreakAt, name, category, categoryVersion, programs, cutoff, invitations
    ['91a', '2018-05-30', '2018-05-30T14:52:06.000Z', '2017-06-07T20:11:13.000Z', 'Federal Skilled Trades', null, null, ['fst'], 288, 500],
    ['91b', '2018-05-30', '2018-05-30T14:52:06.000Z', '2018-03-23T05:38:02.000Z', 'Provincial Nominee Program', null, null, ['pnp'], 902, 200],
    // #357: drawDateTime names July 12 but drawDate is July 22: the date is kept, the round time left empty.
    ['357', '2025-07-22', null, '2025-03-13T13:08:29.000Z', 'Healthcare and social services occupations (Version 2)', 'healthcare', 'Version 2', ['fsw', 'cec', 'fst'], 475, 4000],
    // #208: the tie-break "October 7 at 16:38:21 UTC" has no year; it is the year of the round.
    ['208', '2021-10-27', '2021-10-27T13:32:26.000Z', '2021-10-07T16:38:21.000Z', 'Provincial Nominee Program', null, null, ['pnp'], 744, 681],
    // #422: the tie-break is written with two spaces ("May 21, 2026 at  12:14:09 UTC").
    ['422', '2026-06-25', '2026-06-25T13:51:43.000Z', '2026-05-21T12:14:09.000Z', 'Healthcare and Social Services Occupations, 2026-Version 3', 'healthcare', '2026-Version 3', ['fsw', 'cec', 'fst'], 475, 4000],
    // #412: "April 13, 2026  at 23:10:05 UTC", two spaces before "at".
    ['412', '2026-04-27', '2026-04-27T10:47:44.000Z', '2026-04-13T23:10:05.000Z', 'Provincial Nominee Program', null, null, ['pnp'], 795, 473],
    ['254', '2023-07-05', '2023-07-05T13:38:22.000Z', '2022-11-23T00:01:29.000Z', 'STEM occupations (Version 1)', 'stem', 'Version 1', ['fsw', 'cec', 'fst'], 486, 500],
    ['274', '2023-12-08', '2023-12-08T03:02:52.000Z', '2023-09-07T09:24:49.000Z', 'STEM occupations (Version 1)', 'stem', 'Version 1', ['fsw', 'cec', 'fst'], 481, 5900],
    ['293', '2024-04-11', '2024-04-11T13:23:42.000Z', '2024-02-25T11:55:12.000Z', 'STEM occupations (Version 1)', 'stem', 'Version 1', ['fsw', 'cec', 'fst'], 491, 4500],
    ['1', '2015-01-31', '2015-01-31T11:59:48.000Z', null, 'No Program Specified', null, null, ['fsw', 'cec', 'fst', 'pnp'], 886, 779],
  ])('stores round #%s as published: date %s, drawAt %s, tie-break %s', async (number, date, drawAt, tieBreakAt, name, category, categoryVersion, programs, cutoff, invitations) => {
    await importFeed(admin, feedText);

    expect(await findRoundByNumber(number)).toMatchObject({ number, date, drawAt, tieBreakAt, name, category, categoryVersion, programs, cutoff, invitations });
  });

  it('keeps the pool distribution and its date (#274)', async () => {
    await importFeed(admin, feedText);

    const round = await findRoundByNumber('274');
    expect(round?.distributionAsOf).toBe('2023-12-05');
    expect(round?.distribution).toEqual({
      '601-1200': 4525, '501-600': 5457, '451-500': 60014, '491-500': 6634, '481-490': 10335, '471-480': 17312,
      '461-470': 14165, '451-460': 11568, '401-450': 53502, '441-450': 10885, '431-440': 11111, '421-430': 9973,
      '411-420': 10608, '401-410': 10925, '351-400': 58457, '301-350': 30148, '0-300': 5267, total: 217370,
    });
    expect((await findRoundByNumber('1'))?.distribution).toBeNull();
  });

  it('changes nothing when the same file is imported again', async () => {
    await importFeed(admin, feedText);
    const before = await db.round.findMany({ orderBy: { number: 'asc' } });

    const again = await importFeed(admin, feedText);

    expect(again.ok && again.report).toMatchObject({ added: [], changed: [], alertsScheduled: [], unchangedReason: 'SAME_AS_STORED' });
    expect(again.ok && again.report.unchanged).toHaveLength(438);
    expect(await db.round.findMany({ orderBy: { number: 'asc' } })).toEqual(before);
    expect(await db.roundEdit.count()).toBe(0);
  });

  it('updates a round IRCC edited after the fact, reports the fields and logs the change', async () => {
    await importFeed(admin, feedText);

    const edited = await importFeed(admin, feedWith('274', { drawCRS: '482', drawName: 'STEM occupations (2023-1)' }));

    expect(edited.ok && edited.report).toMatchObject({ added: [], changed: [{ number: '274', fields: ['name', 'categoryVersion', 'cutoff'] }] });
    expect(edited.ok && edited.report.unchanged).toHaveLength(437);
    const round = await findRoundByNumber('274');
    expect(round).toMatchObject({ cutoff: 482, name: 'STEM occupations (2023-1)', category: 'stem', categoryVersion: '2023-1' });
    expect(round?.edits).toEqual([
      {
        id: expect.any(String),
        editedAt: expect.any(String),
        editor: 'admin@rounds.test',
        changes: { name: { from: 'STEM occupations (Version 1)', to: 'STEM occupations (2023-1)' }, categoryVersion: { from: 'Version 1', to: '2023-1' }, cutoff: { from: 481, to: 482 } },
      },
    ]);
  });

  it('refuses a malformed file as a whole with the parser messages and writes nothing', async () => {
    const result = await importFeed(admin, feedWith('12', { drawCRS: 'n/a', drawDate: '2015-13-01' }));

    expect(result).toEqual({
      ok: false,
      issues: expect.arrayContaining([{ path: expect.stringMatching(/^rounds\[\d+\]\.drawCRS$/), message: expect.any(String) }]),
    });
    expect(await db.round.count()).toBe(0);
  });

  it('refuses a file that is not JSON', async () => {
    const result = await importFeed(admin, '{"rounds": [');

    expect(result).toEqual({ ok: false, issues: [{ path: 'feed', message: expect.stringMatching(/^not valid JSON/) }] });
    expect(await db.round.count()).toBe(0);
  });

  it.each([
    ['an anonymous visitor', () => null],
    ['a signed-in user who is not an admin', () => user],
  ])('refuses %s and writes nothing', async (_who, actor) => {
    await expect(importFeed(actor(), feedText)).rejects.toBeInstanceOf(NotAuthorizedError);
    expect(await db.round.count()).toBe(0);
  });
});
