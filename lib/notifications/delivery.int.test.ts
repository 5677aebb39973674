import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalResend } from '@/scripts/lib/local-resend';
import { formatIrccDate, formatUtc } from '@/lib/rounds/format';

// Fan-out and delivery in this process, against the real Resend SDK talking to the local server.
// The environment is set before lib/env is first imported (hence the dynamic imports).
const resend = await startLocalResend({ apiKey: 're_delivery_test' });
process.env.RESEND_API_KEY = 're_delivery_test';
process.env.RESEND_BASE_URL = resend.url;
process.env.APP_URL = 'https://alerts.example.test';
process.env.EMAIL_RATE_LIMIT = '50';
process.env.SENDER_POSTAL_ADDRESS = 'Draw Alerts Inc., 200 Test Street, Ottawa ON K1A 0B1, Canada';
process.env.SENDER_CONTACT = 'help@alerts.example.test';

const { db } = await import('@/lib/db');
const { resetDatabase } = await import('@/tests/integration/database');
const { runFanout } = await import('./fan-out');
const { deliverBatch, RetryLaterError, batchKey } = await import('./deliver');
const { getDeliveryCounts, listFailedDeliveries, retryFailedDeliveries } = await import('./delivery-state');
const { DELIVER_QUEUE, stopQueue } = await import('./queue');
const { candidateProfile, clearJobs, seedUsers } = await import('./testing');
const { verifyUnsubscribeToken } = await import('./unsubscribe');
const { torontoToday } = await import('@/lib/toronto-today');
const { addDays } = await import('@/lib/rules');

const TODAY = torontoToday(new Date());
const TIE_BREAK = `${TODAY}T09:00:00.000Z`;
const BEFORE = '2026-06-01T08:00:00.000Z';

type DeliverJob = { roundId: string; notificationIds: string[] };

async function queuedDeliveries(): Promise<DeliverJob[]> {
  const rows = await db.$queryRaw<{ data: DeliverJob }[]>`SELECT data FROM pgboss.job WHERE name = ${DELIVER_QUEUE} ORDER BY created_on, id`;
  return rows.map((row) => row.data);
}

/** A STEM round dated today with round #274's figures, its alerts scheduled (as recording does). */
async function stemRound(number = '438') {
  return db.round.create({
    data: {
      number,
      date: new Date(`${TODAY}T00:00:00Z`),
      tieBreakAt: new Date(TIE_BREAK),
      name: 'STEM occupations (2026-Version 1)',
      category: 'stem',
      programs: [],
      cutoff: 481,
      invitations: 5900,
      alertsScheduled: true,
    },
  });
}

async function seedInvited(count: number, prefix = 'user') {
  return seedUsers(
    Array.from({ length: count }, (_, index) => ({
      email: `${prefix}${String(index).padStart(4, '0')}@example.test`,
      profile: candidateProfile({ asOf: TODAY, noc: '21300', score: 'HIGH', submittedAt: BEFORE }),
    })),
  );
}

async function deliverAll(): Promise<void> {
  for (const job of await queuedDeliveries()) await deliverBatch(job, { attempts: 1 });
}

beforeEach(async () => {
  await resetDatabase();
  await clearJobs();
  resend.reset();
});

afterAll(async () => {
  await stopQueue();
  await resend.close();
});

