import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { findRoundById, findRoundByNumber } from '@/lib/data/rounds';
import { upsertAdmin, type SessionUser } from '@/lib/data/users';
import { NotAuthorizedError, type Actor } from '@/lib/rounds/authorize';
import { importFeed } from '@/lib/rounds/import';
import { editRoundAs, previewRound, recordRoundAs } from '@/lib/rounds/record';
import { EMPTY_ROUND_FORM, newRoundSchema, roundFormSchema, type RoundFormValues } from '@/lib/schemas/round';
import { resetDatabase } from '@/tests/integration/database';

// Recording and editing rounds through the services the admin pages call, on a real database.

const STEM_2023_LIST = 'Version 1';
const STEM_2025_LIST = '2025';
const STEM_2026_LIST = '2026';

const round274: RoundFormValues = {
  ...EMPTY_ROUND_FORM,
  number: '274',
  date: '2023-12-08',
  drawAt: '2023-12-08T03:02:52',
  tieBreakAt: '2023-09-07T09:24:49',
  category: 'stem',
  programs: ['fsw', 'cec', 'fst'],
  cutoff: '481',
  invitations: '5,900',
};

const form = (values: Partial<RoundFormValues> = {}) => newRoundSchema.parse({ ...round274, ...values });
const editForm = (values: Partial<RoundFormValues> = {}) => roundFormSchema.parse({ ...round274, ...values });

let admin: SessionUser;
let user: SessionUser;

beforeAll(async () => {
  await resetDatabase();
  admin = await upsertAdmin('admin@record.test', 'not-a-real-hash');
  user = await db.user.create({
    data: { email: 'user@record.test', role: 'USER' },
    select: { id: true, email: true, role: true, emailVerified: true, name: true, sessionVersion: true },
  });
});

beforeEach(async () => {
  await db.round.deleteMany();
});

describe('recordRoundAs', () => {
  it('records the round with its calendar date, UTC instants and the category list version in force', async () => {
    const result = await recordRoundAs(admin, form());

    expect(result).toEqual({
      ok: true,
      alertsScheduled: false,
      round: {
        id: expect.any(String),
        number: '274',
        date: '2023-12-08',
        drawAt: '2023-12-08T03:02:52.000Z',
        tieBreakAt: '2023-09-07T09:24:49.000Z',
        category: 'stem',
        categoryVersion: STEM_2023_LIST,
        programs: ['fsw', 'cec', 'fst'],
        name: 'STEM occupations (Version 1)',
        cutoff: 481,
        invitations: 5900,
        url: null,
      },
    });
    expect(await db.round.findUnique({ where: { number: '274' }, select: { source: true, createdById: true } })).toEqual({
      source: 'MANUAL',
      createdById: admin.id,
    });
  });

  it.each([
    ['2023-12-08', STEM_2023_LIST],
    ['2025-02-27', STEM_2025_LIST],
    ['2026-12-03', STEM_2026_LIST],
  ])('a STEM round dated %s records the list version %s', async (date, version) => {
    const result = await recordRoundAs(admin, form({ number: '500', date, drawAt: '', tieBreakAt: `${date}T00:00:00` }));

    expect(result.ok && result.round.categoryVersion).toBe(version);
    expect((await findRoundByNumber('500'))?.categoryVersion).toBe(version);
  });

  it('records a program-specific round with a lettered number and no category', async () => {
    const result = await recordRoundAs(admin, form({ number: '91A', date: '2018-05-30', category: 'none', programs: ['fst'], cutoff: '288', invitations: '500' }));

    expect(result.ok && result.round).toMatchObject({ number: '91a', category: null, categoryVersion: null, programs: ['fst'], name: 'Federal Skilled Trades' });
  });

  it('refuses a number already recorded, with a message for the number field, and keeps the first round', async () => {
    await recordRoundAs(admin, form());

    const again = await recordRoundAs(admin, form({ cutoff: '300' }));

    expect(again).toEqual({ ok: false, fieldErrors: { number: ['Round 274 is already recorded. Edit that round instead, or check the number.'] } });
    expect(await db.round.findMany({ select: { number: true, cutoff: true } })).toEqual([{ number: '274', cutoff: 481 }]);
  });

  it('refuses a number the feed import recorded', async () => {
    const { readFile } = await import('node:fs/promises');
    await importFeed(admin, await readFile(new URL('../../data/ee_rounds.json', import.meta.url), 'utf8'));

    const result = await recordRoundAs(admin, form({ number: '91b' }));

    expect(result.ok).toBe(false);
    expect(await db.round.count()).toBe(438);
  });
});

describe('previewRound', () => {
  it('gives the list version with its occupations and the audience counts, and saves nothing', async () => {
    const result = await previewRound(admin, form());
    if (!result.ok) throw new Error('preview refused');
    const { preview } = result;

    expect(preview.name).toBe('STEM occupations (Version 1)');
    expect(preview.categoryList).toMatchObject({ category: 'stem', label: STEM_2023_LIST, from: '2023-05-31', to: '2025-02-26' });
    expect(preview.categoryList?.occupations).toHaveLength(24);
    expect(preview.categoryList?.occupations).toContainEqual({ noc: '21231', title: 'Software engineers and designers', teer: 1 });
    expect(preview.audience).toEqual({ invited: 0, tie: 0, nearMiss: 0 });
    expect(await db.round.count()).toBe(0);
  });
});

