import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { resetDatabase } from '@/tests/integration/database';
import { seed } from '@/prisma/seed';

describe('seed', () => {
  beforeAll(async () => {
    await resetDatabase();
  });

  it('imports the 438 official rounds, and a second run changes nothing', async () => {
    await seed();
    const first = await db.round.findMany({ orderBy: { number: 'asc' } });

    await seed();

    expect(first).toHaveLength(438);
    expect(await db.round.findMany({ orderBy: { number: 'asc' } })).toEqual(first);
    expect(await db.roundEdit.count()).toBe(0);
    expect(await db.round.count({ where: { alertsScheduled: true } })).toBe(0);
  });
});