describe('runFanout', () => {
  it('writes one Notification per invited user and queues their delivery in batches of 100', async () => {
    await seedInvited(250);
    await seedUsers([{ email: 'off-list@example.test', profile: candidateProfile({ asOf: TODAY, noc: '21232', score: 'HIGH', submittedAt: BEFORE }) }]);
    const round = await stemRound();
    expect(await runFanout(round.id)).toBe(250);
    expect(await db.notification.count({ where: { roundId: round.id, status: 'PENDING', kind: 'INVITED' } })).toBe(250);
    expect((await queuedDeliveries()).map((job) => job.notificationIds.length).sort((a, b) => b - a)).toEqual([100, 100, 50]);
  });

  it('queues an older round\'s deliveries ahead of a newer one\'s (oldest draw first)', async () => {
    await seedInvited(2);
    const today = await stemRound('438');
    const older = await db.round.update({ where: { id: (await stemRound('437')).id }, data: { date: new Date(`${addDays(TODAY, -3)}T00:00:00Z`) } });
    await runFanout(today.id);
    await runFanout(older.id);
    const rows = await db.$queryRaw<{ roundId: string }[]>`SELECT data->>'roundId' AS "roundId" FROM pgboss.job WHERE name = ${DELIVER_QUEUE} ORDER BY priority DESC`;
    expect(rows.map((row) => row.roundId)).toEqual([older.id, today.id]);
  });

  it('run again (a retried job), it writes and queues nothing more', async () => {
    await seedInvited(120);
    const round = await stemRound();
    expect(await runFanout(round.id)).toBe(120);
    expect(await runFanout(round.id)).toBe(0);
    expect(await db.notification.count()).toBe(120);
    expect((await queuedDeliveries()).length).toBe(2);
  });

  it('does nothing for a round whose alerts were not scheduled', async () => {
    await seedInvited(3);
    const round = await db.round.update({ where: { id: (await stemRound()).id }, data: { alertsScheduled: false } });
    expect(await runFanout(round.id)).toBe(0);
    expect(await db.notification.count()).toBe(0);
  });
});