describe('a round dated after today in Ottawa', () => {
  // 2024-03-01 at 03:00 UTC is still 2024-02-29 in Ottawa.
  const now = new Date('2024-03-01T03:00:00Z');
  const refusal = { date: ['This date is after today (February 29, 2024 in Ottawa). Record a round once IRCC has held it.'] };

  it('is refused by the preview, the record and the edit, and nothing is saved', async () => {
    expect(await previewRound(admin, form({ date: '2024-03-01' }), now)).toEqual({ ok: false, fieldErrors: refusal });
    expect(await recordRoundAs(admin, form({ date: '2024-03-01' }), now)).toEqual({ ok: false, fieldErrors: refusal });
    expect(await db.round.count()).toBe(0);

    const recorded = await recordRoundAs(admin, form({ date: '2024-02-29' }), now);
    if (!recorded.ok) throw new Error('a round dated today in Ottawa was refused');
    expect(await editRoundAs(admin, recorded.round.id, editForm({ date: '2024-03-10' }), now)).toEqual({ ok: false, reason: 'INVALID', fieldErrors: refusal });
    expect((await findRoundById(recorded.round.id))?.date).toBe('2024-02-29');
  });
});

describe('editRoundAs', () => {
  it('applies the edit and logs who changed what, field by field, without scheduling alerts', async () => {
    const recorded = await recordRoundAs(admin, form());
    if (!recorded.ok) throw new Error('setup failed');

    const result = await editRoundAs(admin, recorded.round.id, editForm({ cutoff: '482', invitations: '6000', tieBreakAt: '2023-11-25T09:48:36' }));

    expect(result).toEqual({
      ok: true,
      round: expect.objectContaining({ cutoff: 482, invitations: 6000, tieBreakAt: '2023-11-25T09:48:36.000Z' }),
      changes: {
        tieBreakAt: { from: '2023-09-07T09:24:49.000Z', to: '2023-11-25T09:48:36.000Z' },
        cutoff: { from: 481, to: 482 },
        invitations: { from: 5900, to: 6000 },
      },
    });
    const detail = await findRoundById(recorded.round.id);
    expect(detail?.edits).toEqual([
      {
        id: expect.any(String),
        editedAt: expect.any(String),
        editor: 'admin@record.test',
        changes: {
          tieBreakAt: { from: '2023-09-07T09:24:49.000Z', to: '2023-11-25T09:48:36.000Z' },
          cutoff: { from: 481, to: 482 },
          invitations: { from: 5900, to: 6000 },
        },
      },
    ]);
    expect(detail?.alertsScheduled).toBe(false);
    expect(await db.notification.count()).toBe(0);
  });

  it('looks up the list version again when the date moves into another version', async () => {
    const recorded = await recordRoundAs(admin, form());
    if (!recorded.ok) throw new Error('setup failed');

    const result = await editRoundAs(admin, recorded.round.id, editForm({ date: '2025-03-04' }));

    expect(result.ok && result.changes).toEqual({
      date: { from: '2023-12-08', to: '2025-03-04' },
      categoryVersion: { from: STEM_2023_LIST, to: STEM_2025_LIST },
    });
  });

  it('writes no log entry when nothing changed', async () => {
    const recorded = await recordRoundAs(admin, form());
    if (!recorded.ok) throw new Error('setup failed');

    const result = await editRoundAs(admin, recorded.round.id, editForm());

    expect(result.ok && result.changes).toEqual({});
    expect(await db.roundEdit.count()).toBe(0);
  });

  it('refuses to give a round the number of another round', async () => {
    await recordRoundAs(admin, form({ number: '273' }));
    const recorded = await recordRoundAs(admin, form());
    if (!recorded.ok) throw new Error('setup failed');

    const result = await editRoundAs(admin, recorded.round.id, editForm({ number: '273' }));

    expect(result).toEqual({ ok: false, reason: 'INVALID', fieldErrors: { number: ['Round 273 is already recorded. Edit that round instead, or check the number.'] } });
    expect(await db.roundEdit.count()).toBe(0);
  });

  it('answers NOT_FOUND for an unknown round', async () => {
    expect(await editRoundAs(admin, 'no-such-round', editForm())).toEqual({ ok: false, reason: 'NOT_FOUND' });
  });
});

describe('authorization of the round services', () => {
  const refused: [string, () => Actor][] = [
    ['an anonymous visitor', () => null],
    ['a signed-in user who is not an admin', () => user],
  ];

  it.each(refused)('refuses %s on record, preview, edit and import, and changes nothing', async (_who, actor) => {
    const recorded = await recordRoundAs(admin, form());
    if (!recorded.ok) throw new Error('setup failed');
    const before = await db.round.findMany();

    await expect(recordRoundAs(actor(), form({ number: '275' }))).rejects.toBeInstanceOf(NotAuthorizedError);
    await expect(previewRound(actor(), form({ number: '275' }))).rejects.toBeInstanceOf(NotAuthorizedError);
    await expect(editRoundAs(actor(), recorded.round.id, editForm({ cutoff: '1' }))).rejects.toBeInstanceOf(NotAuthorizedError);
    await expect(importFeed(actor(), '{"rounds": []}')).rejects.toBeInstanceOf(NotAuthorizedError);

    expect(await db.round.findMany()).toEqual(before);
    expect(await db.roundEdit.count()).toBe(0);
  });
});
