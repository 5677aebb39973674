import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLocalResend } from '@/scripts/lib/local-resend';
import { stop } from '@/scripts/lib/processes';

// The worker as separate processes (`tsx scripts/worker.ts`), killed with SIGKILL and restarted:
// whatever happens, every invited user ends up mailed exactly once.
const resend = await startLocalResend({ apiKey: 're_worker_test' });
const JOB_TIMEOUT_SECONDS = '10';
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'test',
  RESEND_API_KEY: 're_worker_test',
  RESEND_BASE_URL: resend.url,
  APP_URL: 'https://alerts.example.test',
  EMAIL_RATE_LIMIT: '20',
  ALERT_JOB_TIMEOUT_SECONDS: JOB_TIMEOUT_SECONDS,
};
Object.assign(process.env, { RESEND_API_KEY: childEnv.RESEND_API_KEY, RESEND_BASE_URL: resend.url, ALERT_JOB_TIMEOUT_SECONDS: JOB_TIMEOUT_SECONDS });

const { db } = await import('@/lib/db');
const { resetDatabase } = await import('@/tests/integration/database');
const { scheduleRoundAlerts } = await import('./schedule');
const { torontoToday } = await import('@/lib/toronto-today');
const { stopQueue } = await import('./queue');
const { candidateProfile, clearJobs, seedUsers } = await import('./testing');

const TODAY = torontoToday(new Date());
const workers: ChildProcess[] = [];

function startWorker(): ChildProcess {
  // Node itself with tsx's loader (not the tsx wrapper), so SIGKILL hits the worker and not a parent.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[worker ${child.pid}] ${chunk}`));
  child.stdout?.on('data', (chunk: Buffer) => process.stderr.write(`[worker ${child.pid}] ${chunk}`));
  workers.push(child);
  return child;
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 45_000, everyMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

async function seedInvited(count: number) {
  await seedUsers(
    Array.from({ length: count }, (_, index) => ({
      email: `user${String(index).padStart(5, '0')}@example.test`,
      profile: candidateProfile({ asOf: TODAY, noc: index % 2 ? '21300' : '21310', score: 'HIGH', submittedAt: '2026-06-01T08:00:00Z' }),
    })),
  );
}

/** Records a STEM round dated today and schedules its alerts, as the admin's form does. */
async function recordStemRound(): Promise<string> {
  return db.$transaction(async (tx) => {
    const round = await tx.round.create({
      data: { number: '438', date: new Date(`${TODAY}T00:00:00Z`), tieBreakAt: new Date(`${TODAY}T09:00:00Z`), name: 'STEM occupations', category: 'stem', programs: [], cutoff: 481, invitations: 5900 },
    });
    expect(await scheduleRoundAlerts(tx, { id: round.id, date: TODAY })).toBe(true);
    return round.id;
  });
}

const countWhere = (status: 'PENDING' | 'SENT' | 'FAILED') => db.notification.count({ where: { status } });

/** Every user mailed exactly once: as many emails as users, each address once, every row SENT. */
async function expectEachMailedOnce(users: number): Promise<void> {
  await waitFor(`${users} alerts SENT`, async () => (await countWhere('SENT')) === users);
  const recipients = resend.emails().map((email) => email.to[0]);
  expect(recipients.length).toBe(users);
  expect(new Set(recipients).size).toBe(users);
  expect(await db.notification.count()).toBe(users);
}

beforeEach(async () => {
  await resetDatabase();
  await clearJobs();
  resend.reset();
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((child) => stop(child)));
});

afterAll(async () => {
  await stopQueue();
  await resend.close();
});

describe('worker processes', () => {
  it('killed in the middle of a fan-out, a restarted worker finishes it: every user mailed once', async () => {
    await seedInvited(5000);
    const first = startWorker();
    await recordStemRound();
    await waitFor('the first fan-out page', async () => (await db.notification.count()) > 0, 45_000, 5);
    await kill(first);
    expect(await db.notification.count()).toBeLessThan(5000);
    startWorker();
    await expectEachMailedOnce(5000);
  }, 120_000);

  it('killed after Resend accepted a batch but before the rows were marked SENT: no email is sent twice', async () => {
    await seedInvited(300);
    resend.setResponseDelay(60_000);
    const first = startWorker();
    await recordStemRound();
    await waitFor('a batch to reach Resend', () => resend.emails().length >= 100);
    await kill(first);
    expect(await countWhere('SENT')).toBe(0);
    resend.setResponseDelay(0);
    startWorker();
    await expectEachMailedOnce(300);
  }, 120_000);

  it('two workers at once share the work and mail every user once', async () => {
    await seedInvited(1500);
    startWorker();
    startWorker();
    await recordStemRound();
    await expectEachMailedOnce(1500);
  }, 120_000);

  it('429 with retry-after, then 503: the batch waits as told and is sent once', async () => {
    await seedInvited(100);
    resend.fail({ status: 429, count: 1, retryAfterSeconds: 2 });
    resend.fail({ status: 503, count: 1 });
    startWorker();
    await recordStemRound();
    await expectEachMailedOnce(100);
    const log = resend.requests();
    expect(log.map((request) => request.status)).toEqual([429, 503, 200]);
    expect(log[1].at - log[0].at).toBeGreaterThanOrEqual(2000);
  }, 120_000);

  it('a 4xx answer fails the batch with its reason and nothing is retried automatically', async () => {
    await seedInvited(100);
    resend.fail({ status: 422, count: 1 });
    startWorker();
    await recordStemRound();
    await waitFor('the batch to fail', async () => (await countWhere('FAILED')) === 100);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(resend.requests().map((request) => request.status)).toEqual([422]);
    expect((await db.notification.findFirstOrThrow()).lastError).toBe('422: invalid_request: Planned 422 answer');
  }, 120_000);
});