describe('deliverBatch', () => {
  it('sends each alert once, with its content, sender identity and one-click unsubscribe headers', async () => {
    const [userId] = await seedInvited(1);
    const round = await stemRound('274');
    await runFanout(round.id);
    await deliverAll();

    const [email] = resend.emails();
    expect(resend.emails()).toHaveLength(1);
    expect(email.to).toEqual(['user0000@example.test']);
    expect(email.batch).toBe(true);
    expect(email.subject).toBe('Round #274: your CRS 496 meets the cutoff of 481');
    for (const piece of [
      `#274 on ${formatIrccDate(TODAY)}`,
      'STEM occupations (2026-Version 1)',
      'CRS cutoff: 481',
      'Invitations: 5,900',
      `Tie-break time: ${formatUtc(TIE_BREAK)}`,
      `Your CRS on ${formatIrccDate(TODAY)}: 496`,
      'Program: Federal Skilled Worker Program',
      'NOC 21300 Civil engineers, 13 months of qualifying experience',
      'https://alerts.example.test/dashboard',
      'the official Express Entry system governs',
      'Draw Alerts Inc., 200 Test Street, Ottawa ON K1A 0B1, Canada',
      'help@alerts.example.test',
    ]) {
      expect(email.text).toContain(piece);
    }
    const unsubscribe = /<(https:\/\/alerts\.example\.test\/api\/unsubscribe\?token=([^>]+))>/.exec(email.headers['List-Unsubscribe']);
    expect(unsubscribe).not.toBeNull();
    expect(verifyUnsubscribeToken(decodeURIComponent(unsubscribe?.[2] ?? ''))).toBe(userId);
    expect(email.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(email.html).toContain('https://alerts.example.test/unsubscribe?token=');

    const row = await db.notification.findFirstOrThrow({ where: { userId } });
    expect({ status: row.status, emailId: row.emailId, sent: row.sentAt !== null }).toEqual({ status: 'SENT', emailId: email.id, sent: true });
  });

  it('a batch retried after a crash (rows still PENDING) repeats the same key and nothing is sent twice', async () => {
    await seedInvited(3);
    const round = await stemRound();
    await runFanout(round.id);
    const [job] = await queuedDeliveries();
    await deliverBatch(job, { attempts: 1 });
    const firstIds = (await db.notification.findMany({ orderBy: { id: 'asc' } })).map((row) => row.emailId);
    // The crash: the emails went out but the SENT marks were never committed.
    await db.notification.updateMany({ data: { status: 'PENDING', emailId: null, sentAt: null } });
    expect(await deliverBatch(job, { attempts: 1 })).toEqual({ sent: 3, failed: 0, skipped: 0 });
    expect(resend.emails()).toHaveLength(3);
    expect(new Set(resend.emails().map((email) => email.idempotencyKey)).size).toBe(1);
    expect((await db.notification.findMany({ orderBy: { id: 'asc' } })).map((row) => row.emailId)).toEqual(firstIds);
  });

  it('a delivery of rows already SENT sends nothing', async () => {
    await seedInvited(2);
    const round = await stemRound();
    await runFanout(round.id);
    const [job] = await queuedDeliveries();
    await deliverBatch(job, { attempts: 1 });
    expect(await deliverBatch(job, { attempts: 1 })).toEqual({ sent: 0, failed: 0, skipped: 2 });
    expect(resend.emails()).toHaveLength(2);
  });

  it.each([
    ['429 with retry-after', { status: 429, count: 1, retryAfterSeconds: 7 }, 7000],
    ['503', { status: 503, count: 1 }, null],
  ] as const)('%s: asks to retry later and leaves the rows PENDING; the retry sends them', async (_name, failure, retryAfterMs) => {
    await seedInvited(2);
    const round = await stemRound();
    await runFanout(round.id);
    const [job] = await queuedDeliveries();
    resend.fail({ ...failure });
    const error = await deliverBatch(job, { attempts: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RetryLaterError);
    expect((error as InstanceType<typeof RetryLaterError>).retryAfterMs).toBe(retryAfterMs);
    expect(await db.notification.count({ where: { status: 'PENDING' } })).toBe(2);
    expect(await deliverBatch(job, { attempts: 1 })).toEqual({ sent: 2, failed: 0, skipped: 0 });
    expect(resend.emails()).toHaveLength(2);
  });

  it('a 4xx answer marks the rows FAILED with the reason; the admin retry re-queues and sends them', async () => {
    await seedInvited(2);
    const round = await stemRound();
    await runFanout(round.id);
    const [job] = await queuedDeliveries();
    const firstKey = batchKey(await db.notification.findMany({ select: { id: true, attempts: true } }));
    resend.fail({ status: 422, count: 1 });
    expect(await deliverBatch(job, { attempts: 1 })).toEqual({ sent: 0, failed: 2, skipped: 0 });
    expect(await getDeliveryCounts([round.id, 'no-such-round'])).toEqual({
      [round.id]: { pending: 0, sent: 0, failed: 2 },
      'no-such-round': { pending: 0, sent: 0, failed: 0 },
    });
    const failed = (await listFailedDeliveries()).map((row) => ({ email: row.email, round: row.roundNumber, attempts: row.attempts, lastError: row.lastError }));
    expect(failed.sort((a, b) => a.email.localeCompare(b.email))).toEqual([
      { email: 'user0000@example.test', round: '438', attempts: 1, lastError: '422: invalid_request: Planned 422 answer' },
      { email: 'user0001@example.test', round: '438', attempts: 1, lastError: '422: invalid_request: Planned 422 answer' },
    ]);

    await clearJobs();
    expect(await retryFailedDeliveries()).toBe(2);
    const [retry] = await queuedDeliveries();
    expect(retry.notificationIds.sort()).toEqual([...job.notificationIds].sort());
    expect(await deliverBatch(retry, { attempts: 1 })).toEqual({ sent: 2, failed: 0, skipped: 0 });
    expect(resend.emails()[0].idempotencyKey).not.toBe(firstKey);
    expect(await getDeliveryCounts([round.id])).toEqual({ [round.id]: { pending: 0, sent: 2, failed: 0 } });
  });

  it('does not send to a user who unsubscribed after the fan-out, and drops their alert', async () => {
    const [first] = await seedInvited(2);
    const round = await stemRound();
    await runFanout(round.id);
    await db.user.update({ where: { id: first }, data: { unsubscribedAt: new Date() } });
    const [job] = await queuedDeliveries();
    expect(await deliverBatch(job, { attempts: 1 })).toEqual({ sent: 1, failed: 0, skipped: 1 });
    expect(resend.emails().map((email) => email.to[0])).toEqual(['user0001@example.test']);
    expect(await db.notification.count({ where: { userId: first } })).toBe(0);
  });
});
